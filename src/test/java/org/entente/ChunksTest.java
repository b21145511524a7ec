package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  private static void assertChunks(String text, int max, List<Integer> starts) {
    assertEquals(0, starts.get(0));
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      assertTrue(end > starts.get(i) && end - starts.get(i) <= max, "chunk " + i);
      assertFalse(Character.isLowSurrogate(text.charAt(starts.get(i))), "surrogate pair split");
    }
  }

  @Test
  void shortTextIsOneChunk() {
    assertEquals(List.of(0), Chunks.starts("Russia condemned the sanctions.", 100));
    assertEquals(List.of(0), Chunks.starts("", 100));
  }

  @Test
  void cutsAtParagraphBreaksFirst() {
    String p = "Japan and Australia agreed to deepen defence ties. India welcomed it.\n";
    String text = (p + "\n").repeat(40);
    List<Integer> starts = Chunks.starts(text, 500);
    assertChunks(text, 500, starts);
    for (int s : starts.subList(1, starts.size())) {
      assertEquals("\n\n", text.substring(s - 2, s), "cut after a blank line");
    }
  }

  @Test
  void fallsBackToSentencesWordsAndAnywhere() {
    String sentences = "Japan agreed. ".repeat(200);
    List<Integer> starts = Chunks.starts(sentences, 300);
    assertChunks(sentences, 300, starts);
    starts.subList(1, starts.size()).forEach(s -> assertEquals(". ",
        sentences.substring(s - 2, s)));
    String emoji = "\uD83D\uDE00".repeat(1_000);
    assertChunks(emoji, 301, Chunks.starts(emoji, 301));
  }

  @Test
  void isLinearOnTenMillionCharactersWithoutBreaks() {
    String text = "x".repeat(10_000_000);
    List<Integer> starts = Chunks.starts(text, 100_000);
    assertEquals(100, starts.size());
    assertChunks(text, 100_000, starts);
  }
}
