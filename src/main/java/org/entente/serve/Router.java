package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.entente.Document;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: checks who may ask (Host, Origin, token), reads the body without holding
 * a thread, then hands extractions to the {@link Workers}. Paths are matched exactly; nothing in a
 * request names a file or a class. Every request gets a request id (its {@code X-Request-Id} when
 * it sends a sane one), returned as {@code X-Request-Id} and written in its access log line.
 */
final class Router extends Handler.Abstract {
  private static final Logger log = LoggerFactory.getLogger(Router.class);
  private static final Logger access = LoggerFactory.getLogger("org.entente.serve.access");
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  static final String REQUEST_ID = "X-Request-Id";

  private final Function<Document, Result> work;
  private final Workers workers;
  private final ServerConfig config;
  private final ScheduledExecutorService timers;
  private final ReadDeadlines deadlines;
  private final Metrics metrics;
  private final List<String> allowedHosts;
  private final byte[] token;
  private final InFlight inFlight = new InFlight();
  private volatile boolean accepting = true;

  Router(Function<Document, Result> work, Workers workers, ServerConfig config,
      ScheduledExecutorService timers, ReadDeadlines deadlines, Metrics metrics) {
    this.work = doc -> {
      Result r = work.apply(doc);
      metrics.document(r);
      return r;
    };
    this.workers = workers;
    this.config = config;
    this.timers = timers;
    this.deadlines = deadlines;
    this.metrics = metrics;
    this.allowedHosts = config.allowedHosts().stream().map(Router::unbracket).toList();
    this.token = config.bearerToken() == null ? null
        : ("Bearer " + config.bearerToken()).getBytes(UTF_8);
  }

  InFlight inFlight() {
    return inFlight;
  }

  /** From now on, new requests get 503 {@code shutting-down}. */
  void stopAccepting() {
    accepting = false;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long t0 = System.nanoTime();
    String id = requestId(request);
    String method = request.getMethod();
    String path = request.getHttpURI().getPath();
    Connection connection = request.getConnectionMetaData().getConnection();
    response.getHeaders().put(REQUEST_ID, id);
    inFlight.enter(); // before the accepting check: a shutdown either waits for us or we refuse
    deadlines.handling(connection);
    Reply reply = new Reply(response, callback, timers, config.writeTimeout(), r -> {
      deadlines.answered(connection);
      inFlight.exit();
      long nanos = System.nanoTime() - t0;
      metrics.request(path, r.status(), nanos);
      access.info("{} {} \"{} {}\" {} {} {}ms", id, Request.getRemoteAddr(request), method,
          path, r.status(), r.bytes(), nanos / 1_000_000);
    });
    try {
      route(request, reply, method, path);
    } catch (HttpError e) {
      // Refused before its body was read (401, 404, 405, ...): the unread body would stay on a
      // kept-alive connection, which the server then closes under a client reusing it.
      answer(reply, request.getLength() != 0 ? e.closing() : e);
    } catch (RuntimeException e) {
      log.error("request {} failed", id, e);
      answer(reply, HttpError.internal(e.getClass().getSimpleName()));
    }
    return true;
  }

  private static void answer(Reply reply, HttpError e) {
    if (reply.claim()) {
      reply.error(e);
    }
  }

  private static String requestId(Request request) {
    String given = request.getHeaders().get(REQUEST_ID);
    if (given != null && SANE_ID.matcher(given).matches()) {
      return given;
    }
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  }

