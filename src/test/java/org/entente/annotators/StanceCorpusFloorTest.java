package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.Extraction;
import org.entente.SharedExtractor;
import org.entente.eval.Field;
import org.entente.eval.GoldReader;
import org.entente.eval.Prf;
import org.entente.eval.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The floor the stance rules must keep on the dev corpus (beside the clone; skipped when absent).
 * The floor sits a little under the measured figure so that unrelated changes to actor
 * resolution do not fail it; a real regression in the rules does.
 */
class StanceCorpusFloorTest {
  private static final double STRICT_FLOOR = 0.45;
  private static final double LENIENT_FLOOR = 0.55;

  @Test
  void stancesStayAboveTheFloor() throws IOException {
    Path corpus = Path.of(System.getProperty("entente.corpus", "../shared/corpus"));
    assumeTrue(Files.isDirectory(corpus.resolve("gold")), "no dev corpus at " + corpus);
    List<Extraction> out = new ArrayList<>();
    try (Stream<Path> texts = Files.list(corpus.resolve("texts"))) {
      for (Path p : texts.sorted().toList()) {
        out.add(SharedExtractor.get().extract(p.getFileName().toString(), Files.readString(p)));
      }
    }
    var report = Scorer.scoreExtractions(GoldReader.readCorpus(corpus), out);
    Prf strict = report.figures(Field.STANCES);
    Prf lenient = report.figures(Field.STANCES_LENIENT);
    assertTrue(strict.f1() >= STRICT_FLOOR, () -> "stances " + strict);
    assertTrue(lenient.f1() >= LENIENT_FLOOR, () -> "stances.lenient " + lenient);
  }
}
