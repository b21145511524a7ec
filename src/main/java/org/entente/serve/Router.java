package org.entente.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.entente.Document;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: reads and checks it on the request thread, then hands extractions to
 * the {@link Workers}. Paths are matched exactly; nothing in a request names a file or a class.
 */
final class Router implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(Router.class);

  private final Function<Document, Result> work;
  private final Workers workers;
  private final long maxBodyBytes;
  private final InFlight inFlight = new InFlight();
  private volatile boolean accepting = true;

  Router(Function<Document, Result> work, Workers workers, long maxBodyBytes) {
    this.work = work;
    this.workers = workers;
    this.maxBodyBytes = maxBodyBytes;
  }

  InFlight inFlight() {
    return inFlight;
  }

  /** From now on, new requests get 503 {@code shutting-down}. */
  void stopAccepting() {
    accepting = false;
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.enter(); // before the accepting check: a shutdown either waits for us or we refuse
    Reply reply = new Reply(exchange, inFlight::exit);
    try {
      route(exchange, reply);
    } catch (HttpError e) {
      if (reply.claim()) {
        reply.error(e);
      }
    } catch (IOException e) {
      log.debug("reading the request failed: {}", e.toString());
      if (reply.claim()) {
        reply.finish(); // the client is gone or broke the protocol: nothing to answer
      }
    } catch (RuntimeException e) {
      log.error("request failed", e);
      if (reply.claim()) {
        reply.error(HttpError.internal(e.getClass().getSimpleName()));
      }
    }
  }

  private void route(HttpExchange exchange, Reply reply) throws IOException, HttpError {
    if (!accepting) {
      throw HttpError.shuttingDown();
    }
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    switch (path) {
      case "/health" -> {
        allow(reply, method, "GET");
        if (reply.claim()) {
          reply.send(200, health());
        }
      }
      case "/extract" -> {
        allow(reply, method, "POST");
        admit(new ExtractJob(reply, work, document(exchange)));
      }
      case "/extract/batch" -> {
        allow(reply, method, "POST");
        List<Requests.BatchLine> lines = Requests.lines(body(exchange));
        admit(new BatchJob(reply, work, lines));
      }
      default -> throw HttpError.notFound(path);
    }
  }

  private static void allow(Reply reply, String method, String allowed) throws HttpError {
    if (!method.equals(allowed)) {
      reply.header("Allow", allowed);
      throw HttpError.methodNotAllowed(method, allowed);
    }
  }

  private byte[] body(HttpExchange exchange) throws IOException, HttpError {
    Requests.checkCharset(exchange.getRequestHeaders().getFirst("Content-Type"));
    return Bodies.read(exchange, maxBodyBytes);
  }

  private Document document(HttpExchange exchange) throws IOException, HttpError {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String text = Bodies.utf8(body(exchange));
    return Requests.isJson(contentType)
        ? Requests.fromJson(text)
        : Requests.fromText(text, exchange.getRequestURI().getRawQuery());
  }

  private void admit(Job job) throws HttpError {
    try {
      workers.admit(job);
    } catch (RejectedExecutionException e) {
      throw accepting ? HttpError.overloaded() : HttpError.shuttingDown();
    }
  }

  private String health() {
    return String.format(
        "{\"status\":\"ok\",\"workers\":%d,\"active\":%d,\"queued\":%d,\"queueCapacity\":%d}",
        workers.workers(), workers.active(), workers.queued(), workers.queueCapacity());
  }
}
