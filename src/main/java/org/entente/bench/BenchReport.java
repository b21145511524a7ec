package org.entente.bench;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Bench} measured.
 *
 * @param documents documents per pass
 * @param tokens their PTB tokens per pass
 * @param options the settings it ran with
 * @param loadSeconds time to build entente's extractor (models and gazetteers)
 * @param coldStartSeconds JVM uptime when the first document's result came back
 * @param ententeOne entente on one thread
 * @param ententeAll entente on {@code options.threads()} threads
 * @param peakHeapUsed sum of the heap pools' peaks during entente's runs, in bytes
 * @param peakHeapLive the largest heap left after a collection during them, in bytes
 * @param baselineLoadSeconds time to load plain CoreNLP, or NaN when it did not run
 * @param baseline plain CoreNLP on one thread, or null when it did not run
 * @param baselineFailure why plain CoreNLP did not finish, or null
 * @param annotatorShares each annotator's share of entente's time on one thread, in pipeline
 *     order (fractions summing to 1); empty when not measured
 * @param ententeProcess one {@code extract} process over the files, or null when not run
 * @param plainProcess one plain CoreNLP process over them, or null when not run
 */
public record BenchReport(int documents, long tokens, Bench.Options options, double loadSeconds,
    double coldStartSeconds, Throughput ententeOne, Throughput ententeAll, long peakHeapUsed,
    long peakHeapLive, double baselineLoadSeconds, Throughput baseline,
    String baselineFailure, Map<String, Double> annotatorShares, ProcessRun ententeProcess,
    ProcessRun plainProcess) {

  /**
   * Copies the shares.
   *
   * @param documents documents per pass
   * @param tokens their PTB tokens per pass
   * @param options the settings it ran with
   * @param loadSeconds time to build entente's extractor
   * @param coldStartSeconds JVM uptime at the first result
   * @param ententeOne entente on one thread
   * @param ententeAll entente on all threads
   * @param peakHeapUsed heap pools' peaks, in bytes
   * @param peakHeapLive largest heap after a collection, in bytes
   * @param baselineLoadSeconds plain CoreNLP's load time, or NaN
   * @param baseline plain CoreNLP on one thread, or null
   * @param baselineFailure why plain CoreNLP did not finish, or null
   * @param annotatorShares each annotator's share of the time, in pipeline order
   * @param ententeProcess the {@code extract} process, or null
   * @param plainProcess the plain CoreNLP process, or null
   */
  public BenchReport {
    annotatorShares = Collections.unmodifiableMap(new LinkedHashMap<>(annotatorShares));
  }

  /**
   * How many times faster one {@code extract} process ran than one plain CoreNLP process, or
   * NaN when they did not both run to the end.
   *
   * @return plain CoreNLP's wall time over entente's
   */
  public double processSpeedup() {
    return ententeProcess == null || plainProcess == null || ententeProcess.failure() != null
        || plainProcess.failure() != null ? Double.NaN
        : plainProcess.seconds() / ententeProcess.seconds();
  }

  /**
   * entente's one-thread throughput over plain CoreNLP's, or NaN without a baseline.
   *
   * @return the ratio of documents per second; above 1 when entente is faster
   */
  public double speedup() {
    return baseline == null ? Double.NaN
        : ententeOne.documentsPerSecond() / baseline.documentsPerSecond();
  }

  /**
   * The all-cores run's throughput over the one-thread run's.
   *
   * @return the ratio of documents per second, at most about {@code options.threads()}
   */
  public double scaling() {
    return ententeAll.documentsPerSecond() / ententeOne.documentsPerSecond();
  }

  /**
   * The figures as a Markdown table, with the machine they ran on.
   *
   * @return a line on the corpus, settings and machine, then the table
   */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    Runtime rt = Runtime.getRuntime();
    b.append(String.format(Locale.ROOT, "%d documents, %d tokens per pass; warm-up %d, "
            + "timed passes %d; %d cores, Java %s, max heap %d MB%n%n", documents, tokens,
        options.warmup(), options.repeat(), rt.availableProcessors(),
        System.getProperty("java.version"), rt.maxMemory() >> 20));
    b.append("| measurement | value |\n|---|---|\n");
    row(b, "entente model load", "%.1f s", loadSeconds);
    row(b, "entente cold start to first result (JVM uptime)", "%.1f s", coldStartSeconds);
    throughput(b, ententeOne);
    throughput(b, ententeAll);
    row(b, "entente, " + ententeAll.threads() + " threads, per thread", "%.0f tokens/s",
        ententeAll.tokensPerSecond() / ententeAll.threads());
    row(b, "entente scaling, " + ententeAll.threads() + " threads over 1", "%.2fx", scaling());
    row(b, "entente peak heap used (pools' peaks, garbage included)", "%d MB",
        peakHeapUsed >> 20);
    row(b, "entente peak live heap (after a collection)", "%d MB", peakHeapLive >> 20);
    annotatorShares.forEach((name, share) ->
        row(b, "entente time share, " + name + " (1 thread)", "%.1f %%", 100 * share));
    if (baseline != null) {
      row(b, "plain CoreNLP model load", "%.1f s", baselineLoadSeconds);
      throughput(b, baseline);
      row(b, "speed ratio, entente / plain CoreNLP, 1 thread", "%.2fx", speedup());
    } else if (baselineFailure != null) {
      row(b, "plain CoreNLP", "%s", baselineFailure);
    }
    if (ententeProcess != null) {
      String how = " (-Xmx" + options.processHeap() + ", " + options.processThreads()
          + " thread" + (options.processThreads() == 1 ? "" : "s") + ", median of "
          + options.repeat() + ")";
      String archive = Bench.ARCHIVED.equals(ententeProcess.pipeline())
          ? ", its AppCDS archive mapped" : "";
      process(b, "entente as one process, extract " + String.join(" ",
          Bench.LAUNCHER_JVM_OPTIONS) + archive + how, ententeProcess);
      row(b, "entente process, time to first result", "%.1f s",
          ententeProcess.firstResultSeconds());
      process(b, "plain CoreNLP as one process" + how, plainProcess);
      if (!Double.isNaN(processSpeedup())) {
        row(b, "whole-process ratio, plain CoreNLP / entente", "%.2fx", processSpeedup());
      }
    }
    return b.toString();
  }

  private static void process(StringBuilder b, String name, ProcessRun run) {
    if (run.failure() != null) {
      row(b, name, "failed: %s", run.failure());
    } else {
      row(b, name, "%.1f s", run.seconds());
    }
  }

  private static void throughput(StringBuilder b, Throughput t) {
    row(b, t.pipeline() + ", " + t.threads() + " thread" + (t.threads() == 1 ? "" : "s"),
        "%.2f docs/s, %.0f tokens/s", t.documentsPerSecond(), t.tokensPerSecond());
  }

  private static void row(StringBuilder b, String name, String format, Object... args) {
    b.append("| ").append(name).append(" | ")
        .append(String.format(Locale.ROOT, format, args)).append(" |\n");
  }

  /** Collects the figures as the phases end. */
  static final class Builder {
    private final int documents;
    private final long tokens;
    private final Bench.Options options;
    private double loadSeconds;
    private double coldStartSeconds;
    private Throughput ententeOne;
    private Throughput ententeAll;
    private long peakUsed;
    private long peakLive;
    private double baselineLoadSeconds = Double.NaN;
    private Throughput baseline;
    private String baselineFailure;
    private Map<String, Double> annotatorShares = Map.of();
    private ProcessRun ententeProcess;
    private ProcessRun plainProcess;

    Builder(int documents, long tokens, Bench.Options options) {
      this.documents = documents;
      this.tokens = tokens;
      this.options = options;
    }

    void loadSeconds(double s) {
      loadSeconds = s;
    }

    void coldStartSeconds(double s) {
      coldStartSeconds = s;
    }

    void ententeOne(Throughput t) {
      ententeOne = t;
    }

    Throughput ententeOne() {
      return ententeOne;
    }

    void ententeAll(Throughput t) {
      ententeAll = t;
    }

    Throughput ententeAll() {
      return ententeAll;
    }

    void heap(long used, long live) {
      peakUsed = used;
      peakLive = live;
    }

    void baselineLoadSeconds(double s) {
      baselineLoadSeconds = s;
    }

    void baseline(Throughput t) {
      baseline = t;
    }

    void baselineFailure(String why) {
      baselineFailure = why;
    }

    Throughput baseline() {
      return baseline;
    }

    void annotatorShares(Map<String, Double> shares) {
      annotatorShares = shares;
    }

    void processes(ProcessRun entente, ProcessRun plain) {
      ententeProcess = entente;
      plainProcess = plain;
    }

    BenchReport build() {
      return new BenchReport(documents, tokens, options, loadSeconds, coldStartSeconds,
          requireNonNull(ententeOne), requireNonNull(ententeAll), peakUsed, peakLive,
          baselineLoadSeconds, baseline, baselineFailure, annotatorShares, ententeProcess,
          plainProcess);
    }
  }
}
