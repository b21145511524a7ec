package org.entente.serve;

import java.time.Duration;

/** Counts the exchanges not answered yet, so a shutdown can wait for them. */
final class InFlight {
  private int count; // guarded by this

  synchronized void enter() {
    count++;
  }

  synchronized void exit() {
    if (--count == 0) {
      notifyAll();
    }
  }

  synchronized int count() {
    return count;
  }

  /** Waits until nothing is in flight or {@code timeout} has passed; true when idle. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
