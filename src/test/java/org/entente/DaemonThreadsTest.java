package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Threads entente starts never join the caller's thread group (JShell waits for those). */
class DaemonThreadsTest {

  @Test
  void theWatchdogThreadStartedFromAGroupLivesOutsideIt() throws Exception {
    ThreadGroup caller = new ThreadGroup("host snippets");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (Watchdog watchdog = new Watchdog()) {
      // the timer's thread is started by the first document, here from the host's group
      Thread snippet = new Thread(caller, () -> {
        try {
          assertEquals("done", watchdog.run(Duration.ofMinutes(1), () -> "done"));
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      snippet.start();
      snippet.join();
      assertNull(failure.get());
      Thread[] left = new Thread[caller.activeCount() + 4];
      int n = caller.enumerate(left);
      assertEquals(0, n, "no thread of ours stays in the host's group");
      Thread timer = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("entente-watchdog") && t.isAlive()
              && t.getThreadGroup() == DaemonThreads.topGroup())
          .findFirst().orElseThrow();
      assertTrue(timer.isDaemon());
    }
  }

  @Test
  void threadsAreNamedDaemonsOfTheTopGroup() {
    Thread t = DaemonThreads.factory("entente-worker", true).newThread(() -> { });
    Thread u = DaemonThreads.factory("entente-worker", true).newThread(() -> { });
    assertEquals("entente-worker-1", t.getName());
    assertEquals("entente-worker-1", u.getName(), "each factory counts its own threads");
    assertTrue(t.isDaemon());
    assertNull(t.getThreadGroup().getParent());
  }
}
