package org.entente;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Weakly labelled texts from outside the corpus ({@link StanceTrainer#prepareMarked}), on texts
 * written for this test: a marked target labels the pairs the sentence's own holder proposes
 * towards it, and only those.
 */
class StanceTrainerTest {
  private static final class Trainer {
    static final StanceTrainer INSTANCE = new StanceTrainer(Extractor.builder(),
        Path.of("models/stances/polarity-model.tsv"));
  }

  private static final String TEXT = "Sweden condemned the blockade imposed by Belarus.";

  private static StanceTrainer.Marked belarus(Polarity p, Set<String> codes, Set<String> names) {
    int at = TEXT.indexOf("Belarus");
    return new StanceTrainer.Marked(at, at + "Belarus".length(), null, p, codes, names);
  }

  @Test
  void aMarkedTargetLabelsItsSentencesHolder() {
    StanceTrainer.Doc d = Trainer.INSTANCE.prepareMarked("a", TEXT,
        List.of(belarus(Polarity.OPPOSE, Set.of(), Set.of())));
    assertEquals(1, d.pairs());
    assertArrayEquals(new int[] {0, 1}, d.goldCounts());
    assertEquals("CLAUSE_SUBJECT", d.routeOf("SWE", "BLR"));
  }

  @Test
  void aNeutralMarkLabelsNoStance() {
    StanceTrainer.Doc d = Trainer.INSTANCE.prepareMarked("b", TEXT,
        List.of(belarus(null, Set.of(), Set.of())));
    assertEquals(1, d.pairs());
    assertArrayEquals(new int[] {0, 0}, d.goldCounts());
  }

  @Test
  void theHolderMustBeTheOneTheMarkNames() {
    StanceTrainer t = Trainer.INSTANCE;
    assertEquals(0, t.prepareMarked("c", TEXT,
        List.of(belarus(Polarity.SUPPORT, Set.of("NOR"), Set.of("Norway")))).pairs());
    assertArrayEquals(new int[] {1, 0}, t.prepareMarked("d", TEXT,
        List.of(belarus(Polarity.SUPPORT, Set.of("SWE"), Set.of()))).goldCounts());
    assertArrayEquals(new int[] {1, 0}, t.prepareMarked("e", TEXT,
        List.of(belarus(Polarity.SUPPORT, Set.of(), Set.of("Sweden")))).goldCounts());
  }

  @Test
  void aBlankHolderTextNamesNoHolder() {
    // an empty text is inside every name: it must not let Sweden through for Norway
    assertEquals(0, Trainer.INSTANCE.prepareMarked("g", TEXT,
        List.of(belarus(Polarity.SUPPORT, Set.of("NOR", " "), Set.of("", " ")))).pairs());
    assertEquals(Set.of("NOR"), belarus(null, Set.of("NOR", ""), Set.of()).holderCodes());
  }

  @Test
  void anUnmarkedTargetGivesNothing() {
    assertEquals(0, Trainer.INSTANCE.prepareMarked("f", TEXT, List.of()).pairs());
  }
}
