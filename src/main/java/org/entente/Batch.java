package org.entente;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs a function over a stream on a pool, a bounded window ahead of the reader, and hands the
 * results back in input order. Memory stays bounded by the window, whatever the input's length.
 */
final class Batch<T> implements Iterator<Result> {
  private final Iterator<T> source;
  private final Function<T, Result> work;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<Result>> pending = new ArrayDeque<>();

  private Batch(Iterator<T> source, Function<T, Result> work, ExecutorService pool, int window) {
    this.source = source;
    this.work = work;
    this.pool = pool;
    this.window = window;
  }

  /** A lazy, ordered stream of {@code work} over {@code inputs}; closing it cancels what is left. */
  static <T> Stream<Result> stream(
      Stream<T> inputs, Function<T, Result> work, ExecutorService pool, int window) {
    Batch<T> batch = new Batch<>(inputs.iterator(), work, pool, window);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                batch, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(batch::cancel)
        .onClose(inputs::close);
  }

  @Override
  public boolean hasNext() {
    fill();
    return !pending.isEmpty();
  }

  @Override
  public Result next() {
    fill();
    Future<Result> head = pending.poll();
    if (head == null) {
      throw new NoSuchElementException();
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return head.get();
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: the result must not be lost; re-flag below
        } catch (ExecutionException | CancellationException e) {
          // work() turns every document error into a Failure, so this is a bug: surface it.
          throw new IllegalStateException("batch worker failed", e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      fill();
    }
  }

  // The source is read on the caller's thread only: streams are not thread-safe.
  private void fill() {
    while (pending.size() < window && source.hasNext()) {
      T item = source.next();
      pending.add(pool.submit(() -> work.apply(item)));
    }
  }

  private void cancel() {
    pending.forEach(f -> f.cancel(true));
    pending.clear();
  }
}
