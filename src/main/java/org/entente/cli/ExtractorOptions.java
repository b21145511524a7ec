package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.Extractor;
import picocli.CommandLine.Option;

/** The options that shape an {@link Extractor}, shared by every command that builds one. */
final class ExtractorOptions {
  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra gazetteer file laid over the bundled ones (repeatable).")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest document accepted, in characters; longer ones get a too-large "
          + "error (default: 5000000).")
  Integer maxChars;

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "Time budget per document and 100,000 characters begun; past it the "
          + "document gets a timeout error (default: 120).")
  Double timeBudget;

  /** A builder with these options set. */
  Extractor.Builder builder() {
    Extractor.Builder builder = Extractor.builder();
    gazetteers.forEach(builder::gazetteer);
    if (maxChars != null) {
      builder.maxChars(maxChars);
    }
    if (timeBudget != null) {
      builder.timeBudget(Duration.ofMillis(Math.round(timeBudget * 1000)));
    }
    return builder;
  }

  /** The document length limit in force, for refusing files before they are read. */
  int maxChars() {
    return maxChars == null ? Extractor.Builder.DEFAULT_MAX_CHARS : maxChars;
  }
}
