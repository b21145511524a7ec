package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
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

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of the articles, for resolving bare titles.")
  LocalDate date;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra gazetteer file laid over the bundled ones (repeatable).")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all available processors).")
  Integer threads;

  @Option(names = "--html",
      description = "Read every input as HTML (its text, through jsoup), and take .html/.htm "
          + "files from folders too. Without it, inputs that look like HTML are still detected.")
  boolean html;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest document accepted, in characters; longer ones get a too-large "
          + "error line (default: 5000000).")
  Integer maxChars;

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "Time budget per document and 100,000 characters begun; past it the "
          + "document gets a timeout error line (default: 120).")
  Double timeBudget;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    // A path that is not there is a usage error, found before the models load: exit 2.
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    List<Path> files = html ? Inputs.expand(paths, ".txt", ".html", ".htm")
        : Inputs.expand(paths);
    Extractor.Builder builder = Extractor.builder();
    gazetteers.forEach(builder::gazetteer);
    if (threads != null) {
      builder.threads(threads);
    }

    if (maxChars != null) {
      builder.maxChars(maxChars);
    }
    if (timeBudget != null) {
      builder.timeBudget(Duration.ofMillis(Math.round(timeBudget * 1000)));
    }
    int limit = maxChars == null ? Extractor.Builder.DEFAULT_MAX_CHARS : maxChars;
    int failed = 0;
    try (Extractor extractor = builder.build();
        PrintWriter w = writer();
        Progress progress = Progress.of("extract", files.size())) {
      if (format == Format.csv) {
        w.print(CsvRows.header());
      }
      Stream<Result> results = paths.isEmpty()
          ? Stream.of(stdin(extractor, limit))
          : extractor.extractAll(files.stream(), new FileLoader(date, html, limit));
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
      String text = Inputs.text(Inputs.readUtf8(System.in, limit), html);
      return extractor.tryExtract(new Document("stdin", text, date));
    } catch (IOException | ExtractionException e) {
      return Failure.of("stdin", e);
    }
  }

  /**
   * Reads a file as a document named for the file; a file too large, binary or not UTF-8 fails
   * with an error line, before it fills the memory.
   */
  private record FileLoader(LocalDate date, boolean html, int maxChars)
      implements Extractor.Loader<Path> {
    @Override
    public String id(Path file) {
      return file.getFileName().toString();
    }

    @Override
    public Document load(Path file) throws IOException {
      return new Document(id(file), Inputs.text(Inputs.readUtf8(file, maxChars), html), date);
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
