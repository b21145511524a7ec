package org.entente.serve;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.entente.Document;
import org.entente.Extractor;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * entente as an HTTP JSON service, on the JDK's HTTP server.
 *
 * <ul>
 *   <li>{@code POST /extract}: a plain-text body (optional {@code ?id=...&date=YYYY-MM-DD}) or,
 *       as {@code application/json}, {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD"}};
 *       answers the extraction's JSON ({@code 200}) or the document's failure ({@code 422} for a
 *       document entente refuses, {@code 504} over time, {@code 500} for a fault).
 *   <li>{@code POST /extract/batch}: JSON Lines of such objects; answers {@code 200} with exactly
 *       one JSON line per input line, in order, a malformed line giving an error line in place.
 *   <li>{@code GET /health}: {@code {"status":"ok", ...}} with the workers' load.
 * </ul>
 *
 * <p>Limits ({@link ServerConfig}): bodies over the size limit get {@code 413}; a request that
 * finds the queue full gets {@code 503} with {@code Retry-After}; one over its time budget gets
 * {@code 504} and its extraction is interrupted. Other errors are {@code 400}, {@code 404},
 * {@code 405} or {@code 415}, all with a body {@code {"error":{"type":...,"message":...}}}.
 *
 * <pre>{@code
 * try (ExtractionServer server = ExtractionServer.start(ServerConfig.defaults(), extractor)) {
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class ExtractionServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ExtractionServer.class);

  private final HttpServer http;
  private final ExecutorService requestThreads;
  private final Workers workers;
  private final Router router;
  private final Duration grace;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private ExtractionServer(ServerConfig config, Function<Document, Result> work)
      throws IOException {
    this.grace = config.shutdownGrace();
    this.workers = new Workers(config.workers(), config.queueCapacity(), config.timeBudget());
    this.router = new Router(work, workers, config.maxBodyBytes());
    this.http = HttpServer.create(
        new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 0);
    // Request threads only read bodies and answer quickly; the workers do the extracting.
    this.requestThreads = Executors.newFixedThreadPool(
        Math.max(4, 2 * config.workers()), Workers.daemons("entente-serve-http-"));
    http.setExecutor(requestThreads);
    http.createContext("/", router);
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
    server.http.start();
    log.info("entente serving on http://{}:{} ({} workers, queue {}, body limit {} bytes, "
            + "time budget {} ms)", server.address().getHostString(), server.port(),
        config.workers(), config.queueCapacity(), config.maxBodyBytes(),
        config.timeBudget().toMillis());
    return server;
  }

  /**
   * The bound address.
   *
   * @return the host and port the server listens on
   */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /**
   * The bound port (useful after asking for port 0).
   *
   * @return the TCP port the server listens on
   */
  public int port() {
    return address().getPort();
  }

  /** {@link #stop(Duration)} with the configured grace period. */
  public void stop() {
    stop(grace);
  }

  /**
   * Shuts down gracefully: stops accepting connections, lets the requests in flight finish for
   * up to {@code grace}, then answers what is left {@code 503} and releases the threads. Later
   * calls wait for the first to finish.
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
      Thread closer = null;
      if (inFlight.count() == 0) {
        http.stop(0);
      } else {
        // HttpServer.stop closes the listener at once, then waits for open exchanges (or its
        // delay); it blocks, so it runs beside the wait below.
        int delay = (int) Math.min(Integer.MAX_VALUE, grace.toSeconds() + 1);
        closer = new Thread(() -> http.stop(delay), "entente-serve-stop");
        closer.setDaemon(true);
        closer.start();
      }
      if (!inFlight.awaitIdle(grace)) {
        log.warn("grace period of {} ms over: {} requests cut short", grace.toMillis(),
            inFlight.count());
        workers.stopAll();
        inFlight.awaitIdle(Duration.ofSeconds(1));
      }
      if (closer != null) {
        closer.join(Duration.ofSeconds(2).toMillis());
      }
      workers.shutdown();
      requestThreads.shutdownNow();
      workers.awaitTermination(Duration.ofSeconds(1));
      requestThreads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdown();
      requestThreads.shutdownNow();
    } finally {
      stopped.countDown();
      log.info("entente server stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
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
