package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.Document;
import org.entente.Extraction;
import org.entente.ExtractionException;
import org.entente.Extractor;
import org.entente.Failure;
import org.entente.RejectedQuote;
import org.entente.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract [--out FILE [--resume]] [PATH...]}: one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract from text files or folders (their .txt files, sorted), or standard "
        + "input when no PATH is given; writes one JSON line per document.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "Text files or folders of .txt files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the output here, not to stdout: one complete line per document, "
          + "flushed as it is done. The file is locked while it is written: a second run "
          + "writing it is refused.")
  Path out;

  @Option(names = "--resume",
      description = "Continue an interrupted run into --out: skip the documents whose ids are "
          + "in FILE already, drop a torn last line, append the rest (JSON only).")
  boolean resume;

  /** Output formats; {@code summary} is the older name of {@code table}. */
  enum Format { json, table, summary, csv }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json: JSON Lines, the default; table (alias summary): aligned readable "
          + "text per document; csv: one row per quote and stance with a header line "
          + "(document,record,kind,actor,target,text,begin,end,cue,confidence). "
          + "Valid values: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--rejected-quotes", paramLabel = "FILE",
      description = "Also write here, one tab-separated line each, the quoted words not taken "
          + "as quotes and why (document, begin, end, reason, text): headlines, titles and "
          + "names, scare quotes, words under a cancelled speech verb. Analyses each file a "
          + "second time.")
  Path rejectedQuotes;

  @Mixin InputOptions input;

  @Mixin ExtractorOptions options;

  private Integer threads;

  @Spec CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all available processors).")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
    }
    threads = n;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> files = input.files(paths, spec);
    if (resume && (out == null || format != Format.json)) {
      throw new ParameterException(spec.commandLine(),
          "--resume needs --out FILE and the json format");
    }
    Extractor.Builder builder = options.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    int limit = options.maxChars();
    try (OutputFile file = out == null ? null : open()) {
      int failed = 0;
      if (file != null && resume) {
        Set<String> done = file.done().ids();
        failed = file.done().failures();
        int before = files.size();
        files = files.stream().filter(f -> !done.contains(f.getFileName().toString())).toList();
        System.err.printf("extract: resuming %s: %d of %d documents done, %d to go%n",
            out, before - files.size(), before, files.size());
        if (files.isEmpty()) {
          return failed == 0 ? 0 : 1;
        }
      }
      if (paths.isEmpty() && Inputs.isTerminal()) {
        System.err.println("extract: reading one article from standard input; end it with "
            + "Ctrl-D (or give files or folders; --help for more)");
      }
      OutputStream os = file == null ? System.out : file.stream();
      PrintWriter w = new PrintWriter(new OutputStreamWriter(os, UTF_8), false);
      failed += run(options.build(builder), w, files, limit);
      w.flush();
      return failed == 0 ? 0 : 1;
    }
  }

  private OutputFile open() throws IOException {
    try {
      return OutputFile.open(out, resume);
    } catch (OutputFile.BusyException | OutputFile.CorruptException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Extracts and writes, one flushed line per document; returns how many failed. */
  private int run(Extractor built, PrintWriter w, List<Path> files, int limit) {
    int failed = 0;
    try (Extractor extractor = built;
        Progress progress = Progress.of("extract", files.size())) {
      if (format == Format.csv) {
        w.print(CsvRows.header());
      }
      Stream<Result> results = paths.isEmpty()
          ? Stream.of(stdin(extractor, limit))
          : extractor.extractAll(files.stream(), input.loader(limit));
      try (results) {
        for (Result r : (Iterable<Result>) results::iterator) {
          if (r instanceof Failure) {
            failed++;
          }
          w.print(render(r));
          w.flush(); // each document's line reaches the file as soon as it is done
          progress.step();
        }
      }
      if (rejectedQuotes != null) {
        writeRejected(extractor, files, limit);
      }
    }
    return failed;
  }

  /** The rejected quotations of each file, for {@code --rejected-quotes}. */
  private void writeRejected(Extractor extractor, List<Path> files, int limit) {
    List<String> lines = new ArrayList<>();
    for (Path f : files) {
      String id = f.getFileName().toString();
      try {
        String text = Inputs.text(Inputs.readUtf8(f, limit), input.html);
        for (RejectedQuote r : extractor.rejectedQuotes(text)) {
          lines.add(String.join("\t", id, String.valueOf(r.span().begin()),
              String.valueOf(r.span().end()), r.reason(),
              r.span().text().replaceAll("\\s+", " ")));
        }
      } catch (IOException | ExtractionException e) {
        lines.add(String.join("\t", id, "-1", "-1", "FAILED", String.valueOf(e.getMessage())));
      }
    }
    try {
      Files.write(rejectedQuotes, lines, UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + rejectedQuotes, e);
    }
  }

  private Result stdin(Extractor extractor, int limit) {
    try {
      String text = Inputs.text(Inputs.readUtf8(System.in, limit), input.html);
      return extractor.tryExtract(new Document("stdin", text, input.date));
    } catch (IOException | ExtractionException e) {
      return Failure.of("stdin", e);
    }
  }

  private String render(Result r) {
    if (format == Format.csv) {
      return CsvRows.of(r);
    }
    boolean table = format == Format.table || format == Format.summary;
    return (table && r instanceof Extraction x ? x.summary() : r.toJson()) + System.lineSeparator();
  }
}
