package org.entente.serve;

import java.util.function.Function;
import org.entente.Document;
import org.entente.Failure;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admitted request: its extraction runs on a worker, under a deadline. When the deadline (or
 * a shutdown) stops it, the extraction in progress is interrupted, and whoever claims the {@link
 * Reply} first answers: the worker with the result, or the stopper with an error.
 */
abstract class Job implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(Job.class);

  final Reply reply;
  private final Function<Document, Result> work;
  private Thread extracting; // guarded by this: the worker, while inside extract()
  private Failure stop; // guarded by this: why the job was stopped, or null
  private long deadline; // guarded by this: System.nanoTime() of the time budget's end
  private String late; // guarded by this: the timeout message, or null when there is no budget

  Job(Reply reply, Function<Document, Result> work) {
    this.reply = reply;
    this.work = work;
  }

  /**
   * Extracts {@code doc} where a stop can interrupt it. Returns the failure of the stop instead
   * when the job was stopped before or during the extraction: an interrupted extraction's result
   * is never trusted.
   */
  final Result extract(Document doc) {
    synchronized (this) {
      if (stop != null) {
        return stopFailure(doc.id());
      }
      extracting = Thread.currentThread();
    }
    Result result;
    try {
      result = work.apply(doc);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw e; // the JVM's trouble, not the document's: fail fast (-XX:+ExitOnOutOfMemoryError)
      }
      log.warn("document {} failed: {}", doc.id(), e.toString());
      result = Failure.of(doc.id(), e);
    } finally {
      synchronized (this) {
        extracting = null;
        // Clear a stop's interrupt here, under the lock, so it can never reach a socket write
        // (an interrupted NIO write closes the connection).
        Thread.interrupted();
      }
    }
    synchronized (this) {
      if (stop == null && late != null && System.nanoTime() - deadline >= 0) {
        // Over the budget though the timer has not fired yet (a busy machine): late all the same.
        return new Failure(doc.id(), "timeout", late);
      }
      return stop == null ? result : stopFailure(doc.id());
    }
  }

  /** Sets the end of the job's time budget, and the message of a result past it. */
  final synchronized void deadline(long nanoTime, String message) {
    this.deadline = nanoTime;
    this.late = message;
  }

  private synchronized Failure stopFailure(String id) {
    return new Failure(id, stop.type(), stop.message());
  }

  /** Whether the job was stopped (deadline or shutdown). */
  final synchronized boolean stopped() {
    return stop != null;
  }

  /**
   * Stops the job for {@code why} ({@code timeout}, {@code shutting-down}): interrupts the
   * extraction in progress, then answers with {@code status} if nobody has answered yet.
   */
  final void stop(int status, String type, String message) {
    synchronized (this) {
      if (stop != null) {
        return;
      }
      stop = new Failure(null, type, message);
      if (extracting != null) {
        extracting.interrupt();
      }
    }
    if (reply.claim()) {
      answerStopped(status, type, message);
    }
  }

  /** Answers a request stopped before the worker answered it. */
  abstract void answerStopped(int status, String type, String message);
}
