package org.entente.eval;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * score.py's {@code quote_matches}: a system quote matches a gold quote when the normalised gold
 * text is a substring of the normalised system text, or when at least half of the gold words
 * (counted with repeats) are among the system's words and the system quote has at most
 * {@code 4 * goldWords + 10} distinct words, so that a whole paragraph cannot match every short
 * quote inside it by sharing common words.
 */
public final class QuoteMatcher {
  private QuoteMatcher() {}

  /**
   * Whether {@code systemText} matches {@code goldText}; null texts match nothing.
   *
   * @param systemText a quote's text as the system gives it, or null
   * @param goldText the gold quote's text, or null
   * @return true if they match by the rule above
   */
  public static boolean matches(String systemText, String goldText) {
    String g = TextNormalizer.normalize(goldText);
    String s = TextNormalizer.normalize(systemText);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    if (s.contains(g)) {
      return true;
    }
    List<String> gw = TextNormalizer.words(g);
    ImmutableSet<String> sw = ImmutableSet.copyOf(TextNormalizer.words(s));
    long shared = gw.stream().filter(sw::contains).count();
    return shared >= 0.5 * gw.size() && sw.size() <= 4 * gw.size() + 10;
  }
}
