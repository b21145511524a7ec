package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.Document;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.Failure;
import org.entente.Result;
import org.entente.report.Article;
import org.entente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code report --out FILE PATH...}: one self-contained HTML page over the articles. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Extract from text files or folders (their .txt files, sorted) and write one "
        + "self-contained HTML page: a stance graph across all articles, who is quoted most, "
        + "and each article with its actors, quotes and highlighted stance evidence.",
        "Exits 1 when some file could not be read or extracted (it is named on stderr and left "
            + "out of the page)."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Text files or folders of .txt files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The HTML file to write (report.html).")
  Path out;

  @Mixin InputOptions input;

  @Mixin ExtractorOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> files = input.files(paths, spec);
    // The page shows each article's text, so the texts are read first and kept.
    Extractor.Loader<Path> loader = input.loader(options.maxChars());
    List<Document> docs = new ArrayList<>();
    int failed = 0;
    for (Path file : files) {
      try {
        docs.add(loader.load(file));
      } catch (Exception e) {
        failed += fail(Failure.of(loader.id(file), e));
      }
    }
    Extractor.Builder builder = options.builder();
    List<Article> articles = new ArrayList<>();
    try (Extractor extractor = options.build(builder);
        Progress progress = Progress.of("report", docs.size());
        Stream<Result> results = extractor.extractAll(docs)) {
      Iterator<Document> doc = docs.iterator();
      for (Result r : (Iterable<Result>) results::iterator) {
        String text = doc.next().text();
        if (r instanceof Extraction x) {
          articles.add(new Article(text, x));
        } else {
          failed += fail((Failure) r);
        }
        progress.step();
      }
    }
    Report.of(articles).write(out);
    System.err.printf("report: %d articles -> %s%n", articles.size(), out);
    return failed == 0 ? 0 : 1;
  }

  private static int fail(Failure f) {
    System.err.println("report: skipped " + f.toJson());
    return 1;
  }
}
