package org.entente.bench;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.entente.Document;
import org.entente.Extractor;
import org.entente.Failure;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times entente's default pipeline over a set of documents, on one thread and on {@code threads}
 * threads (through {@link Extractor#extractAll}), then plain CoreNLP over the same documents on
 * one thread. Run it first thing in a fresh JVM: the cold start it reports is the JVM's uptime at
 * the first result.
 */
public final class Bench {
  private static final Logger log = LoggerFactory.getLogger(Bench.class);

  /** The plain CoreNLP pipeline entente is compared with, at its default settings. */
  public static final String BASELINE_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /**
   * The JVM options the distribution's launcher ({@code src/dist/entente}) gives {@code
   * extract}, which the whole-process comparison gives the {@code extract} process: C1 only, as
   * C2's compiler threads cost a short job more CPU than they save.
   */
  public static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");
  /** The name of an {@code extract} process run that mapped a class-data archive. */
  static final String ARCHIVED = "entente extract, AppCDS archive";

  private final List<Document> docs;
  private final List<Path> files;
  private final Options options;
  private final long tokens;

  /**
   * Benchmark settings.
   *
   * @param threads threads of the all-cores run
   * @param warmup untimed passes over the documents before each pipeline's timed ones
   * @param repeat timed passes per measurement
   * @param baseline whether to run plain CoreNLP too (it needs a bigger heap and minutes)
   * @param processes whether to compare whole processes too: one {@code extract} process and
   *     one plain CoreNLP process over the files, each run {@code repeat} times
   * @param processHeap the {@code -Xmx} of those processes, such as {@code 2g}
   * @param processThreads the threads of each of those processes ({@code extract --threads},
   *     CoreNLP's {@code -threads})
   */
  public record Options(int threads, int warmup, int repeat, boolean baseline, boolean processes,
      String processHeap, int processThreads) {
    /**
     * Checks the counts.
     *
     * @param threads threads of the all-cores run; at least 1
     * @param warmup untimed passes per pipeline; at least 0
     * @param repeat timed passes per measurement; at least 1
     * @param baseline whether to run plain CoreNLP too
     * @param processes whether to compare whole processes too
     * @param processHeap the processes' maximum heap, in {@code -Xmx} syntax; not null
     * @param processThreads threads of each process; at least 1
     * @throws IllegalArgumentException if a count is out of range or the heap malformed
     */
    public Options {
      if (threads < 1 || warmup < 0 || repeat < 1 || processThreads < 1) {
        throw new IllegalArgumentException("threads, repeat >= 1, warmup >= 0");
      }
      if (!requireNonNull(processHeap, "processHeap").matches("[0-9]+[kKmMgG]?")) {
        throw new IllegalArgumentException("heap size like 2g expected: " + processHeap);
      }
    }

    /**
     * In-process figures only, with or without plain CoreNLP.
     *
     * @param threads threads of the all-cores run; at least 1
     * @param warmup untimed passes per pipeline; at least 0
     * @param repeat timed passes per measurement; at least 1
     * @param baseline whether to run plain CoreNLP too
     */
    public Options(int threads, int warmup, int repeat, boolean baseline) {
      this(threads, warmup, repeat, baseline, false, "2g", 1);
    }
  }

  /**
   * A benchmark over {@code docs}, which must not be empty. Counts their tokens up front.
   *
   * @param docs the documents of one pass; copied
   * @param options the settings to run with; not null
   * @throws IllegalArgumentException if {@code docs} is empty
   */
  public Bench(List<Document> docs, Options options) {
    this(docs, List.of(), options);
  }

  /**
   * A benchmark over {@code docs}, read from {@code files}, which the whole-process comparison
   * ({@link Options#processes()}) hands to the processes it starts.
   *
   * @param docs the documents of one pass; copied
   * @param files the files they were read from, in the same order
   * @param options the settings to run with; not null
   * @throws IllegalArgumentException if {@code docs} is empty, or the processes are to run and
   *     {@code files} is not one file per document
   */
  public Bench(List<Document> docs, List<Path> files, Options options) {
    this.files = ImmutableList.copyOf(files);
    if (options.processes() && files.size() != docs.size()) {
      throw new IllegalArgumentException("the whole-process runs need one file per document");
    }
    this.docs = ImmutableList.copyOf(docs);
    this.options = requireNonNull(options, "options");
    if (this.docs.isEmpty()) {
      throw new IllegalArgumentException("no documents to benchmark");
    }
    this.tokens = this.docs.stream().mapToLong(d -> countTokens(d.text())).sum();
  }

  /**
   * Runs every measurement; {@code progress} hears a line as each phase ends.
   *
   * @param progress receives a human-readable line after each phase, on the calling thread
   * @return the figures; a baseline that ran out of heap is reported in {@link
   *     BenchReport#baselineFailure()}
   */
  public BenchReport run(Consumer<String> progress) {
    BenchReport.Builder report = new BenchReport.Builder(docs.size(), tokens, options);
    try (HeapMeter heap = new HeapMeter()) {
      long t0 = System.nanoTime();
      try (Extractor one = Extractor.builder().threads(1).build()) {
        report.loadSeconds(seconds(t0));
        one.tryExtract(docs.get(0));
        report.coldStartSeconds(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        progress.accept(String.format("entente loaded in %.1f s", seconds(t0)));
        // A second extractor with the same properties reuses CoreNLP's cached models.
        try (Extractor all = Extractor.builder().threads(options.threads()).build()) {
          passes(all, options.warmup());
          progress.accept("entente warmed up");
          report.ententeOne(timed(one, 1));
          progress.accept(String.format("entente on 1 thread: %.1f s", report.ententeOne().seconds()));
          report.ententeAll(timed(all, options.threads()));
          progress.accept(String.format("entente on %d threads: %.1f s", options.threads(), report.ententeAll().seconds()));
          report.annotatorShares(annotatorShares());
          progress.accept("entente's time per annotator measured");
        }
      }
      report.heap(heap.peakUsed(), heap.peakLive());
    }
    if (options.processes()) {
      wholeProcesses(report, progress);
    }
    progress.accept("entente figures:\n" + report.build().toMarkdown());
    if (options.baseline()) {
      try {
        baseline(report, progress);
      } catch (OutOfMemoryError e) {
        report.baselineFailure("out of heap (" + (Runtime.getRuntime().maxMemory() >> 20)
            + " MB); its coref wants about 6 GB");
        progress.accept("plain CoreNLP ran out of heap");
      }
    }
    return report.build();
  }

  private void baseline(BenchReport.Builder report, Consumer<String> progress) {
    {
      // Free entente's cached models first, so the baseline's heap is its own.
      StanfordCoreNLP.clearAnnotatorPool();
      System.gc();
      long t0 = System.nanoTime();
      Properties p = new Properties();
      p.setProperty("annotators", BASELINE_ANNOTATORS);
      StanfordCoreNLP plain = new StanfordCoreNLP(p);
      report.baselineLoadSeconds(seconds(t0));
      progress.accept(String.format("plain CoreNLP loaded in %.1f s", seconds(t0)));
      for (int i = 0; i < options.warmup(); i++) {
        docs.forEach(d -> plain.annotate(new Annotation(d.text())));
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < options.repeat(); i++) {
        docs.forEach(d -> plain.annotate(new Annotation(d.text())));
      }
      report.baseline(new Throughput("plain CoreNLP", 1, (long) docs.size() * options.repeat(),
          tokens * options.repeat(), seconds(t1)));
      progress.accept(String.format("plain CoreNLP on 1 thread: %.1f s", report.baseline().seconds()));
    }
  }

  /**
   * Each annotator's share of one pass over the documents on one thread, in pipeline order: the
   * default pipeline's annotators, taken from CoreNLP's cache where the extractors left them,
   * each timed as it runs.
   */
  private Map<String, Double> annotatorShares() {
    Properties props = Extractor.builder().pipelineProperties();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    List<String> names = Stream.of(props.getProperty("annotators").split(","))
        .map(String::trim).toList();
    List<Annotator> annotators = names.stream().map(pipeline.pool::get).toList();
    long[] nanos = new long[names.size()];
    for (Document d : docs) {
      Annotation doc = new Annotation(d.text());
      for (int i = 0; i < annotators.size(); i++) {
        long t0 = System.nanoTime();
        annotators.get(i).annotate(doc);
        nanos[i] += System.nanoTime() - t0;
      }
    }
    double total = LongStream.of(nanos).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      shares.put(names.get(i), nanos[i] / total);
    }
    return shares;
  }

  /**
   * One {@code extract} process and one plain CoreNLP process over the files, alternately,
   * {@code repeat} times each, under the same heap and threads; the medians are reported, and
   * each round's times go to {@code progress}.
   */
  private void wholeProcesses(BenchReport.Builder report, Consumer<String> progress) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    String heap = "-Xmx" + options.processHeap();
    String threads = String.valueOf(options.processThreads());
    List<String> paths = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
    List<String> entente = new ArrayList<>(List.of(java, heap));
    entente.addAll(LAUNCHER_JVM_OPTIONS);
    entente.addAll(List.of("-cp", classPath, "org.entente.cli.Main", "extract", "--threads",
        threads));
    entente.addAll(paths);
    try {
      Path work = Files.createTempDirectory("entente-bench-");
      try {
        Path list = Files.write(work.resolve("files.txt"), paths);
        List<String> plain = List.of(java, heap, "-cp", classPath,
            "edu.stanford.nlp.pipeline.StanfordCoreNLP", "-annotators", BASELINE_ANNOTATORS,
            "-filelist", list.toString(), "-outputDirectory", work.toString(),
            "-outputFormat", "json", "-threads", threads);
        // As the launcher: the first extract writes an AppCDS archive of the classes it loaded,
        // the later ones map it (not timed; without an archive, as the first run of the
        // distribution, when the JVM cannot write one).
        Path archive = work.resolve("entente.jsa");
        List<String> writing = new ArrayList<>(entente);
        writing.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        ProcessRun first = ProcessRun.time("entente extract", writing);
        String name = "entente extract";
        if (first.failure() == null && Files.isRegularFile(archive)) {
          entente.add(1, "-XX:SharedArchiveFile=" + archive);
          name = ARCHIVED;
        }
        progress.accept(String.format("entente as a process, writing its class archive: %.1f s",
            first.seconds()));
        List<ProcessRun> ours = new ArrayList<>();
        List<ProcessRun> theirs = new ArrayList<>();
        for (int i = 0; i < options.repeat(); i++) {
          ours.add(ProcessRun.time(name, entente));
          progress.accept(String.format("entente as a process: %.1f s", ours.get(i).seconds()));
          theirs.add(ProcessRun.time("plain CoreNLP", plain));
          progress.accept(String.format("plain CoreNLP as a process: %.1f s%s",
              theirs.get(i).seconds(), theirs.get(i).failure() == null ? ""
                  : " (" + theirs.get(i).failure() + ")"));
        }
        report.processes(median(ours), median(theirs));
      } finally {
        try (Stream<Path> left = Files.walk(work)) {
          for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the whole-process comparison", e);
    }
  }

  /**
   * The median of the runs (the mean of the middle two for an even count), or the first failure.
   */
  static ProcessRun median(List<ProcessRun> runs) {
    for (ProcessRun r : runs) {
      if (r.failure() != null) {
        return r;
      }
    }
    return new ProcessRun(runs.get(0).pipeline(), median(runs, ProcessRun::seconds),
        median(runs, ProcessRun::firstResultSeconds), null);
  }

  private static double median(List<ProcessRun> runs, ToDoubleFunction<ProcessRun> f) {
    double[] v = runs.stream().mapToDouble(f).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private Throughput timed(Extractor extractor, int threads) {
    long t0 = System.nanoTime();
    passes(extractor, options.repeat());
    return new Throughput("entente", threads, (long) docs.size() * options.repeat(),
        tokens * options.repeat(), seconds(t0));
  }

  private void passes(Extractor extractor, int n) {
    for (int i = 0; i < n; i++) {
      try (Stream<Result> results = extractor.extractAll(docs)) {
        results.forEach(r -> {
          if (r instanceof Failure f) {
            log.warn("benchmark document {} failed: {}", f.id(), f.message());
          }
        });
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** PTB tokens, as CoreNLP's tokenizer counts them; the same count for both pipelines. */
  static long countTokens(String text) {
    PTBTokenizer<CoreLabel> t =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false");
    long n = 0;
    while (t.hasNext()) {
      t.next();
      n++;
    }
    return n;
  }
}
