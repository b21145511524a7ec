package org.entente.stances.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.entente.stances.Route;
import org.junit.jupiter.api.Test;

/**
 * Training on several sets of pairs, each with its own weights ({@link StanceTraining.Part}):
 * a set of weight 0 changes nothing, a set of weight above 0 moves the models, a tagged set
 * gets its own bias, and bad weights are refused. On pairs made up here.
 */
class TrainingPartsTest {
  private static Candidate pair(String... features) {
    return new Candidate("AAA", "BBB", 0, Route.CLAUSE_SUBJECT, 0, 10, -1, -1, 0, 3,
        ImmutableList.copyOf(new java.util.TreeSet<>(List.of(features))));
  }

  /** Corpus-like pairs: a praise cue supports, a blame cue opposes, a bare mention is none. */
  private static StanceTraining.Part corpus() {
    List<Candidate> cs = new ArrayList<>();
    List<Integer> ls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cs.add(pair("sl:praise", "route:CLAUSE_SUBJECT"));
      ls.add(1);
      cs.add(pair("sl:blame", "route:CLAUSE_SUBJECT"));
      ls.add(2);
      cs.add(pair("trel:obl", "route:CLAUSE_SUBJECT"));
      ls.add(0);
      cs.add(pair("trel:obl", "route:QUOTE_SPEAKER"));
      ls.add(0);
    }
    return StanceTraining.Part.plain(cs, ls);
  }

  /** Own-article-like pairs that say a quoted mention is a stance, always opposing. */
  private static List<Candidate> ownPairs() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cs.add(pair("trel:obl", "route:QUOTE_SPEAKER", "sl:praise"));
    }
    return cs;
  }

  private static List<Integer> ownLabels() {
    return java.util.Collections.nCopies(12, 2);
  }

  private static String text(StanceSieve.Models m) throws IOException {
    StringWriter w = new StringWriter();
    m.stance().write(w, List.of());
    m.direction().write(w, List.of());
    return w.toString();
  }

  @Test
  void aPartOfWeightZeroChangesNothing() throws IOException {
    StanceSieve.Models alone = StanceTraining.train(List.of(corpus()),
        LogisticModel.Settings.DEFAULT);
    for (boolean bias : new boolean[] {false, true}) {
      StanceSieve.Models withZero = StanceTraining.train(List.of(corpus(),
          StanceTraining.own(ownPairs(), ownLabels(), 0, 1, bias)),
          LogisticModel.Settings.DEFAULT);
      assertEquals(text(alone), text(withZero), "own pairs at weight 0, bias " + bias);
    }
  }

  @Test
  void ownPairsMoveBothModelsWithTheirWeight() {
    List<String> quotedPraise = pair("trel:obl", "route:QUOTE_SPEAKER", "sl:praise")
        .features();
    double[] before = StanceTraining.train(List.of(corpus()), LogisticModel.Settings.DEFAULT)
        .probabilities(quotedPraise);
    double[] light = StanceTraining.train(List.of(corpus(), StanceTraining.own(ownPairs(),
        ownLabels(), 0.3, 1, false)), LogisticModel.Settings.DEFAULT)
        .probabilities(quotedPraise);
    double[] heavy = StanceTraining.train(List.of(corpus(), StanceTraining.own(ownPairs(),
        ownLabels(), 3, 1, false)), LogisticModel.Settings.DEFAULT)
        .probabilities(quotedPraise);
    // probabilities: none, support, oppose. Opposing own pairs pull towards oppose, more so
    // the more they weigh.
    assertTrue(before[1] > before[2], "the corpus alone reads praise as support");
    assertTrue(light[2] > before[2] && heavy[2] > light[2], "oppose " + before[2] + " -> "
        + light[2] + " -> " + heavy[2]);
  }

  @Test
  void ownPairsWithTheirBiasLeaveTheirShareOfStancesToIt() {
    StanceSieve.Models m = StanceTraining.train(List.of(corpus(), StanceTraining.own(ownPairs(),
        ownLabels(), 1, 1, true)), LogisticModel.Settings.DEFAULT);
    double[] tagged = m.stance().probabilities(List.of(StanceTraining.OWN));
    double[] untagged = m.stance().probabilities(List.of());
    // All own pairs are stances: their bias leans to STANCE, the corpus's stays as it was.
    assertTrue(tagged[1] > untagged[1], "own bias " + tagged[1] + " vs " + untagged[1]);
    assertNotEquals(0, m.stance().size());
  }

  @Test
  void negativeNanOrInfiniteWeightsAreRefused() {
    for (double w : new double[] {-0.3, Double.NaN, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class,
          () -> StanceTraining.own(ownPairs(), ownLabels(), w, 1, false), "own " + w);
      assertThrows(IllegalArgumentException.class,
          () -> new StanceTraining.Part(ownPairs(), ownLabels(), w, 1, 1, null), "none " + w);
      assertThrows(IllegalArgumentException.class,
          () -> new StanceTraining.Part(ownPairs(), ownLabels(), 1, 1, w, null), "dir " + w);
      assertThrows(IllegalArgumentException.class,
          () -> new org.entente.StanceTrainer.Weights(w, false, 1, 0), "Weights own " + w);
      assertThrows(IllegalArgumentException.class,
          () -> new org.entente.StanceTrainer.Weights(1, false, w, 0), "Weights pos " + w);
    }
    assertThrows(IllegalArgumentException.class,
        () -> new org.entente.StanceTrainer.Weights(1, false, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> org.entente.StanceTrainer.Weights.DEFAULT.withOwn(-1));
    assertThrows(IllegalArgumentException.class,
        () -> new StanceTraining.Part(ownPairs(), List.of(1), 1, 1, 1, null));
  }
}
