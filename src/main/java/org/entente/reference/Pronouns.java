package org.entente.reference;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the personal pronouns "he", "she", "him", "her" and "his" to the person they most
 * likely mean: the first person named earlier in the pronoun's sentence, else the first person of
 * the nearest earlier sentence that names one (subjects come first in news English), looking back
 * at most three sentences; "according to X, ... He added" continues X's words. A pronoun on a
 * token the actor stage already read (a name, a title such as "his counterpart", a dateline,
 * page furniture) is left alone.
 */
final class Pronouns {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his");
  /** How many sentences before its own a pronoun looks back. */
  private static final int LOOK_BACK = 3;

  private Pronouns() {}

  /**
   * The pronoun mentions of a document.
   *
   * @param tokens the tokens, by sentence
   * @param mentions the actor stage's mentions (no pronouns among them)
   * @param actors the actors by id
   * @param claimed per sentence, the tokens the actor stage read; null when unknown
   * @return one mention per resolved pronoun, in text order
   */
  static List<Mention> resolve(List<List<CoreLabel>> tokens, List<Mention> mentions,
      Map<String, Entity> actors, List<BitSet> claimed) {
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < tokens.size(); s++) {
      List<CoreLabel> toks = tokens.get(s);
      BitSet taken = claimed != null && s < claimed.size() ? claimed.get(s) : null;
      for (int i = 0; i < toks.size(); i++) {
        CoreLabel tok = toks.get(i);
        // The actor stage's claims decide; without them, any mention's tokens. ("his" of "his
        // Russian counterpart" is claimed by no one: the title names the counterpart, "his" the
        // person before.)
        if (!PRONOUNS.contains(tok.word().toLowerCase(Locale.ROOT))
            || (taken != null ? taken.get(i) : covered(mentions, s, i))) {
          continue;
        }
        String id = antecedent(tokens, mentions, actors, s, i);
        if (id != null) {
          out.add(new Mention(id, s, i, i + 1, tok.beginPosition(), tok.endPosition(),
              Mention.Via.PRONOUN));
        }
      }
    }
    return out;
  }

  private static boolean covered(List<Mention> mentions, int s, int t) {
    for (Mention m : mentions) {
      if (m.covers(s, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean person(Map<String, Entity> actors, Mention m) {
    Entity e = actors.get(m.id());
    return m.via() != Mention.Via.PRONOUN && e != null && e.kind() == EntityKind.PERSON;
  }

  private static String antecedent(List<List<CoreLabel>> tokens, List<Mention> mentions,
      Map<String, Entity> actors, int s, int token) {
    for (int back = s; back >= 0 && back >= s - LOOK_BACK; back--) {
      Mention first = null;
      for (Mention m : mentions) {
        if (m.sentence() == back && (back < s || m.tokenEnd() <= token) && person(actors, m)
            && (first == null || m.tokenBegin() < first.tokenBegin())) {
          first = m;
        }
      }
      Mention source = back < s ? attributedSource(tokens.get(back), mentions, actors, back)
          : null;
      if (source != null) {
        return source.id(); // "according to X, ... He added" continues X's words
      }
      if (first != null) {
        return first.id();
      }
    }
    return null;
  }

  /** The person named right after "according to" in sentence {@code s}, if any. */
  private static Mention attributedSource(List<CoreLabel> toks, List<Mention> mentions,
      Map<String, Entity> actors, int s) {
    for (Mention m : mentions) {
      int t = m.tokenBegin();
      if (m.sentence() == s && t >= 2 && person(actors, m)
          && toks.get(t - 2).word().equalsIgnoreCase("according")
          && toks.get(t - 1).word().equalsIgnoreCase("to")) {
        return m;
      }
    }
    return null;
  }
}
