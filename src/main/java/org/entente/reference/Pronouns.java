package org.entente.reference;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Resolves the personal pronouns "he", "she", "him", "her" and "his" to the person they most
 * likely mean: the first person named earlier in the pronoun's sentence, else the first person of
 * the nearest earlier sentence that names one (subjects come first in news English), looking back
 * at most three sentences; "according to X, ... He added" continues X's words. An earlier
 * sentence's "he" or "she" counts as the person it was resolved to (the subject carries the topic
 * on); a person named inside a quotation is no antecedent of a pronoun outside it; a pronoun
 * right after a closing mark ("'...,' he said") skips the people its own sentence reports on. A
 * pronoun on a token the actor stage already read (a name, a title such as "his counterpart", a
 * dateline, page furniture) is left alone. For a speaking "he" or "she" left unresolved, a later stage asks
 * {@link #speakerBefore}: a longer look-back that prefers the person last shown speaking and skips
 * anyone the document's pronouns show to be of the other gender.
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
   * @param quotations the text's quotations: a person named inside one is no antecedent of a
   *     pronoun outside it ("'... because the mayor wants it,' he said")
   * @param graphs the basic dependency graphs by sentence (null where a sentence has none): an
   *     earlier sentence's subject is the antecedent before a person named first in a phrase
   * @return one mention per resolved pronoun, in text order
   */
  static List<Mention> resolve(List<List<CoreLabel>> tokens, List<Mention> mentions,
      Map<String, Entity> actors, List<BitSet> claimed, List<QuoteMarks.Span> quotations,
      List<SemanticGraph> graphs) {
    List<Mention> out = new ArrayList<>();
    // The named people and the subject pronouns resolved so far: "He claimed that ... Ruiz
    // '...'. '...,' he concluded" goes on with the first sentence's "he", not the name after it.
    List<Mention> candidates = new ArrayList<>(mentions);
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
        // "Meanwhile Ruiz was sending ... '...,' he said": a pronoun right after a closing
        // mark speaks the words before it; the people named there are what it reports on.
        int from = afterQuotation(toks, i, quotations) ? s - 1 : s;
        String id = antecedent(tokens, candidates, actors, graphs, s, i, from,
            outside(quotations, tok.beginPosition()));
        if (id != null) {
          Mention m = new Mention(id, s, i, i + 1, tok.beginPosition(), tok.endPosition(),
              Mention.Via.PRONOUN);
          out.add(m);
          if (SUBJECT_PRONOUNS.contains(tok.word().toLowerCase(Locale.ROOT))) {
            candidates.add(m);
          }
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

  /** Pronouns that stand as a clause's subject and so carry its topic on. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

  private static boolean person(Map<String, Entity> actors, Mention m) {
    Entity e = actors.get(m.id());
    return m.via() != Mention.Via.PRONOUN && e != null && e.kind() == EntityKind.PERSON;
  }

  /** Whether a mention's words hold a clause's subject in its sentence's graph. */
  private static boolean subject(List<SemanticGraph> graphs, Mention m) {
    SemanticGraph g = m.sentence() < graphs.size() ? graphs.get(m.sentence()) : null;
    if (g == null) {
      return false;
    }
    for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
      IndexedWord w = g.getNodeByIndexSafe(t + 1);
      IndexedWord up = w == null ? null : g.getParent(w);
      if (up != null && g.reln(up, w).toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** A named person, or a subject pronoun resolved to one earlier (see {@link #resolve}). */
  private static boolean candidate(Map<String, Entity> actors, Mention m) {
    Entity e = actors.get(m.id());
    return e != null && e.kind() == EntityKind.PERSON;
  }

  /**
   * The quotations a pronoun at {@code offset} stands outside of: those that do not cover it.
   */
  private static IntPredicate outside(List<QuoteMarks.Span> quotations,
      int offset) {
    List<QuoteMarks.Span> around = new ArrayList<>();
    for (QuoteMarks.Span q : quotations) {
      if (offset >= q.open() && offset <= q.end()) {
        around.add(q);
      }
    }
    // an offset is in a quotation the pronoun is not in
    return at -> {
      for (QuoteMarks.Span q : quotations) {
        if (at >= q.open() && at <= q.end() && !around.contains(q)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Whether the pronoun at token {@code i} follows a quotation's closing mark, with at most a
   * comma between ("'...,' he said").
   */
  private static boolean afterQuotation(List<CoreLabel> toks, int i,
      List<QuoteMarks.Span> quotations) {
    for (int t = i - 1; t >= 0 && t >= i - 2; t--) {
      String w = toks.get(t).word();
      if (CLOSING.contains(w)) {
        int at = toks.get(t).beginPosition();
        return quotations.stream().anyMatch(q -> at >= q.end() && at <= q.end() + 1);
      }
      if (!w.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> CLOSING = Set.of("''", "\"", "”", "’", "'", "»");

  private static String antecedent(List<List<CoreLabel>> tokens, List<Mention> mentions,
      Map<String, Entity> actors, List<SemanticGraph> graphs, int s, int token, int from,
      IntPredicate quotedApart) {
    for (int back = from; back >= 0 && back >= s - LOOK_BACK; back--) {
      Mention first = null;
      Mention subject = null;
      for (Mention m : mentions) {
        // a resolved pronoun carries its person on into later sentences only
        if (m.sentence() == back && (back < s || m.tokenEnd() <= token)
            && (back < s ? candidate(actors, m) : person(actors, m))
            && !quotedApart.test(m.begin())) {
          if (first == null || m.tokenBegin() < first.tokenBegin()) {
            first = m;
          }
          if (back < s && subject(graphs, m)
              && (subject == null || m.tokenBegin() < subject.tokenBegin())) {
            subject = m;
          }
        }
      }
      // "At dinner with Ota, Ruiz said ... She also called": an earlier sentence's subject
      // before a person it names first in a phrase
      if (subject != null) {
        first = subject;
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
      // "according to city spokesman Ben Ota": a title or body may stand between
      for (int t = m.tokenBegin(); m.sentence() == s && t >= 2 && t >= m.tokenBegin() - 4
          && person(actors, m); t--) {
        if (toks.get(t - 2).word().equalsIgnoreCase("according")
            && toks.get(t - 1).word().equalsIgnoreCase("to")) {
          return m;
        }
        if (!toks.get(t - 1).tag().startsWith("NN")) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * Whether a personal pronoun is feminine ("she", "her": true), masculine ("he", "him", "his":
   * false) or neither (null).
   */
  static Boolean feminine(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("she") || w.equals("her") ? Boolean.TRUE
        : w.equals("he") || w.equals("him") || w.equals("his") ? Boolean.FALSE : null;
  }

  /**
   * Per person, whether the pronouns resolved to them are feminine (true) or masculine (false);
   * absent when none or both were.
   *
   * @param tokens the tokens, by sentence
   * @param mentions the actor mentions, resolved pronouns among them
   */
  static Map<String, Boolean> genders(List<List<CoreLabel>> tokens, List<Mention> mentions) {
    Map<String, Boolean> g = new LinkedHashMap<>();
    Set<String> mixed = new HashSet<>();
    for (Mention m : mentions) {
      if (m.via() != Mention.Via.PRONOUN) {
        continue;
      }
      Boolean female = feminine(tokens.get(m.sentence()).get(m.tokenBegin()).word());
      Boolean before = female == null ? null : g.putIfAbsent(m.id(), female);
      if (before != null && !before.equals(female)) {
        mixed.add(m.id());
      }
    }
    mixed.forEach(g::remove);
    return g;
  }

  /** How many sentences back a speaking "he" or "she" looks for the person it stands for. */
  static final int SPEAKER_LOOK_BACK = 8;

  /**
   * The person a speaking "he" or "she" that {@link #resolve} left unresolved stands for: the
   * last person shown speaking within {@link #SPEAKER_LOOK_BACK} sentences (a story goes on
   * quoting its current speaker), else the person named or resolved last in that window; anyone
   * the document's pronouns show to be of the other gender is skipped. {@link #resolve} looks
   * back only {@link #LOOK_BACK} sentences; a quotation-heavy passage runs on longer with
   * pronouns only ("She then ...", "... she said").
   *
   * @param s the pronoun's sentence
   * @param t its token index
   * @param female whether it is "she"
   * @param speaking the mentions of people shown speaking, in text order
   * @param mentions the person mentions to fall back on, in any order
   * @param person whether an id is a named person
   * @param genders what {@link #genders} gives for the document
   * @return the person's id, or null
   */
  static String speakerBefore(int s, int t, boolean female, List<Mention> speaking,
      Iterable<Mention> mentions, Predicate<String> person, Map<String, Boolean> genders) {
    String current = currentSpeaker(s, t, speaking, id -> fits(genders.get(id), female));
    if (current != null) {
      return current;
    }
    Mention best = null;
    for (Mention m : mentions) {
      if (before(m, s, t) && s - m.sentence() <= SPEAKER_LOOK_BACK
          && (best == null || m.sentence() > best.sentence()
              || m.sentence() == best.sentence() && m.tokenBegin() >= best.tokenBegin())
          && person.test(m.id()) && fits(genders.get(m.id()), female)) {
        best = m;
      }
    }
    return best == null ? null : best.id();
  }

  /**
   * The last of {@code speaking} before token t of sentence s within {@link #SPEAKER_LOOK_BACK}
   * sentences that {@code accept} takes, or null.
   */
  static String currentSpeaker(int s, int t, List<Mention> speaking, Predicate<String> accept) {
    for (int i = speaking.size() - 1; i >= 0; i--) {
      Mention m = speaking.get(i);
      if (before(m, s, t)) {
        if (s - m.sentence() > SPEAKER_LOOK_BACK) {
          return null;
        }
        if (accept.test(m.id())) {
          return m.id();
        }
      }
    }
    return null;
  }

  private static boolean before(Mention m, int s, int t) {
    return m.sentence() < s || m.sentence() == s && m.tokenEnd() <= t;
  }

  private static boolean fits(Boolean gender, boolean female) {
    return gender == null || gender == female;
  }
}
