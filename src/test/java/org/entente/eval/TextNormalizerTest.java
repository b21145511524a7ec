package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void lowerCasesDropsPunctuationAndFoldsSpaceButKeepsPercentAndDollar() {
    assertEquals("hello world 31% of $5",
        TextNormalizer.normalize("\u201cHello,\t World!\u201d \u2013 31% of $5\n"));
  }

  @Test
  void appliesNfkcBeforeLowerCasing() {
    assertEquals("ab 12", TextNormalizer.normalize("\uff21\uff22 \uff11\uff12"));
    assertEquals("caf\u00e9", TextNormalizer.normalize("Cafe\u0301"));
  }

  @Test
  void followsPythonWordClassNotJavas() {
    // Underscore is a word character; a combining mark without a precomposed form is not.
    assertEquals("a_b", TextNormalizer.normalize("a_b"));
    assertEquals("x y", TextNormalizer.normalize("x\u0301y"));
  }

  @Test
  void nullAndPunctuationOnlyAreEmpty() {
    assertEquals("", TextNormalizer.normalize(null));
    assertEquals("", TextNormalizer.normalize(" \u201c!\u201d "));
    assertEquals(List.of(), TextNormalizer.words(""));
    assertEquals(List.of("a", "b"), TextNormalizer.words("a b"));
  }
}
