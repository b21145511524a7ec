package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Document;
import org.entente.bench.Bench;
import org.entente.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench [--threads N] [--warmup K] [--repeat R] [--no-baseline] PATH...}. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Benchmark entente's default pipeline over text files or folders: model "
        + "load, cold start, docs/s and tokens/s on 1 thread and on all cores, peak heap; then "
        + "plain CoreNLP (" + Bench.BASELINE_ANNOTATORS + ", default settings) on 1 thread "
        + "over the same documents, and the speed ratio. Prints a Markdown table.",
        "Run it in a fresh JVM; plain CoreNLP's coref wants a large heap (-Xmx6g). With "
            + "--processes it also times one extract process against one plain CoreNLP process "
            + "over the same files, start-up included."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or folders.")
  List<Path> paths = new ArrayList<>();

  int threads = Runtime.getRuntime().availableProcessors();
  int warmup = 1;
  int repeat = 1;

  @Spec CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads of the all-cores run (default: available processors).")
  void threads(int n) {
    threads = atLeast(1, n, "--threads");
  }

  @Option(names = "--warmup", paramLabel = "K",
      description = "Untimed passes before each pipeline's timed ones (default: 1).")
  void warmup(int k) {
    warmup = atLeast(0, k, "--warmup");
  }

  @Option(names = "--repeat", paramLabel = "R",
      description = "Timed passes per measurement (default: 1).")
  void repeat(int r) {
    repeat = atLeast(1, r, "--repeat");
  }

  private int atLeast(int min, int n, String option) {
    if (n < min) {
      throw new ParameterException(spec.commandLine(), option + " must be at least " + min
          + ": " + n);
    }
    return n;
  }

  @Option(names = "--no-baseline", negatable = false,
      description = "Skip plain CoreNLP.")
  boolean noBaseline;

  @Option(names = "--processes", negatable = false,
      description = "Also compare whole processes: one extract process and one plain CoreNLP "
          + "process (java -cp ... edu.stanford.nlp.pipeline.StanfordCoreNLP -filelist) over the "
          + "files, start-up included, alternately, --repeat times each; reports the medians.")
  boolean processes;

  @Option(names = "--process-heap", paramLabel = "SIZE",
      description = "-Xmx of those processes (default: 2g).")
  String processHeap = "2g";

  @Option(names = "--process-threads", paramLabel = "N",
      description = "Threads of each of those processes (default: 1).")
  int processThreads = 1;

  @Override
  public Integer call() throws IOException {
    List<Document> docs = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    List<Path> files = Inputs.expand(paths);
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no .txt file in " + paths);
    }
    for (Path f : files) {
      docs.add(Document.of(f.getFileName().toString(), Inputs.readUtf8(f)));
    }
    Bench.Options options;
    try {
      options = new Bench.Options(threads, warmup, repeat, !noBaseline, processes, processHeap,
          processThreads);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Bench bench = new Bench(docs, files, options);
    BenchReport report = bench.run(line -> System.err.println("bench: " + line));
    System.out.print(report.toMarkdown());
    return 0;
  }
}
