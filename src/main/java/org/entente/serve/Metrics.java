package org.entente.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import org.entente.Extraction;
import org.entente.Failure;
import org.entente.Result;

/**
 * The service's metrics in Prometheus text format: requests by endpoint and status with a latency
 * histogram, queue depth and busy workers, documents by outcome (their rate is documents/s), and
 * the JVM's heap and threads. One registry per server, never the global one.
 */
final class Metrics {
  /** Prometheus text exposition format 0.0.4. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Set<String> ENDPOINTS =
      Set.of("/extract", "/extract/batch", "/health", "/ready", "/metrics");

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Metrics(Workers workers) {
    Gauge.builder("entente.queue.depth", workers, Workers::queued)
        .description("requests waiting for a worker").register(registry);
    Gauge.builder("entente.workers.busy", workers, Workers::active)
        .description("workers extracting now").register(registry);
    Gauge.builder("entente.workers", workers, Workers::workers)
        .description("workers in the pool").register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
  }

  /** Records one answered request; unknown paths are counted together, never by name. */
  void request(String path, int status, long nanos) {
    Timer.builder("entente.http.requests")
        .description("HTTP requests by endpoint and status, with their latency")
        .tag("endpoint", ENDPOINTS.contains(path) ? path : "other")
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(2))
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  /** Counts one document extracted or failed (by failure type). */
  void document(Result result) {
    String outcome = result instanceof Extraction ? "extracted" : ((Failure) result).type();
    Counter.builder("entente.documents").description("documents by outcome")
        .tag("outcome", outcome).register(registry).increment();
  }

  /** The metrics, as Prometheus scrapes them. */
  String scrape() {
    return registry.scrape();
  }

  void close() {
    registry.close();
  }
}
