package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
  @Test
  void goldContainedInSystemMatchesAfterNormalisation() {
    assertTrue(QuoteMatcher.matches("He called him his \u201cOld friend.\u201d", "old friend"));
  }

  @Test
  void containmentIsOnCharactersNotWords() {
    // As in score.py: "old friend" is a substring of "bold friendship".
    assertTrue(QuoteMatcher.matches("bold friendship", "old friend"));
  }

  @Test
  void halfTheGoldWordsMatch() {
    String gold = "we will explain our position"; // 5 words: 2.5 needed
    assertTrue(QuoteMatcher.matches("we will explain it", gold)); // 3 shared
    assertFalse(QuoteMatcher.matches("we explain nothing", gold)); // 2 shared
  }

  @Test
  void repeatedGoldWordsCountEachTime() {
    // Gold "no no no deal": 4 words, the 3 "no"s are all in the system text.
    assertTrue(QuoteMatcher.matches("no way", "no no no deal"));
  }

  @Test
  void longSystemQuotesAreCappedAtFourTimesGoldPlusTen() {
    String gold = "alpha beta"; // cap: 4 * 2 + 10 = 18 distinct system words
    assertTrue(QuoteMatcher.matches("alpha " + filler(17), gold));
    assertFalse(QuoteMatcher.matches("alpha " + filler(18), gold));
    // The cap does not apply to containment.
    assertTrue(QuoteMatcher.matches("alpha beta " + filler(40), gold));
  }

  @Test
  void emptyTextsMatchNothing() {
    assertFalse(QuoteMatcher.matches("anything", "\u2014!"));
    assertFalse(QuoteMatcher.matches(null, "old friend"));
  }

  private static String filler(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }
}
