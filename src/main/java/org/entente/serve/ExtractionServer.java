package org.entente.serve;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.entente.DaemonThreads;
import org.entente.Document;
import org.entente.Extractor;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * entente as an HTTP JSON service, on an embedded Jetty.
 *
 * <ul>
 *   <li>{@code POST /extract}: a plain-text body (optional {@code ?id=...&date=YYYY-MM-DD}) or,
 *       as {@code application/json}, {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD"}};
 *       answers the extraction's JSON ({@code 200}) or the document's failure ({@code 422} for a
 *       document entente refuses, {@code 504} over time, {@code 500} for a fault).
 *   <li>{@code POST /extract/batch}: JSON Lines of such objects; answers {@code 200} with exactly
 *       one JSON line per input line, in order, a malformed line giving a short error line in
 *       place; at most {@link ServerConfig#maxBatchLines} lines ({@code 413} past them) and
 *       {@link ServerConfig#maxBatchAnswerBytes} bytes of answer.
 *   <li>{@code GET /health}: liveness, {@code {"status":"ok", ...}} with the workers' load.
 *   <li>{@code GET /ready}: readiness, {@code 503} while draining or when no worker has been free
 *       for longer than the time budget.
 *   <li>{@code GET /metrics}: Prometheus text format.
 * </ul>
 *
 * <p>Limits ({@link ServerConfig}): bodies over the size limit get {@code 413}; a request that
 * finds the queue full gets {@code 503} with {@code Retry-After}; one over its time budget gets
 * {@code 504} and its extraction is interrupted. Connections are handled by Jetty's own threads,
 * apart from the extraction workers, under a read timeout for headers and for bodies, an idle
 * timeout and a write timeout, with bounded header and body sizes. A foreign {@code Host} or a
 * cross-origin caller gets {@code 403}, a missing bearer token (when one is configured) {@code
 * 401}. Every error has a body {@code {"error":{"type":...,"message":...}}}.
 *
 * <pre>{@code
 * try (ExtractionServer server = ExtractionServer.start(ServerConfig.defaults(), extractor)) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class ExtractionServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ExtractionServer.class);
  /** Largest request line and headers, together. */
  static final int MAX_HEADER_BYTES = 8 * 1024;
  /** Most connections at once; more wait in the listen backlog. */
  static final int MAX_CONNECTIONS = 512;

  private final Server jetty;
  private final ServerConnector connector;
  private final ScheduledExecutorService timers;
  private final Workers workers;
  private final Metrics metrics;
  private final Router router;
  private final Duration grace;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private ExtractionServer(ServerConfig config, Function<Document, Result> work) {
    this.grace = config.shutdownGrace();
    this.timers = Executors.newSingleThreadScheduledExecutor(
        DaemonThreads.factory("entente-serve-timer", true));
    this.workers = new Workers(config.workers(), config.queueCapacity(), config.timeBudget(),
        timers);
    this.metrics = new Metrics(workers);

    // Jetty's threads only parse requests and write answers, never extract: a slow client
    // holds no thread at all while it trickles, and the workers never wait on a socket.
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("entente-serve-http");
    threads.setDaemon(true);
    this.jetty = new Server(threads);
    jetty.setStopTimeout(0); // the drain is ours, in stop()
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());
    ReadDeadlines deadlines = new ReadDeadlines(config.readTimeout());
    connector.addBean(deadlines);
    jetty.addConnector(connector);
    jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    long sweep = ReadDeadlines.period(config.readTimeout()).toMillis();
    timers.scheduleWithFixedDelay(deadlines::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    this.router = new Router(work, workers, config, timers, deadlines, metrics);
    jetty.setHandler(router);
    jetty.setErrorHandler(new JsonErrors());
  }

  /**
   * Starts a server that extracts with {@code extractor}, which it does not close.
   *
   * @param config the address and limits; not null
   * @param extractor the extractor that serves every request; not null
   * @return the running server; stop or close it to release its threads
   * @throws IOException if the address cannot be bound
   */
  public static ExtractionServer start(ServerConfig config, Extractor extractor)
      throws IOException {
    requireNonNull(extractor, "extractor");
    return start(config, extractor::tryExtract);
  }

  /**
   * Starts a server that answers each document with {@code work}, which, like {@link
   * Extractor#tryExtract}, turns a document's errors into a {@link org.entente.Failure}.
   *
   * @param config the address and limits; not null
   * @param work what answers one document, called on the worker threads; not null
   * @return the running server; stop or close it to release its threads
   * @throws IOException if the address cannot be bound
   */
  public static ExtractionServer start(ServerConfig config, Function<Document, Result> work)
      throws IOException {
    requireNonNull(config, "config");
    requireNonNull(work, "work");
    ExtractionServer server = new ExtractionServer(config, work);
    try {
      server.jetty.start();
    } catch (Exception e) {
      server.release();
      throw e instanceof IOException io ? io : new IOException("cannot start the server", e);
    }
    log.info("entente serving on http://{}:{} ({})", server.address().getHostString(),
        server.port(), config);
    return server;
  }

  /**
   * The bound address.
   *
   * @return the host and port the server listens on
   */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /**
   * The bound port (useful after asking for port 0).
   *
   * @return the TCP port the server listens on
   */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@link #stop(Duration)} with the configured grace period. */
  public void stop() {
    stop(grace);
  }

  /**
   * Shuts down gracefully: new requests are answered {@code 503 shutting-down} (so {@code /ready}
   * fails at once), the requests in flight may finish for up to {@code grace}, then those left
   * are answered {@code 503} and the threads released. Later calls wait for the first to finish.
   *
   * @param grace how long requests in flight may take to finish before the rest are cut short
   */
  public void stop(Duration grace) {
    if (!stopping.compareAndSet(false, true)) {
      awaitStopQuietly();
      return;
    }
    long t0 = System.nanoTime();
    router.stopAccepting();
    InFlight inFlight = router.inFlight();
    log.info("entente server stopping: {} requests in flight", inFlight.count());
    try {
      if (!inFlight.awaitIdle(grace)) {
        log.warn("grace period of {} ms over: {} requests cut short", grace.toMillis(),
            inFlight.count());
        workers.stopAll();
        inFlight.awaitIdle(Duration.ofMillis(200)); // their 503s are small writes
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      release();
      stopped.countDown();
      log.info("entente server stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
  }

  private void release() {
    workers.shutdown();
    try {
      jetty.stop();
    } catch (Exception e) {
      log.warn("stopping Jetty: {}", e.toString());
    }
    timers.shutdownNow();
    metrics.close();
  }

  /**
   * Blocks until the server has stopped.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  private void awaitStopQuietly() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}
