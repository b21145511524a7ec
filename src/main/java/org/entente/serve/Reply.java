package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer an exchange gets. The request thread, a worker, the deadline and a shutdown may
 * all want to answer; the first to {@link #claim()} it does, the others leave it alone.
 */
final class Reply {
  private static final Logger log = LoggerFactory.getLogger(Reply.class);

  static final String JSON = "application/json; charset=utf-8";
  static final String NDJSON = "application/x-ndjson; charset=utf-8";
  /** Seconds a client is asked to wait before retrying a 503. */
  static final String RETRY_AFTER_SECONDS = "1";

  private final HttpExchange exchange;
  private final List<Runnable> onFinish = new ArrayList<>(); // guarded by this
  private final long started = System.nanoTime();
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final AtomicBoolean done = new AtomicBoolean();
  private volatile int status;

  Reply(HttpExchange exchange, Runnable onFinish) {
    this.exchange = exchange;
    this.onFinish.add(onFinish);
  }

  /** Runs {@code action} once the exchange is finished (at once if it already is). */
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

  /** Sends a whole JSON body and finishes; the caller has claimed. */
  void send(int status, String json) {
    send(status, json, false);
  }

  /** Sends {@code {"error":{...}}} for {@code e} and finishes; the caller has claimed. */
  void error(HttpError e) {
    Headers h = exchange.getResponseHeaders();
    if (e.retryable()) {
      h.set("Retry-After", RETRY_AFTER_SECONDS);
    }
    send(e.status(), Requests.errorJson(e.type(), e.getMessage()), e.closeConnection());
  }

  /** Sets a response header; before {@link #send} or {@link #stream}. */
  void header(String name, String value) {
    exchange.getResponseHeaders().set(name, value);
  }

  private void send(int status, String json, boolean close) {
    this.status = status;
    byte[] body = json.getBytes(UTF_8);
    try {
      Headers h = exchange.getResponseHeaders();
      h.set("Content-Type", JSON);
      if (close) {
        h.set("Connection", "close");
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        if (!"HEAD".equals(exchange.getRequestMethod())) {
          os.write(body);
        }
      }
    } catch (IOException e) {
      log.debug("{} {}: client gone before the answer: {}", exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), e.toString());
    } finally {
      finish();
    }
  }

  /**
   * Starts a streamed (chunked) answer; the caller has claimed, writes the body, then calls
   * {@link #finish()}.
   */
  OutputStream stream(int status, String contentType) throws IOException {
    this.status = status;
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, 0);
    return exchange.getResponseBody();
  }

  /** Closes the exchange (once), then reports it done. */
  void finish() {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    try {
      exchange.close();
    } finally {
      long ms = (System.nanoTime() - started) / 1_000_000;
      if (status == 500) {
        log.warn("{} {} -> {} in {} ms", exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), status, ms);
      } else if (status > 500) { // overload, shutdown, time budget: limits at work, not faults
        log.info("{} {} -> {} in {} ms", exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), status, ms);
      } else {
        log.debug("{} {} -> {} in {} ms", exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), status, ms);
      }
      List<Runnable> actions;
      synchronized (this) {
        actions = List.copyOf(onFinish);
      }
      actions.forEach(Runnable::run);
    }
  }
}
