package org.entente;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into chunks of at most a given length, at the last paragraph break (a blank
 * line, else a line break) of each chunk's second half, else after a sentence's full stop, else at
 * a blank, else anywhere but inside a surrogate pair. Linear in the text's length.
 */
final class Chunks {
  private Chunks() {}

  /** The offsets where chunks begin: the first is 0; a text of at most {@code max} is one chunk. */
  static List<Integer> starts(String text, int max) {
    List<Integer> starts = new ArrayList<>();
    int s = 0;
    while (true) {
      starts.add(s);
      if (text.length() - s <= max) {
        return starts;
      }
      s = cut(text, s, s + max);
    }
  }

  private static int cut(String text, int from, int limit) {
    int floor = from + (limit - from) / 2;
    for (String brk : BREAKS) {
      int i = lastIn(text, brk, floor, limit);
      if (i >= 0) {
        return i + brk.length();
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** Paragraph, line, sentence, word: the breaks tried in turn. */
  private static final String[] BREAKS = {"\n\n", "\n", ". ", " "};

  // String.lastIndexOf would scan back to the start of the text: quadratic over many chunks.
  private static int lastIn(String text, String brk, int floor, int limit) {
    for (int i = limit - brk.length(); i >= floor; i--) {
      if (text.startsWith(brk, i)) {
        return i;
      }
    }
    return -1;
  }
}
