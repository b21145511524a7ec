package org.entente;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or test class was skipped on the console, not only into Surefire's XML:
 * without the corpus or Chromium a run says "Skipped: 1" and, here, the reason. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasons implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
      System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
    }
  }
}
