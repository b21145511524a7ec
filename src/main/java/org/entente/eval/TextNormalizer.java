package org.entente.eval;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Locale;

/**
 * score.py's {@code norm_text}: NFKC, lower case, every character that is neither a word
 * character, white space, {@code %} nor {@code $} made a space, white space folded.
 *
 * <p>Java's {@code \w} disagrees with Python's (Python's has no combining marks), so the class is
 * spelt out here, code point by code point. White space needs no class of its own: it and
 * everything else outside {@code [\w%$]} end up as word separators either way.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * The normalised text; empty for null.
   *
   * @param s the text, or null
   * @return the normalised text: words separated by single spaces, no leading or trailing space
   */
  public static String normalize(String s) {
    String lower = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean pendingSpace = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isWord(cp) || cp == '%' || cp == '$') {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else {
        // Punctuation becomes a space and runs of spaces fold into one: " ".join(s.split()).
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /**
   * The words of a normalised text ({@code s.split()}).
   *
   * @param normalized a text as {@link #normalize} returns it
   * @return its words in order, repeats kept; empty for empty text
   */
  public static ImmutableList<String> words(String normalized) {
    return normalized.isEmpty()
        ? ImmutableList.of() : ImmutableList.copyOf(normalized.split(" "));
  }

  /** Python's {@code \w} on str: letters, numbers (all Unicode N categories) and underscore. */
  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
