package org.entente.quotes;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.QuoteRules;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;

/**
 * A speech cue's subject that describes a source that is no person without naming an actor:
 * a noun of {@code source-nouns.txt} with a determiner, a possessor, a number or an adjective
 * ("the editorial board", "one commenter", "the paper's website"), or a bare plural
 * ("protesters"). It stands for the organisation named in the sentences before whose name holds
 * the noun ("the ministry" after "the Ministry of Foreign Affairs"), else for an unnamed source.
 */
final class DescribedSource {
  /** How many sentences back an organisation whose name holds the noun may be named. */
  static final int WINDOW = 6;

  private DescribedSource() {}

  /** Whether the noun phrase headed by {@code head} describes a source. */
  static boolean is(DocView v, QuoteRules rules, int s, IndexedWord head) {
    int t = head.index() - 1;
    String tag = v.tag(s, t);
    if (!tag.equals("NN") && !tag.equals("NNS") || !rules.isSourceNoun(v.lemma(s, t))) {
      return false;
    }
    return tag.equals("NNS") || !v.children(s, head, "det").isEmpty()
        || !v.children(s, head, "nmod:poss").isEmpty() || !v.children(s, head, "amod").isEmpty()
        || !v.children(s, head, "nummod").isEmpty();
  }

  /**
   * The organisation named last within {@link #WINDOW} sentences before token t of sentence s
   * whose name holds the noun's lemma as a word, or null; {@code resolved} are the mentions the
   * speaker resolver noted (an earlier description resolved so).
   */
  static String organisationBefore(DocView v, List<Mention> resolved, int s, int t) {
    String before = organisationBefore(v, resolved, s, t, true);
    return before != null ? before : organisationBefore(v, resolved, s, t, false);
  }

  /** How many sentences after a description with no antecedent its organisation may be named. */
  static final int AHEAD = 2;

  /**
   * {@link #organisationBefore} looking back, or, when {@code back} is false, forward: a lede's
   * "the ministry said" before the line that names it ("..., China's foreign ministry said"),
   * the first organisation named within {@link #AHEAD} sentences after whose name holds the
   * noun.
   */
  private static String organisationBefore(DocView v, List<Mention> resolved, int s, int t,
      boolean back) {
    String lemma = v.lemma(s, t).toLowerCase(Locale.ROOT);
    String found = null;
    Mention last = null;
    List<Mention> all = new ArrayList<>(v.mentions);
    all.addAll(resolved); // descriptions resolved before ("the ministry" again, further on)
    for (Mention m : all) {
      boolean before = m.sentence() < s || m.sentence() == s && m.tokenEnd() <= t;
      if (back ? !before || s - m.sentence() > WINDOW
          : m.sentence() <= s || m.sentence() - s > AHEAD) {
        continue;
      }
      Entity e = v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.ORGANIZATION && e.name() != null
          && java.util.Arrays.asList(e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
              .contains(lemma) && (last == null || (back ? m.begin() > last.begin()
                  : m.begin() < last.begin()))) {
        found = e.id();
        last = m;
      }
    }
    return found;
  }
}
