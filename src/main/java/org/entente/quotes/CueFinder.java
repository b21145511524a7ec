package org.entente.quotes;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.QuoteRules.Cue;
import org.entente.lexicon.QuoteRules.CueFlag;

/** Tells speech-cue verbs apart, by lemma, part of speech and particle. */
final class CueFinder {
  private final DocView v;
  private final QuoteRules rules;

  CueFinder(DocView v, QuoteRules rules) {
    this.v = v;
    this.rules = rules;
  }

  /** The cue of token {@code t} of sentence {@code s} when it is a verb with that flag, or null. */
  Cue cue(int s, int t, CueFlag flag) {
    if (!v.tag(s, t).startsWith("VB")) {
      return null;
    }
    List<Cue> cues = rules.cues(v.lemma(s, t));
    if (cues.isEmpty()) {
      return null;
    }
    IndexedWord w = v.node(s, t);
    for (Cue c : cues) {
      if (!c.flags().contains(flag)) {
        continue;
      }
      if (c.particle() == null || w != null && v.children(s, w, "compound:prt").stream()
          .anyMatch(p -> p.word().toLowerCase(Locale.ROOT).equals(c.particle()))) {
        return c;
      }
    }
    return null;
  }

  /** Whether token {@code t} of sentence {@code s} is a speech-cue verb of any flag. */
  boolean anyCue(int s, int t) {
    for (CueFlag flag : CueFlag.values()) {
      if (cue(s, t, flag) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb that cancels speech ("refrained from calling") governs {@code w}; a negated
   * one does not ("did not hesitate to criticize").
   */
  boolean blocked(int s, IndexedWord w) {
    IndexedWord p = v.parent(s, w);
    for (int hop = 0; hop < 3 && p != null; hop++) {
      if (rules.isBlocker(v.lemma(s, p.index() - 1)) && v.children(s, p, "neg").isEmpty()
          && v.children(s, p, "advmod").stream().noneMatch(c -> c.word().equalsIgnoreCase("not")
              || c.word().equalsIgnoreCase("n't") || c.word().equalsIgnoreCase("never"))) {
        return true;
      }
      p = v.parent(s, p);
    }
    return false;
  }

  /**
   * Where an "according to" phrase starts at token {@code t}: the index one past the phrase, or
   * -1 when none starts there.
   */
  int accordingTo(int s, int t) {
    int n = v.tokens.get(s).size();
    for (List<String> phrase : rules.accordingTo()) {
      if (t + phrase.size() > n) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < phrase.size() && ok; i++) {
        ok = v.token(s, t + i).word().toLowerCase(Locale.ROOT).equals(phrase.get(i));
      }
      if (ok) {
        return t + phrase.size();
      }
    }
    return -1;
  }
}
