package org.entente.spark;

import org.entente.Extractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Extractor} of this JVM for Spark tasks: built on first use (a Spark executor
 * loads the models once, when its first task needs them) and shared by every task the executor
 * runs, since the extractor is thread-safe. Never closed: it lives as long as the executor.
 */
final class ExecutorExtractor {
  private static final Logger log = LoggerFactory.getLogger(ExecutorExtractor.class);

  private ExecutorExtractor() {}

  // Initialisation-on-demand holder: the JVM builds it once, on the first get(), thread-safely.
  private static final class Holder {
    static final Extractor INSTANCE = build();

    private static Extractor build() {
      log.info("loading the entente extractor for this executor");
      return Extractor.create();
    }
  }

  /** This JVM's extractor, loaded on the first call. */
  static Extractor get() {
    return Holder.INSTANCE;
  }
}
