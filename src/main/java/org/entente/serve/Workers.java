package org.entente.serve;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.DaemonThreads;

/**
 * A fixed pool of workers behind a bounded queue, the deadline of each job admitted to them, and
 * how long every worker has been busy (for readiness).
 */
final class Workers {
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService deadlines;
  private final Duration budget;
  private final int queueCapacity;
  private final Set<Job> jobs = ConcurrentHashMap.newKeySet();
  private final AtomicInteger busy = new AtomicInteger();
  private volatile long allBusySince; // System.nanoTime() when the last free worker took a job; 0

  Workers(int workers, int queueCapacity, Duration budget, ScheduledExecutorService deadlines) {
    BlockingQueue<Runnable> queue = queueCapacity == 0
        ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity);
    // AbortPolicy: a full queue throws, and the request gets 503 at once.
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, queue,
        DaemonThreads.factory("entente-serve-worker", true), new ThreadPoolExecutor.AbortPolicy()) {
      @Override
      protected void beforeExecute(Thread t, Runnable r) {
        if (busy.incrementAndGet() == workers) {
          allBusySince = Math.max(1, System.nanoTime());
        }
      }

      @Override
      protected void afterExecute(Runnable r, Throwable t) {
        busy.decrementAndGet();
        allBusySince = 0;
      }
    };
    this.deadlines = deadlines;
    this.budget = budget;
    this.queueCapacity = queueCapacity;
  }

  /**
   * Queues {@code job} under the time budget.
   *
   * @throws RejectedExecutionException when the queue is full
   */
  void admit(Job job) {
    String late = "over the time budget of " + budget.toMillis() + " ms";
    job.deadline(System.nanoTime() + budget.toNanos(), late);
    jobs.add(job);
    try {
      pool.execute(job);
    } catch (RejectedExecutionException e) {
      jobs.remove(job);
      throw e;
    }
    var timer = deadlines.schedule(() -> {
      pool.remove(job); // a job still queued frees its place at once
      job.stop(504, "timeout", late);
    }, budget.toNanos(), TimeUnit.NANOSECONDS);
    job.reply.onFinish(() -> {
      timer.cancel(false);
      jobs.remove(job);
    });
  }

  /** Stops every job not answered yet, answering them 503. */
  void stopAll() {
    for (Job job : List.copyOf(jobs)) {
      pool.remove(job);
      job.stop(503, "shutting-down", "the server shut down before this request was done");
    }
  }

  /** How long no worker has been free, or zero while one is. */
  Duration allBusyFor() {
    long since = allBusySince;
    return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
  }

  int active() {
    return pool.getActiveCount();
  }

  int queued() {
    return pool.getQueue().size();
  }

  int queueCapacity() {
    return queueCapacity;
  }

  int workers() {
    return pool.getMaximumPoolSize();
  }

  /** Interrupts the workers and ends the threads. */
  void shutdown() {
    pool.shutdownNow();
  }

  boolean awaitTermination(Duration timeout) throws InterruptedException {
    return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
