package org.entente;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Holds a document to its time budget: past the deadline it interrupts the thread that works on
 * the document, and CoreNLP (between annotators, between sentences) and entente's annotators stop
 * at the next check. The work runs on the caller's own thread, so when the call returns the
 * document has stopped consuming CPU: nothing runs on in the background.
 */
final class Watchdog implements AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;

  Watchdog() {
    timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.factory("entente-watchdog", false));
    timer.setRemoveOnCancelPolicy(true); // finished documents leave no task behind
  }

  /**
   * Runs {@code work} on this thread within {@code budget}.
   *
   * @throws ExtractionException of type {@code timeout} past the budget, of type {@code
   *     interrupted} when another party interrupted the thread
   */
  <T> T run(Duration budget, Supplier<T> work) {
    Guard guard = new Guard(Thread.currentThread());
    ScheduledFuture<?> alarm = timer.schedule(guard::fire, budget.toNanos(), TimeUnit.NANOSECONDS);
    try {
      T result = work.get();
      if (guard.finish()) {
        throw timeout(budget); // late: a result past the budget is refused all the same
      }
      return result;
    } catch (RuntimeException e) {
      if (guard.finish()) {
        throw timeout(budget);
      }
      if (e instanceof RuntimeInterruptedException) {
        Thread.currentThread().interrupt(); // not ours: keep the caller's flag
        throw new ExtractionException("interrupted", "the extraction was interrupted");
      }
      throw e;
    } finally {
      guard.finish();
      alarm.cancel(false);
    }
  }

  private static ExtractionException timeout(Duration budget) {
    return new ExtractionException("timeout",
        "over the time budget of " + budget.toMillis() / 1000.0 + " s");
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** Interrupts the worker only while it still works on this document. */
  private static final class Guard {
    private final Thread worker;
    private boolean done;
    private boolean fired;

    Guard(Thread worker) {
      this.worker = worker;
    }

    synchronized void fire() {
      if (!done) {
        fired = true;
        worker.interrupt();
      }
    }

    /** Ends the watch; true when it fired, and then clears the interrupt it caused. */
    synchronized boolean finish() {
      if (!done) {
        done = true;
        if (fired) {
          Thread.interrupted();
        }
      }
      return fired;
    }
  }
}
