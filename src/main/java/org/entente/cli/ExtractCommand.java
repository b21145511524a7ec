package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.Document;
import org.entente.Extraction;
import org.entente.Failure;
import org.entente.Result;
import org.entente.ExtractionException;
import org.entente.Extractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract [--out FILE] [PATH...]}: one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract from text files or folders (their .txt files, sorted), or standard "
        + "input when no PATH is given; writes one JSON line per document.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "Text files or folders of .txt files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output here, not to stdout.")
  Path out;

  /** Output formats; {@code summary} is the older name of {@code table}. */
  enum Format { json, table, summary, csv }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json: JSON Lines, the default; table (alias summary): aligned readable "
          + "text per document; csv: one row per quote and stance with a header line "
          + "(document,record,kind,actor,target,text,begin,end,cue,confidence). "
          + "Valid values: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Mixin InputOptions input;

  @Mixin ExtractorOptions options;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all available processors).")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> files = input.files(paths, spec);
    Extractor.Builder builder = options.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    int limit = options.maxChars();
    int failed = 0;
    try (Extractor extractor = builder.build();
        PrintWriter w = writer();
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
          w.flush();
          progress.step();
        }
      }
    }
    return failed == 0 ? 0 : 1;
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

  private PrintWriter writer() throws IOException {
    OutputStream os = out == null ? System.out : Files.newOutputStream(out);
    return new PrintWriter(new java.io.OutputStreamWriter(os, UTF_8), false);
  }
}
