package org.entente;

/**
 * Masks over-long words before CoreNLP reads them. The NER classifier's memory grows with the
 * square of a token's length (one 35,000-character "word" runs a 2 GB heap out of memory), and
 * cutting such a run into many long tokens still costs the tagger, NER and parser seconds per
 * thousand characters. A run of more than {@link #MAX} characters without a blank (a pasted blob,
 * base64, a runaway URL) is no word of any language, so it is blanked out: the text keeps its
 * length, every offset still points into the caller's text, and only a span that covers such a
 * run shows the blanks.
 */
final class LongWords {
  /** The longest run of non-blank characters CoreNLP is given. */
  static final int MAX = 256;

  private LongWords() {}

  /** {@code text} itself when no run is over {@link #MAX}, else a copy with such runs blanked. */
  static String mask(String text) {
    StringBuilder out = null;
    int start = 0; // of the current run of non-blank characters
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !isBlank(text.charAt(i))) {
        continue;
      }
      if (i - start > MAX) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int k = start; k < i; k++) {
          out.setCharAt(k, ' ');
        }
      }
      start = i + 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
