package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bounded word count behind the headline tests. */
class WordCountTest {
  @Test
  void countsWordsWithALetterOrDigitOnly() {
    String s = "  Talks resume — in 2025 , says envoy ";
    assertEquals(DirectQuotes.words(s), DirectQuotes.words(s, 0, s.length(), 100));
    assertEquals(6, DirectQuotes.words(s, 0, s.length(), 100));
  }

  @Test
  void countsWithinTheRangeOnly() {
    String s = "one two three four";
    assertEquals(2, DirectQuotes.words(s, 4, 13, 100));
  }

  @Test
  void stopsOnceOverTheCap() {
    String s = "word ".repeat(100_000);
    assertEquals(4, DirectQuotes.words(s, 0, s.length(), 3));
  }
}
