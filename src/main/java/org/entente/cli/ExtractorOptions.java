package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Extractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that shape an {@link Extractor}, shared by every command that builds one. Each
 * value is checked as it is parsed, so a bad one is a usage error (exit 2) before any model loads.
 */
final class ExtractorOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  final List<Path> gazetteers = new ArrayList<>();
  private Integer maxChars;
  private Duration timeBudget;

  @Option(names = "--stance-model", paramLabel = "DIR",
      description = "Folder of the learned stance models (stance-model.tsv, direction-model.tsv"
          + ") as train-stances --out writes it (default: the bundled models/stances).")
  Path stanceModel;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra gazetteer file laid over the bundled ones (repeatable); its name "
          + "starts with its kind (people-local.tsv).")
  void gazetteer(List<Path> files) {
    for (Path file : files) {
      Extractor.Builder check = Extractor.builder();
      usage(() -> check.gazetteer(file), "--gazetteer");
    }
    gazetteers.clear();
    gazetteers.addAll(files);
  }

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest document accepted, in characters; longer ones get a too-large "
          + "error (default: 5000000).")
  void maxChars(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1: " + n);
    }
    maxChars = n;
  }

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "Time budget per document and 100,000 characters begun; past it the "
          + "document gets a timeout error (default: 120).")
  void timeBudget(double seconds) {
    long millis = Math.round(seconds * 1000);
    if (!(seconds > 0) || millis < 1 || Double.isInfinite(seconds)) {
      throw new ParameterException(spec.commandLine(),
          "--time-budget must be a positive number of seconds: " + seconds);
    }
    timeBudget = Duration.ofMillis(millis);
  }

  @Option(names = "--corenlp", paramLabel = "KEY=VALUE",
      description = "Sets one CoreNLP or entente pipeline property, overriding entente's choice "
          + "(repeatable; expert use, e.g. entente.parse.all=true to parse every sentence).")
  void corenlp(Map<String, String> settings) {
    properties.clear();
    properties.putAll(settings);
  }

  private final Map<String, String> properties = new LinkedHashMap<>();

  /** A builder with these options set. */
  Extractor.Builder builder() {
    Extractor.Builder builder = Extractor.builder();
    gazetteers.forEach(builder::gazetteer);
    properties.forEach(builder::property);
    if (maxChars != null) {
      builder.maxChars(maxChars);
    }
    if (timeBudget != null) {
      builder.timeBudget(timeBudget);
    }
    if (stanceModel != null) {
      builder.stanceModel(stanceModel);
    }
    return builder;
  }

  /**
   * Builds the extractor; a gazetteer file that turns out malformed is a usage error that names
   * it and its line, found before the CoreNLP models load.
   */
  Extractor build(Extractor.Builder builder) {
    Extractor[] built = new Extractor[1];
    usage(() -> built[0] = builder.build(), null);
    return built[0];
  }

  /** The document length limit in force, for refusing files before they are read. */
  int maxChars() {
    return maxChars == null ? Extractor.Builder.DEFAULT_MAX_CHARS : maxChars;
  }

  /** Runs {@code step}, turning the builder's {@link IllegalArgumentException} into usage. */
  private void usage(Runnable step, String option) {
    try {
      step.run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          (option == null ? "" : option + ": ") + e.getMessage(), e);
    }
  }
}
