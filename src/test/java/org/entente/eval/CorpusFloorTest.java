package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.CorpusRun;
import org.junit.jupiter.api.Test;

/**
 * Floors on the dev corpus: the figures measured when each was set, less a margin of about
 * 0.015 for harmless drift. A drop below one is a regression to look at, not to paper over.
 */
class CorpusFloorTest {
  private static void atLeast(Field field, double floor) {
    ScoreReport r = CorpusRun.report();
    Prf f = r.figures(field);
    assertTrue(f.f1() >= floor, field.key() + " F1 " + f.f1() + " < floor " + floor
        + "\n" + String.join("\n", r.lines()));
  }

  @Test
  void actors() {
    atLeast(Field.ACTORS, 0.978); // measured 0.993 (P 1.000, R 0.986)
  }

  @Test
  void alliances() {
    atLeast(Field.ALLIANCES, 0.97); // measured 0.988 (P 1.000, R 0.977)
  }

  @Test
  void directQuotesWithTheirSpeaker() {
    atLeast(Field.QUOTES_E2E, 0.845); // measured 0.861 (P 0.887, R 0.836)
  }

  @Test
  void reportedSpeechWithItsSpeaker() {
    atLeast(Field.INDIRECT_E2E, 0.734); // measured 0.749 (P 0.812, R 0.694)
  }

  @Test
  void stances() {
    atLeast(Field.STANCES, 0.72); // measured 0.736 (P 0.965, R 0.596)
    atLeast(Field.STANCES_LENIENT, 0.785); // measured 0.799
  }
}
