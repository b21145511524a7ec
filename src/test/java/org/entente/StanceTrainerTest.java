package org.entente;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.stances.learn.StanceSieve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void aStackedModelIsWrittenWithItsFirstStageAndARetrainWithoutOneRemovesIt(@TempDir Path dir)
      throws java.io.IOException {
    List<StanceTrainer.Doc> docs = List.of(
        Trainer.INSTANCE.prepare("a", "Chile condemned the tariffs imposed by Argentina, and "
            + "Peru praised Argentina.", List.of(new StanceTrainer.Gold("CHL", "ARG",
            Polarity.OPPOSE), new StanceTrainer.Gold("PER", "ARG", Polarity.SUPPORT))),
        Trainer.INSTANCE.prepare("b", "Kenya welcomed the aid sent by Uganda.",
            List.of(new StanceTrainer.Gold("KEN", "UGA", Polarity.SUPPORT))),
        Trainer.INSTANCE.prepare("c", "Norway criticised the dam built by Sweden.",
            List.of(new StanceTrainer.Gold("NOR", "SWE", Polarity.OPPOSE))));
    List<StanceTrainer.Doc> ranked = StanceTrainer.rankedOutOfFold(docs, 3, 3e-3);
    assertEquals(docs.size(), ranked.size());
    StanceTrainer.Models plain = StanceTrainer.train(ranked, 3e-3, 0.5);
    StanceTrainer.Models stacked = StanceTrainer.withFirstStage(plain,
        StanceTrainer.firstStage(docs, 3e-3));
    StanceTrainer.write(stacked, 3e-3, dir);
    assertTrue(Files.isRegularFile(dir.resolve(StanceSieve.RANK_FILE)));
    assertNotNull(StanceSieve.of(dir.toString(), Double.NaN, null).models().first());
    StanceTrainer.write(plain, 3e-3, dir);
    assertFalse(Files.exists(dir.resolve(StanceSieve.RANK_FILE)),
        "a first stage left from an earlier training is removed");
  }

  @Test
  void ownDocumentsAtWeightZeroChangeNothingAndAboveItCount(@TempDir Path dir)
      throws java.io.IOException {
    List<StanceTrainer.Doc> docs = List.of(
        Trainer.INSTANCE.prepare("a", "Chile condemned the tariffs imposed by Argentina.",
            List.of(new StanceTrainer.Gold("CHL", "ARG", Polarity.OPPOSE))),
        Trainer.INSTANCE.prepare("b", "Kenya welcomed the aid sent by Uganda.",
            List.of(new StanceTrainer.Gold("KEN", "UGA", Polarity.SUPPORT))));
    List<StanceTrainer.Doc> own = List.of(Trainer.INSTANCE.prepare("o", "Norway praised the "
        + "dam built by Sweden, and Peru rejected the claims made by Bolivia.",
        List.of(new StanceTrainer.Gold("NOR", "SWE", Polarity.SUPPORT),
            new StanceTrainer.Gold("PER", "BOL", Polarity.OPPOSE))));
    StanceTrainer.ExtraData noExtra = new StanceTrainer.ExtraData(List.of(), 0, 0, false);
    StanceTrainer.Weights w = StanceTrainer.Weights.DEFAULT;
    StanceTrainer.write(StanceTrainer.train(docs, List.of(), noExtra, w, 3e-3, 0.5), 3e-3,
        dir.resolve("none"));
    StanceTrainer.write(StanceTrainer.train(docs, own, noExtra, w.withOwn(0), 3e-3, 0.5), 3e-3,
        dir.resolve("zero"));
    StanceTrainer.write(StanceTrainer.train(docs, own, noExtra, w.withOwn(0.3), 3e-3, 0.5),
        3e-3, dir.resolve("some"));
    for (String f : List.of("stance-model.tsv", "direction-model.tsv")) {
      String none = Files.readString(dir.resolve("none").resolve(f));
      assertEquals(none, Files.readString(dir.resolve("zero").resolve(f)), f);
      assertFalse(none.equals(Files.readString(dir.resolve("some").resolve(f))), f);
    }
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
