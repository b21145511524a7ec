package org.entente.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code evaluate --gold DIR OUTPUT.jsonl}: placeholder wiring, filled by the eval package. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score JSON Lines output against gold annotations.")
final class EvaluateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("evaluate is not built yet");
  }
}
