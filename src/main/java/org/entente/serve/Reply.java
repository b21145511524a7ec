package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * The one answer a request gets. The request's reader, a worker, the deadline and a shutdown may
 * all want to answer; the first to {@link #claim()} it does, the others leave it alone. Answers
 * are written asynchronously: no thread waits on a client that does not read, and a write that
 * stays pending past the write timeout closes the connection.
 */
final class Reply {
  static final String JSON = "application/json; charset=utf-8";
  static final String NDJSON = "application/x-ndjson; charset=utf-8";
  /** Seconds a client is asked to wait before retrying a 503. */
  static final String RETRY_AFTER_SECONDS = "1";

  private final Response response;
  private final Callback callback;
  private final ScheduledExecutorService timers;
  private final Duration writeTimeout;
  private final List<Runnable> onFinish = new ArrayList<>(); // guarded by this
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final AtomicBoolean done = new AtomicBoolean();
  private final Consumer<Reply> whenDone;
  private volatile int status;
  private volatile long bytes;

  Reply(Response response, Callback callback, ScheduledExecutorService timers,
      Duration writeTimeout, Consumer<Reply> whenDone) {
    this.response = response;
    this.callback = callback;
    this.timers = timers;
    this.writeTimeout = writeTimeout;
    this.whenDone = whenDone;
  }

  /** Runs {@code action} once the answer is finished (at once if it already is). */
  void onFinish(Runnable action) {
    synchronized (this) {
      if (!done.get()) {
        onFinish.add(action);
        return;
      }
    }
    action.run();
  }

  /** True for exactly one caller: the one that answers. */
  boolean claim() {
    return claimed.compareAndSet(false, true);
  }

  int status() {
    return status;
  }

  long bytes() {
    return bytes;
  }

  /** Sends a whole JSON body and finishes; the caller has claimed. */
  void send(int status, String json) {
    send(status, json, false);
  }

  /** Sends {@code {"error":{...}}} for {@code e} and finishes; the caller has claimed. */
  void error(HttpError e) {
    if (e.retryable()) {
      header("Retry-After", RETRY_AFTER_SECONDS);
    }
    if (e.status() == 401) {
      header("WWW-Authenticate", "Bearer");
    }
    send(e.status(), Requests.errorJson(e.type(), e.getMessage()), e.closeConnection());
  }

  /** Sets a response header; before {@link #send} or {@link #stream}. */
  void header(String name, String value) {
    response.getHeaders().put(name, value);
  }

  /** Sends a whole body of another type (metrics) and finishes; the caller has claimed. */
  void sendText(int status, String contentType, String text) {
    send(status, contentType, text, false);
  }

  private void send(int status, String json, boolean close) {
    send(status, JSON, json, close);
  }

  private void send(int status, String contentType, String json, boolean close) {
    this.status = status;
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    byte[] body = json.getBytes(UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    bytes = body.length;
    write(true, ByteBuffer.wrap(body), Callback.from(() -> finish(null), this::finish));
  }

  /** Starts a streamed (chunked) answer of lines; the caller has claimed. */
  Lines stream(int status, String contentType) {
    this.status = status;
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    return new Lines();
  }

  /** One write, closed down with the connection if it is still pending past the timeout. */
  private void write(boolean last, ByteBuffer content, Callback then) {
    AtomicBoolean over = new AtomicBoolean();
    ScheduledFuture<?> timer = timers.schedule(() -> {
      if (over.compareAndSet(false, true)) {
        finish(new TimeoutException("the answer was not read within " + writeTimeout.toMillis()
            + " ms"));
      }
    }, writeTimeout.toNanos(), TimeUnit.NANOSECONDS);
    response.write(last, content, Callback.from(() -> {
      if (over.compareAndSet(false, true)) {
        timer.cancel(false);
        then.succeeded();
      }
    }, x -> {
      if (over.compareAndSet(false, true)) {
        timer.cancel(false);
        then.failed(x);
      }
    }));
  }

  /**
   * Finishes the request (once): {@code failure} null for an answer written whole, else the
   * reason the connection is given up (the client is gone or does not read).
   */
  void finish(Throwable failure) {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    claimed.set(true);
    try {
      if (failure == null) {
        callback.succeeded();
      } else {
        callback.failed(failure);
      }
    } finally {
      whenDone.accept(this);
      List<Runnable> actions;
      synchronized (this) {
        actions = List.copyOf(onFinish);
      }
      actions.forEach(Runnable::run);
    }
  }

  /**
   * A streamed answer: lines are queued by the worker and written one write at a time as the
   * client reads them, so the worker never waits on the client. {@link #failed()} tells the worker
   * to stop when nobody is reading any more.
   */
  final class Lines extends IteratingCallback {
    private final List<ByteBuffer> queue = new ArrayList<>(); // guarded by itself
    private boolean ended; // guarded by queue
    private boolean lastWritten; // guarded by queue
    private volatile boolean failed;

    /** Queues one line (with its newline). */
    void add(String line) {
      byte[] b = (line + "\n").getBytes(UTF_8);
      bytes += b.length;
      synchronized (queue) {
        queue.add(ByteBuffer.wrap(b));
      }
      iterate();
    }

    /** Ends the answer once the queued lines are written. */
    void end() {
      synchronized (queue) {
        ended = true;
      }
      iterate();
    }

    boolean failed() {
      return failed || done.get();
    }

    // IteratingCallback keeps one write in flight, as Jetty requires, without recursing when a
    // write completes at once.
    @Override
    protected Action process() {
      ByteBuffer next;
      boolean last;
      synchronized (queue) {
        if (!queue.isEmpty()) {
          next = queue.remove(0);
          last = false;
        } else if (ended && !lastWritten) {
          next = ByteBuffer.allocate(0);
          last = true;
          lastWritten = true;
        } else {
          return lastWritten ? Action.SUCCEEDED : Action.IDLE;
        }
      }
      write(last, next, this);
      return Action.SCHEDULED;
    }

    @Override
    protected void onCompleteSuccess() {
      finish(null);
    }

    @Override
    protected void onCompleteFailure(Throwable x) {
      failed = true;
      finish(x);
    }
  }
}
