package org.entente.quotes;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.ReportedLexicon;

/**
 * Reported speech introduced by a noun: "the ministry's claim that ...", "Lopez made the claim
 * that ...", "a statement by the agency that ...", "the mayor's position is that ...". Which
 * nouns do this, and how strongly, is learned from PolNeAR's train split ({@link
 * ReportedLexicon}); the content is the noun's "that" clause.
 */
final class NounCues {
  /**
   * Verbs whose subject utters the words a noun object names: "made the claim that", "issued a
   * statement that". A verb of judging ("rejected the claim that") does not: its subject is
   * not the claim's source.
   */
  private static final Set<String> ISSUING = Set.of("make", "issue", "release", "publish",
      "repeat", "put", "offer", "give", "post", "send", "deliver", "voice", "express");
  /** Relations that name a noun's author: "a statement by X", "a warning from X". */
  private static final List<String> AUTHOR = List.of("nmod:poss", "nmod:by", "nmod:from",
      "nmod:of");

  /**
   * A noun cue's content and speaker.
   *
   * @param from first token of the content
   * @param to last token of the content
   * @param attribution who said it
   */
  record Hit(int from, int to, Attribution attribution) {}

  private final DocView v;
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final ReportedLexicon lexicon;

  NounCues(DocView v, CueFinder cues, SpeakerResolver speakers, ReportedLexicon lexicon) {
    this.v = v;
    this.cues = cues;
    this.speakers = speakers;
    this.lexicon = lexicon;
  }

  /** The reported speech noun {@code t} of sentence {@code s} introduces, or null. */
  Hit find(int s, int t) {
    String tag = v.tag(s, t);
    IndexedWord w = v.node(s, t);
    if (w == null || !(tag.equals("NN") || tag.equals("NNS"))) {
      return null;
    }
    String lemma = v.lemma(s, t).toLowerCase(Locale.ROOT);
    IndexedWord clause = thatClause(s, w);
    if (clause != null && lexicon.isNounCue(lemma, false)) {
      Attribution a = author(s, w);
      IndexedWord verb = v.parent(s, w);
      if (a == null && verb != null && v.relation(s, w).equals("obj")
          && (ISSUING.contains(v.lemma(s, verb.index() - 1).toLowerCase(Locale.ROOT))
              || cues.anyCue(s, verb.index() - 1))) {
        a = speakers.fromCue(s, verb);
      }
      return hit(s, clause, a);
    }
    // "the mayor's position is that ...": the noun is the subject of a copula whose clause is
    // the content
    IndexedWord be = v.parent(s, w);
    if (be != null && v.relation(s, w).equals("nsubj") && be.index() > w.index()
        && v.lemma(s, be.index() - 1).equalsIgnoreCase("be")
        && !v.children(s, w, "nmod:poss").isEmpty() && lexicon.isNounCue(lemma, true)) {
      IndexedWord c = thatClause(s, be);
      return c == null ? null : hit(s, c, author(s, w));
    }
    return null;
  }

  private Hit hit(int s, IndexedWord clause, Attribution a) {
    if (a == null || a.route().equals("SUBJECT_PHRASE")) {
      return null;
    }
    int[] range = v.subtree(s, clause);
    return new Hit(range[0], range[1], a);
  }

  /** The clausal complement of {@code head} opened by "that", after it; or null. */
  private IndexedWord thatClause(int s, IndexedWord head) {
    for (IndexedWord c : v.children(s, head, "ccomp")) {
      if (c.index() > head.index() && v.children(s, c, "mark").stream()
          .anyMatch(m -> m.word().equalsIgnoreCase("that"))) {
        return c;
      }
    }
    return null;
  }

  /** Who a noun's words are by: its possessor or its "by", "from" or "of" phrase; or null. */
  private Attribution author(int s, IndexedWord noun) {
    int[] cue = {v.token(s, noun.index() - 1).beginPosition(),
        v.token(s, noun.index() - 1).endPosition()};
    for (String rel : AUTHOR) {
      for (IndexedWord x : v.children(s, noun, rel)) {
        Attribution a = speakers.speakersOf(s, x, cue);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }
}
