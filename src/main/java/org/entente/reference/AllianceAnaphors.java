package org.entente.reference;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves "the alliance", "the bloc" and the like to the alliance named last, when it was named
 * in the same or one of the previous {@link #REACH} sentences.
 */
final class AllianceAnaphors {
  /** How many sentences before its own an anaphor looks back. */
  private static final int REACH = 2;

  private AllianceAnaphors() {}

  /**
   * The alliance mentions with the anaphors resolved to them.
   *
   * @param tokens the tokens, by sentence
   * @param named the alliance stage's mentions, in text order
   * @param nouns the anaphor nouns, lower case ("alliance", "bloc")
   * @return the named mentions and one per resolved anaphor, in text order
   */
  static List<Mention> resolve(List<List<CoreLabel>> tokens, List<Mention> named,
      Set<String> nouns) {
    if (named.isEmpty() || nouns.isEmpty()) {
      return named;
    }
    List<Mention> out = new ArrayList<>(named);
    int next = 0; // the first named mention not yet passed
    Mention last = null;
    for (int s = 0; s < tokens.size(); s++) {
      List<CoreLabel> toks = tokens.get(s);
      for (int t = 1; t < toks.size(); t++) {
        while (next < named.size() && before(named.get(next), s, t)) {
          last = named.get(next++);
        }
        if (last != null && s - last.sentence() <= REACH && isAnaphor(toks, t, nouns)) {
          CoreLabel the = toks.get(t - 1);
          CoreLabel noun = toks.get(t);
          out.add(new Mention(last.id(), s, t - 1, t + 1,
              the.beginPosition(), noun.endPosition(), Mention.Via.TITLE));
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }

  private static boolean before(Mention m, int s, int t) {
    return m.sentence() < s || m.sentence() == s && m.tokenEnd() <= t - 1;
  }

  // "the alliance" alone: not "the alliance of ...", nor part of a longer name.
  private static boolean isAnaphor(List<CoreLabel> tokens, int t, Set<String> nouns) {
    if (!nouns.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))
        || !tokens.get(t - 1).word().equalsIgnoreCase("the")) {
      return false;
    }
    if (t + 1 < tokens.size()) {
      String after = tokens.get(t + 1).word();
      return !after.equals("of") && !Character.isUpperCase(after.charAt(0));
    }
    return true;
  }
}
