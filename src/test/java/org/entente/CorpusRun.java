package org.entente;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.eval.GoldReader;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;

/**
 * The dev corpus ({@code ../shared/corpus}, or the {@code entente.corpus} system property),
 * extracted once per test JVM with the shared extractor and scored like score.py. The articles
 * are third-party text and stay outside the repository; without them the corpus tests skip.
 */
public final class CorpusRun {
  private CorpusRun() {}

  /** The corpus folder; the calling test is skipped, with a message, when it is absent. */
  public static Path corpus() {
    Path dir = Path.of(System.getProperty("entente.corpus", "../shared/corpus"));
    assumeTrue(Files.isDirectory(dir.resolve("texts")) && Files.isDirectory(dir.resolve("gold")),
        "dev corpus not found at " + dir.toAbsolutePath() + ": corpus tests skipped");
    return dir;
  }

  private static final class Holder {
    static final List<Extraction> EXTRACTIONS = run(corpus());
    static final ScoreReport REPORT = score(corpus(), EXTRACTIONS);
  }

  private static ScoreReport score(Path dir, List<Extraction> extractions) {
    try {
      return Scorer.scoreExtractions(GoldReader.readCorpus(dir), extractions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scores of the default extractor over the dev corpus. */
  public static ScoreReport report() {
    corpus();
    return Holder.REPORT;
  }

  /** The shared extractor's results over the corpus texts, sorted by file name, run one by one. */
  public static List<Extraction> extractions() {
    corpus();
    return Holder.EXTRACTIONS;
  }

  private static List<Extraction> run(Path dir) {
    try (Stream<Path> files = Files.list(dir.resolve("texts"))) {
      List<Extraction> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(SharedExtractor.get().extract(f.getFileName().toString(), text));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
