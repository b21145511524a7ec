package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorTest {
  private final Extractor extractor = SharedExtractor.get();

  @Test
  void nullTextFailsAtOnce() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null));
  }

  @Test
  void blankTextGivesAnEmptyExtraction() {
    Extraction x = extractor.extract("d1", " \n\t ");
    assertEquals("d1", x.id());
    assertEquals("und", x.language());
    assertTrue(x.actors().isEmpty() && x.alliances().isEmpty());
  }

  @Test
  void textNotInEnglishSaysSoAndExtractsNothing() {
    Extraction x = extractor.extract("Le président russe a rencontré son homologue chinois à "
        + "Moscou mardi. Les deux dirigeants ont signé plusieurs accords sur l'énergie et le "
        + "commerce, selon le Kremlin.");
    assertEquals("fr", x.language());
    assertTrue(x.actors().isEmpty());
  }

  @Test
  void englishIsDetected() {
    Extraction x = extractor.extract("Australia and Japan agreed on Tuesday to deepen defence "
        + "ties, officials in Canberra said.");
    assertEquals("en", x.language());
    assertFalse(x.actors().isEmpty());
  }

  @Test
  void jsonRoundTripKeepsEverything() {
    Extraction x = extractor.extract("doc", "Vladimir Putin met NATO envoys in Moscow.");
    String json = x.toJson();
    assertEquals(x, Extraction.fromJson(json));
    assertTrue(json.contains("\"mentions\""), json);
  }

  @Test
  void resultsAreImmutable() {
    Extraction x = extractor.extract("Germany backed the plan.");
    assertThrows(UnsupportedOperationException.class, () -> x.actors().clear());
  }

  @Test
  void malformedJsonIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Extraction.fromJson("{\"id\": 3,"));
    assertTrue(e.getMessage().contains("Extraction"), e.getMessage());
  }
}
