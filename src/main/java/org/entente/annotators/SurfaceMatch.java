package org.entente.annotators;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.Surface;
import org.entente.lexicon.SurfaceIndex;

/**
 * A gazetteer form found in a sentence.
 *
 * @param surface the form and what it names
 * @param tokenBegin first token (sentence index)
 * @param tokenEnd one past the last token
 * @param begin character offset of the start
 * @param end character offset of the end
 */
record SurfaceMatch(Surface surface, int tokenBegin, int tokenEnd, int begin, int end) {

  /**
   * The longest, left-to-right, non-overlapping gazetteer forms in a sentence. A form matches when
   * the text at a token's start equals it and it ends where a token ends; titles match regardless
   * of case, everything else exactly. A form hyphened on both sides to words no form begins
   * with is a piece of another word ("AU" of "PORT-AU-PRINCE"), no match.
   */
  static List<SurfaceMatch> find(String text, List<CoreLabel> tokens, SurfaceIndex index) {
    List<SurfaceMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      SurfaceMatch m = longestAt(text, tokens, i, index);
      if (m == null || insideCompound(text, m, index)) {
        i++;
      } else {
        out.add(m);
        i = m.tokenEnd();
      }
    }
    return out;
  }

  /**
   * Whether a form is hyphened to words on both sides that are no gazetteer forms themselves:
   * "AU" of "PORT-AU-PRINCE", not "UK" of "US-UK-Australia".
   */
  private static boolean insideCompound(String text, SurfaceMatch m, SurfaceIndex index) {
    String before = hyphened(text, m.begin(), -1);
    String after = hyphened(text, m.end(), 1);
    return before != null && after != null && index.startingWith(before).isEmpty()
        && index.startingWith(after).isEmpty();
  }

  /** The letters hyphened to offset {@code at} in direction {@code dir}, or null for none. */
  private static String hyphened(String text, int at, int dir) {
    int h = dir < 0 ? at - 1 : at;
    if (h < 0 || h >= text.length() || text.charAt(h) != '-') {
      return null;
    }
    int from = h + dir;
    int k = from;
    while (k >= 0 && k < text.length() && Character.isLetter(text.charAt(k))) {
      k += dir;
    }
    if (k == from) {
      return null;
    }
    return dir < 0 ? text.substring(k + 1, from + 1) : text.substring(from, k);
  }

  private static SurfaceMatch longestAt(
      String text, List<CoreLabel> tokens, int i, SurfaceIndex index) {
    String word = tokens.get(i).originalText();
    SurfaceMatch best = best(null, text, tokens, i, index.startingWith(word), false);
    String lower = word.toLowerCase(Locale.ROOT);
    return best(best, text, tokens, i, index.startingWith(lower), true);
  }

  private static SurfaceMatch best(SurfaceMatch best, String text, List<CoreLabel> tokens, int i,
      List<Surface> candidates, boolean titlesOnly) {
    int begin = tokens.get(i).beginPosition();
    for (Surface s : candidates) {
      if (titlesOnly != (s.kind() == Surface.Kind.TITLE)) {
        continue;
      }
      if (best != null && s.text().length() <= best.end() - best.begin()) {
        break; // candidates come longest first
      }
      int end = begin + s.text().length();
      if (!text.regionMatches(titlesOnly, begin, s.text(), 0, s.text().length())) {
        continue;
      }
      for (int j = i; j < tokens.size() && tokens.get(j).beginPosition() < end; j++) {
        if (tokens.get(j).endPosition() == end) {
          return new SurfaceMatch(s, i, j + 1, begin, end);
        }
      }
    }
    return best;
  }
}
