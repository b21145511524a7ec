package org.entente.serve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The limits and address of an {@link ExtractionServer}. Start from {@link #defaults()} and change
 * what you need with the {@code with...} methods.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port the TCP port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param workers how many requests are extracted at once
 * @param queueCapacity how many admitted requests may wait for a worker; more get 503
 * @param timeBudget how long a request may take from admission to answer; then 504
 * @param shutdownGrace how long a shutdown waits for in-flight requests to finish
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    int workers,
    int queueCapacity,
    Duration timeBudget,
    Duration shutdownGrace) {

  /** Default body limit: 2 MiB, far above a news article, small enough to hold a few at once. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;
  /** Default queue: 32 requests waiting for a worker. */
  public static final int DEFAULT_QUEUE_CAPACITY = 32;
  /** Default time budget per request. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);
  /** Default grace period of a shutdown. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

  /** Checks the limits are usable. */
  public ServerConfig {
    requireNonNull(host, "host");
    requireNonNull(timeBudget, "timeBudget");
    requireNonNull(shutdownGrace, "shutdownGrace");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be positive: " + workers);
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException("queueCapacity must not be negative: " + queueCapacity);
    }
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
    }
  }

  /** 127.0.0.1:8080, 2 MiB bodies, one worker per core, 32 queued, 60 s budget, 10 s grace. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_CAPACITY,
        DEFAULT_TIME_BUDGET, DEFAULT_SHUTDOWN_GRACE);
  }

  /** This configuration bound to {@code host}. */
  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration on {@code port} (0: a free one). */
  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration with another body limit. */
  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration with another number of workers. */
  public ServerConfig withWorkers(int workers) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration with another queue capacity (0: no waiting, only free workers). */
  public ServerConfig withQueueCapacity(int queueCapacity) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration with another per-request time budget. */
  public ServerConfig withTimeBudget(Duration timeBudget) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /** This configuration with another shutdown grace period. */
  public ServerConfig withShutdownGrace(Duration shutdownGrace) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }
}