  private void route(Request request, Reply reply, String method, String path)
      throws HttpError {
    if (!accepting) {
      throw HttpError.shuttingDown();
    }
    if (!path.equals("/health") && !path.equals("/ready")) {
      checkHost(request); // probes come by the pod's or host's address, and learn nothing
    }
    checkOrigin(request);
    switch (path) {
      case "/health" -> {
        allow(reply, method, "GET");
        send(reply, 200, health());
      }
      case "/ready" -> {
        allow(reply, method, "GET");
        send(reply, 200, ready());
      }
      case "/metrics" -> {
        allow(reply, method, "GET");
        authorize(request);
        sendMetrics(reply);
      }
      case "/extract" -> {
        allow(reply, method, "POST");
        authorize(request);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Requests.checkCharset(contentType);
        String query = request.getHttpURI().getQuery();
        whenRead(request, reply, body -> {
          String text = Bodies.utf8(body);
          Document doc = Requests.isJson(contentType)
              ? Requests.fromJson(text) : Requests.fromText(text, query);
          admit(new ExtractJob(reply, work, doc));
        });
      }
      case "/extract/batch" -> {
        allow(reply, method, "POST");
        authorize(request);
        Requests.checkCharset(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        whenRead(request, reply, body -> admit(new BatchJob(reply, work,
            Requests.lines(body, config.maxBatchLines()), config.maxBatchAnswerBytes())));
      }
      default -> throw HttpError.notFound(path);
    }
  }

  private interface BodyUse {
    void accept(byte[] body) throws HttpError;
  }

  /** Reads the body, then uses it on the thread that completed the read; errors are answered. */
  private void whenRead(Request request, Reply reply, BodyUse use) {
    Bodies.read(request, config.maxBodyBytes(), config.readTimeout(), timers)
        .whenComplete((body, x) -> {
          Throwable failure = x instanceof CompletionException && x.getCause() != null
              ? x.getCause() : x;
          if (failure instanceof HttpError e) {
            answer(reply, e);
          } else if (failure != null) {
            // The client is gone or broke the protocol: nothing to answer, the connection goes.
            log.debug("reading the request failed: {}", failure.toString());
            if (reply.claim()) {
              reply.finish(failure);
            }
          } else {
            try {
              use.accept(body);
            } catch (HttpError e) {
              answer(reply, e);
            } catch (RuntimeException e) {
              log.error("request failed", e);
              answer(reply, HttpError.internal(e.getClass().getSimpleName()));
            }
          }
        });
  }

  private static void send(Reply reply, int status, String json) {
    if (reply.claim()) {
      reply.send(status, json);
    }
  }

  private static void allow(Reply reply, String method, String allowed) throws HttpError {
    if (!method.equals(allowed)) {
      reply.header("Allow", allowed);
      throw HttpError.methodNotAllowed(method, allowed);
    }
  }

  /**
   * The {@code Host} (and the authority of an absolute request URI) must name this server: a
   * page on another site that rebinds its DNS name to this address then cannot reach it.
   */
  private void checkHost(Request request) throws HttpError {
    if (allowedHosts.contains("*")) {
      return;
    }
    String header = request.getHeaders().get(HttpHeader.HOST);
    if (header == null || !allowedHosts.contains(hostName(header))) {
      throw HttpError.forbidden("forbidden-host", "this server does not answer for that Host");
    }
    String uriHost = request.getHttpURI().getHost();
    if (uriHost != null && !allowedHosts.contains(unbracket(uriHost.toLowerCase(Locale.ROOT)))) {
      throw HttpError.forbidden("forbidden-host", "this server does not answer for that Host");
    }
  }

  /**
   * No cross-origin caller: a browser names the page's origin in {@code Origin} (and {@code
   * Sec-Fetch-Site}); only this server's own origin is let through, and no CORS header is ever
   * sent, so a foreign page can neither post nor read.
   */
  private static void checkOrigin(Request request) throws HttpError {
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw HttpError.forbidden("forbidden-origin", "cross-origin requests are refused");
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      return;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null || !origin.equalsIgnoreCase("http://" + host)
        && !origin.equalsIgnoreCase("https://" + host)) {
      throw HttpError.forbidden("forbidden-origin", "cross-origin requests are refused");
    }
  }

  private void authorize(Request request) throws HttpError {
    if (token == null) {
      return;
    }
    String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    // Constant time: how much of the token matched is not told by the answer's timing.
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(UTF_8))) {
      throw HttpError.unauthorized();
    }
  }

  /** The host name of a {@code Host} header, lower case, without port or IPv6 brackets. */
  static String hostName(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(1, close);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
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

  /** Ready unless every worker has been busy for longer than the time budget. */
  private String ready() throws HttpError {
    var busy = workers.allBusyFor();
    if (busy.compareTo(config.timeBudget()) > 0) {
      throw HttpError.notReady("no worker has been free for " + busy.toMillis() + " ms");
    }
    return "{\"status\":\"ready\"}";
  }

  private void sendMetrics(Reply reply) {
    if (reply.claim()) {
      reply.sendText(200, Metrics.CONTENT_TYPE, metrics.scrape());
    }
  }
}
