package org.entente.stances.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.entente.stances.Route;
import org.junit.jupiter.api.Test;

/**
 * Holder competition: how a pair's holder ranks, by first-stage score, among the holders its
 * target has in each of its sentences.
 */
class RivalsTest {
  private static Candidate cand(String holder, String target, int sentence,
      String... features) {
    return new Candidate(holder, target, sentence, Route.CLAUSE_SUBJECT, 0, 10, -1, -1, 0, 3,
        ImmutableList.copyOf(features));
  }

  private static List<String> ranks(Candidate c) {
    return c.features().stream().filter(f -> f.startsWith(Rivals.PREFIX)).toList();
  }

  @Test
  void bestStandingOverThePairsSentences() {
    // Sentence 0: three holders of TTT, AAA scored best, BBB just behind, CCC far behind.
    // Sentence 1: BBB the only holder of TTT; AAA the only holder of UUU.
    List<Candidate> raw = List.of(cand("AAA", "TTT", 0), cand("BBB", "TTT", 0),
        cand("CCC", "TTT", 0), cand("BBB", "TTT", 1), cand("AAA", "UUU", 1));
    double[] q = {0.6, 0.55, 0.1, 0.3, 0.2};
    List<Candidate> pairs = List.of(cand("AAA", "TTT", 0, "x"), cand("BBB", "TTT", 0),
        cand("CCC", "TTT", 0), cand("AAA", "UUU", 1), cand("DDD", "VVV", 2));
    List<Candidate> out = Rivals.ranked(pairs, raw, q);
    assertEquals(List.of("rk:s:1"), ranks(out.get(0)));
    assertEquals(List.of("rk:s:alone"), ranks(out.get(1)), "alone in one sentence beats "
        + "trailing in another");
    assertEquals(List.of("rk:s:2:.3+"), ranks(out.get(2)));
    assertEquals(List.of("rk:s:alone"), ranks(out.get(3)));
    assertEquals(List.of(), ranks(out.get(4)), "no sentence proposes it: no rank");
    assertTrue(out.get(0).features().contains("x"), "the pair's own features stay");
    assertEquals("CCC", out.get(2).holder());
  }

  @Test
  void aSentenceThatStatesNothingDoesNotCompete() {
    List<Candidate> raw = List.of(cand("AAA", "TTT", 0), cand("BBB", "TTT", 0, "question"));
    List<Candidate> out = Rivals.ranked(List.of(cand("AAA", "TTT", 0)), raw,
        new double[] {0.4, 0.9});
    assertEquals(List.of("rk:s:alone"), ranks(out.get(0)));
  }

  @Test
  void tiesGoToTheEarlierCandidateAndRankingTwiceRanksAfresh() {
    List<Candidate> raw = List.of(cand("AAA", "TTT", 0), cand("BBB", "TTT", 0));
    List<Candidate> pairs = List.of(cand("AAA", "TTT", 0), cand("BBB", "TTT", 0));
    List<Candidate> once = Rivals.ranked(pairs, raw, new double[] {0.5, 0.5});
    assertEquals(List.of("rk:s:1"), ranks(once.get(0)));
    assertEquals(List.of("rk:s:2:<.1"), ranks(once.get(1)));
    List<Candidate> twice = Rivals.ranked(once, raw, new double[] {0.2, 0.7});
    assertEquals(List.of("rk:s:2:.3+"), ranks(twice.get(0)));
    assertEquals(List.of("rk:s:1"), ranks(twice.get(1)));
  }

  @Test
  void scoresOfAnotherLengthAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Rivals.ranked(List.of(),
        List.of(cand("AAA", "TTT", 0)), new double[] {0.1, 0.2}));
  }
}
