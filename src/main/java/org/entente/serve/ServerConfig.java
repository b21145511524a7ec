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

  /**
   * Checks the limits are usable.
   *
   * @param host the address to bind, a name or an IP literal; not null
   * @param port the TCP port, 0 to 65535; 0 picks a free one
   * @param maxBodyBytes the largest request body accepted, in bytes; positive
   * @param workers how many requests are extracted at once; positive
   * @param queueCapacity how many admitted requests may wait for a worker; 0 or more
   * @param timeBudget a request's time from admission to answer; positive, not null
   * @param shutdownGrace how long a shutdown waits for in-flight requests; 0 or more, not null
   * @throws IllegalArgumentException if a limit is out of range
   */
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

  /**
   * 127.0.0.1:8080, 2 MiB bodies, one worker per core, 32 queued, 60 s budget, 10 s grace.
   *
   * @return the default configuration
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_CAPACITY,
        DEFAULT_TIME_BUDGET, DEFAULT_SHUTDOWN_GRACE);
  }

  /**
   * This configuration bound to {@code host}.
   *
   * @param host the address to bind, such as {@code 0.0.0.0} for every interface; not null
   * @return a copy with that host
   */
  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration on {@code port} (0: a free one).
   *
   * @param port the TCP port, 0 to 65535
   * @return a copy with that port
   * @throws IllegalArgumentException if the port is out of range
   */
  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration with another body limit.
   *
   * @param maxBodyBytes the largest request body accepted, in bytes; positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration with another number of workers.
   *
   * @param workers how many requests are extracted at once; positive
   * @return a copy with that many workers
   * @throws IllegalArgumentException if the number is not positive
   */
  public ServerConfig withWorkers(int workers) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration with another queue capacity (0: no waiting, only free workers).
   *
   * @param queueCapacity how many admitted requests may wait for a worker; 0 or more
   * @return a copy with that capacity
   * @throws IllegalArgumentException if the capacity is negative
   */
  public ServerConfig withQueueCapacity(int queueCapacity) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration with another per-request time budget.
   *
   * @param timeBudget a request's time from admission to answer; positive
   * @return a copy with that budget
   * @throws IllegalArgumentException if the budget is not positive
   */
  public ServerConfig withTimeBudget(Duration timeBudget) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }

  /**
   * This configuration with another shutdown grace period.
   *
   * @param shutdownGrace how long a shutdown waits for in-flight requests; 0 or more
   * @return a copy with that grace period
   * @throws IllegalArgumentException if the period is negative
   */
  public ServerConfig withShutdownGrace(Duration shutdownGrace) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
        shutdownGrace);
  }
}
