package org.entente.serve;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of workers behind a bounded queue, and the deadline of each job admitted to them.
 */
final class Workers {
  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor deadlines;
  private final Duration budget;
  private final int queueCapacity;
  private final Set<Job> jobs = ConcurrentHashMap.newKeySet();

  Workers(int workers, int queueCapacity, Duration budget) {
    BlockingQueue<Runnable> queue = queueCapacity == 0
        ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity);
    // AbortPolicy: a full queue throws, and the request gets 503 at once.
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, queue,
        daemons("entente-serve-worker-"), new ThreadPoolExecutor.AbortPolicy());
    this.deadlines = new ScheduledThreadPoolExecutor(1, daemons("entente-serve-deadline-"));
    this.deadlines.setRemoveOnCancelPolicy(true); // answered jobs leave no timer behind
    this.budget = budget;
    this.queueCapacity = queueCapacity;
  }

  static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Queues {@code job} under the time budget.
   *
   * @throws RejectedExecutionException when the queue is full
   */
  void admit(Job job) {
    jobs.add(job);
    try {
      pool.execute(job);
    } catch (RejectedExecutionException e) {
      jobs.remove(job);
      throw e;
    }
    var timer = deadlines.schedule(() -> {
      pool.remove(job); // a job still queued frees its place at once
      job.stop(504, "timeout", "over the time budget of " + budget.toMillis() + " ms");
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
    deadlines.shutdownNow();
  }

  boolean awaitTermination(Duration timeout) throws InterruptedException {
    return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
