package org.entente.serve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The limits, address and access rules of an {@link ExtractionServer}. Start from {@link
 * #defaults()} and change what you need with the {@code with...} methods.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port the TCP port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param workers how many requests are extracted at once
 * @param queueCapacity how many admitted requests may wait for a worker; more get 503
 * @param timeBudget how long a request may take from admission to answer; then 504
 * @param shutdownGrace how long a shutdown waits for in-flight requests to finish
 * @param readTimeout how long a client may take to send a request's headers, and again its body;
 *     then the connection is closed (a body cut short is answered 408 first)
 * @param idleTimeout how long a connection may make no progress, reading or writing, before it
 *     is closed
 * @param writeTimeout how long writing one answer may take before the connection is closed
 * @param maxBatchLines the most lines a batch may hold; more get 413
 * @param maxBatchAnswerBytes the most bytes of extractions a batch answer carries; the lines after
 *     get a short {@code too-large} error line each
 * @param allowedHosts the names a request's {@code Host} may carry (lower case, no port); {@code
 *     *} allows any
 * @param bearerToken the token {@code /extract}, {@code /extract/batch} and {@code /metrics}
 *     require as {@code Authorization: Bearer ...}, or null for none
 */
public record ServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    int workers,
    int queueCapacity,
    Duration timeBudget,
    Duration shutdownGrace,
    Duration readTimeout,
    Duration idleTimeout,
    Duration writeTimeout,
    int maxBatchLines,
    long maxBatchAnswerBytes,
    List<String> allowedHosts,
    String bearerToken) {

  /** Default body limit: 2 MiB, far above a news article, small enough to hold a few at once. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;
  /** Default queue: 32 requests waiting for a worker. */
  public static final int DEFAULT_QUEUE_CAPACITY = 32;
  /** Default time budget per request. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);
  /** Default grace period of a shutdown. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
  /** Default time to send the headers, and again the body, of one request. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  /** Default time a connection may make no progress. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** Default time to write one answer. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** Default most lines in a batch. */
  public static final int DEFAULT_MAX_BATCH_LINES = 1000;
  /** Default most bytes of extractions in a batch answer: 16 MiB. */
  public static final long DEFAULT_MAX_BATCH_ANSWER_BYTES = 16L << 20;
  /** The names of the loopback interface, allowed as {@code Host} by default. */
  public static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

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
   * @param readTimeout time to send the headers, and again the body; positive, not null
   * @param idleTimeout time a connection may make no progress; positive, not null
   * @param writeTimeout time to write one answer; positive, not null
   * @param maxBatchLines the most lines in a batch; positive
   * @param maxBatchAnswerBytes the most bytes of extractions in a batch answer; positive
   * @param allowedHosts the allowed {@code Host} names; not null, not empty
   * @param bearerToken the required bearer token, or null for none; not blank
   * @throws IllegalArgumentException if a limit is out of range
   */
  public ServerConfig {
    requireNonNull(host, "host");
    requireNonNull(timeBudget, "timeBudget");
    requireNonNull(shutdownGrace, "shutdownGrace");
    requireNonNull(allowedHosts, "allowedHosts");
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
    positive("timeBudget", timeBudget);
    positive("readTimeout", readTimeout);
    positive("idleTimeout", idleTimeout);
    positive("writeTimeout", writeTimeout);
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
    }
    if (maxBatchLines < 1) {
      throw new IllegalArgumentException("maxBatchLines must be positive: " + maxBatchLines);
    }
    if (maxBatchAnswerBytes < 1) {
      throw new IllegalArgumentException(
          "maxBatchAnswerBytes must be positive: " + maxBatchAnswerBytes);
    }
    if (allowedHosts.isEmpty()) {
      throw new IllegalArgumentException("allowedHosts must not be empty (\"*\" allows any)");
    }
    allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    if (bearerToken != null && bearerToken.isBlank()) {
      throw new IllegalArgumentException("bearerToken must not be blank");
    }
  }

  private static void positive(String name, Duration d) {
    requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  /**
   * 127.0.0.1:8080, 2 MiB bodies, one worker per core, 32 queued, 60 s budget, 10 s grace, 10 s
   * to send headers and again the body, 30 s idle, 30 s to write an answer, batches of at most
   * 1000 lines and 16 MiB of answer, loopback {@code Host} names only, no token.
   *
   * @return the default configuration
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_CAPACITY,
        DEFAULT_TIME_BUDGET, DEFAULT_SHUTDOWN_GRACE, DEFAULT_READ_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
        DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_BATCH_LINES, DEFAULT_MAX_BATCH_ANSWER_BYTES,
        LOOPBACK_HOSTS, null);
  }

  /**
   * This configuration bound to {@code host}.
   *
   * @param host the address to bind, such as {@code 0.0.0.0} for every interface; not null
   * @return a copy with that host
   */
  public ServerConfig withHost(String host) {
    return with(b -> b.host = host);
  }

  /**
   * This configuration on {@code port} (0: a free one).
   *
   * @param port the TCP port, 0 to 65535
   * @return a copy with that port
   * @throws IllegalArgumentException if the port is out of range
   */
  public ServerConfig withPort(int port) {
    return with(b -> b.port = port);
  }

  /**
   * This configuration with another body limit.
   *
   * @param maxBodyBytes the largest request body accepted, in bytes; positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return with(b -> b.maxBodyBytes = maxBodyBytes);
  }

  /**
   * This configuration with another number of workers.
   *
   * @param workers how many requests are extracted at once; positive
   * @return a copy with that many workers
   * @throws IllegalArgumentException if the number is not positive
   */
  public ServerConfig withWorkers(int workers) {
    return with(b -> b.workers = workers);
  }

  /**
   * This configuration with another queue capacity (0: no waiting, only free workers).
   *
   * @param queueCapacity how many admitted requests may wait for a worker; 0 or more
   * @return a copy with that capacity
   * @throws IllegalArgumentException if the capacity is negative
   */
  public ServerConfig withQueueCapacity(int queueCapacity) {
    return with(b -> b.queueCapacity = queueCapacity);
  }

  /**
   * This configuration with another per-request time budget.
   *
   * @param timeBudget a request's time from admission to answer; positive
   * @return a copy with that budget
   * @throws IllegalArgumentException if the budget is not positive
   */
  public ServerConfig withTimeBudget(Duration timeBudget) {
    return with(b -> b.timeBudget = timeBudget);
  }

  /**
   * This configuration with another shutdown grace period.
   *
   * @param shutdownGrace how long a shutdown waits for in-flight requests; 0 or more
   * @return a copy with that grace period
   * @throws IllegalArgumentException if the period is negative
   */
  public ServerConfig withShutdownGrace(Duration shutdownGrace) {
    return with(b -> b.shutdownGrace = shutdownGrace);
  }

  /**
   * This configuration with other connection timeouts.
   *
   * @param read time to send the headers, and again the body, of a request; positive
   * @param idle time a connection may make no progress; positive
   * @param write time to write one answer; positive
   * @return a copy with those timeouts
   * @throws IllegalArgumentException if a timeout is not positive
   */
  public ServerConfig withTimeouts(Duration read, Duration idle, Duration write) {
    return with(b -> {
      b.readTimeout = read;
      b.idleTimeout = idle;
      b.writeTimeout = write;
    });
  }

  /**
   * This configuration with other batch caps.
   *
   * @param maxLines the most lines in a batch; positive
   * @param maxAnswerBytes the most bytes of extractions in a batch answer; positive
   * @return a copy with those caps
   * @throws IllegalArgumentException if a cap is not positive
   */
  public ServerConfig withBatchCaps(int maxLines, long maxAnswerBytes) {
    return with(b -> {
      b.maxBatchLines = maxLines;
      b.maxBatchAnswerBytes = maxAnswerBytes;
    });
  }

  /**
   * This configuration with other allowed {@code Host} names.
   *
   * @param allowedHosts host names without port, such as {@code entente.example.org}; {@code *}
   *     allows any; not empty
   * @return a copy with those names
   * @throws IllegalArgumentException if the list is empty
   */
  public ServerConfig withAllowedHosts(List<String> allowedHosts) {
    return with(b -> b.allowedHosts = allowedHosts);
  }

  /**
   * This configuration with a bearer token required on the extraction and metrics endpoints.
   *
   * @param bearerToken the token, or null for none; not blank
   * @return a copy with that token
   * @throws IllegalArgumentException if the token is blank
   */
  public ServerConfig withBearerToken(String bearerToken) {
    return with(b -> b.bearerToken = bearerToken);
  }

  /** This configuration with what {@code change} sets; the constructor checks the result. */
  private ServerConfig with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  /** A configuration's fields, to change some and build another: the one copy of them all. */
  private static final class Builder {
    String host;
    int port;
    long maxBodyBytes;
    int workers;
    int queueCapacity;
    Duration timeBudget;
    Duration shutdownGrace;
    Duration readTimeout;
    Duration idleTimeout;
    Duration writeTimeout;
    int maxBatchLines;
    long maxBatchAnswerBytes;
    List<String> allowedHosts;
    String bearerToken;

    Builder(ServerConfig c) {
      host = c.host;
      port = c.port;
      maxBodyBytes = c.maxBodyBytes;
      workers = c.workers;
      queueCapacity = c.queueCapacity;
      timeBudget = c.timeBudget;
      shutdownGrace = c.shutdownGrace;
      readTimeout = c.readTimeout;
      idleTimeout = c.idleTimeout;
      writeTimeout = c.writeTimeout;
      maxBatchLines = c.maxBatchLines;
      maxBatchAnswerBytes = c.maxBatchAnswerBytes;
      allowedHosts = c.allowedHosts;
      bearerToken = c.bearerToken;
    }

    ServerConfig build() {
      return new ServerConfig(host, port, maxBodyBytes, workers, queueCapacity, timeBudget,
          shutdownGrace, readTimeout, idleTimeout, writeTimeout, maxBatchLines,
          maxBatchAnswerBytes, allowedHosts, bearerToken);
    }
  }

  /** The token is a secret: never in a log line. */
  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes
        + ", workers=" + workers + ", queueCapacity=" + queueCapacity + ", timeBudget="
        + timeBudget + ", shutdownGrace=" + shutdownGrace + ", readTimeout=" + readTimeout
        + ", idleTimeout=" + idleTimeout + ", writeTimeout=" + writeTimeout + ", maxBatchLines="
        + maxBatchLines + ", maxBatchAnswerBytes=" + maxBatchAnswerBytes + ", allowedHosts="
        + allowedHosts + ", bearerToken=" + (bearerToken == null ? "none" : "set") + "]";
  }
}
