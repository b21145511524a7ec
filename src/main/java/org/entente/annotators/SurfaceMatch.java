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
   * of case, everything else exactly.
   */
  static List<SurfaceMatch> find(String text, List<CoreLabel> tokens, SurfaceIndex index) {
    List<SurfaceMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      SurfaceMatch m = longestAt(text, tokens, i, index);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.tokenEnd();
      }
    }
    return out;
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
