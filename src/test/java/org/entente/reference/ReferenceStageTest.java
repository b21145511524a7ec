package org.entente.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Actor;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.SharedExtractor;
import org.entente.Span;
import org.junit.jupiter.api.Test;

/**
 * The reference stage resolves personal pronouns once, for both pipeline profiles: "he" and
 * "his" become mentions of the person they stand for, but not the "his" of a title the actor
 * stage read ("his counterpart").
 */
class ReferenceStageTest {
  /** Test text of our own. */
  private static final String TEXT = "Emmanuel Macron arrived in Berlin on Monday.\n"
      + "He met Olaf Scholz, and his aides said the talks went well.\n";

  private static List<String> mentions(Extraction x, String id) {
    Actor a = x.actors().stream().filter(y -> y.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + x.actors()));
    return a.mentions().stream().map(Span::text).toList();
  }

  @Test
  void pronounsResolveToThePersonNamedBefore() {
    Extraction x = SharedExtractor.get().extract(TEXT);
    List<String> macron = mentions(x, "emmanuel-macron");
    assertTrue(macron.contains("He"), macron.toString());
  }

  @Test
  void bothProfilesGiveThePronouns() {
    Extraction full = SharedExtractor.get().extract(TEXT);
    try (Extractor entities = Extractor.builder().profile(Extractor.Profile.ENTITIES).threads(1)
        .build()) {
      Extraction x = entities.extract(TEXT);
      // The full profile adds the unnamed speakers of its quotes; the named actors are the same.
      assertEquals(full.actors().stream().filter(a -> !a.anonymous()).toList(), x.actors());
      assertTrue(mentions(x, "olaf-scholz").contains("his"), x.actors().toString());
    }
  }
}
