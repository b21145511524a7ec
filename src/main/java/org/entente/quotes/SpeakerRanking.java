package org.entente.quotes;

import java.util.List;
import java.util.Set;
import org.entente.quotes.learn.SpeakerScorer;

/**
 * Where the learned scorer overrules a rule sieve's speaker: only after the rules whose pick it
 * beats in cross-validation on PolNeAR's train split (by article, the rules' pick among the
 * features; see the model card): the adjacent sentence's subject and a phrase merely containing
 * the speaker; there, whenever another candidate scores higher than the rules' pick.
 * An unnamed source, never a candidate, stays. The precise rules (a cue's subject, a pronoun,
 * "according to", a colon) keep their pick: the model does no better there; nor does it on a
 * description resolved to the person named before (on the corpus it preferred states there).
 */
final class SpeakerRanking {
  /** The rule routes whose pick the scorer may overrule. */
  static final Set<String> WEAK_ROUTES = Set.of("ADJACENT_SENTENCE", "SUBJECT_PHRASE");

  private SpeakerRanking() {}

  /**
   * The candidate the scorer likes best (the first of equals), or null when there is none.
   *
   * @param scorer the speaker scorer
   * @param candidates the quotation's candidates
   * @return the best candidate and its probability, or null
   */
  static Pick best(SpeakerScorer scorer, List<SpeakerCandidates.Candidate> candidates) {
    Pick best = null;
    for (SpeakerCandidates.Candidate c : candidates) {
      double p = scorer.score(c.features());
      if (best == null || p > best.probability()) {
        best = new Pick(c, p);
      }
    }
    return best;
  }

  /**
   * The candidate to take instead of the rules' single pick, or null to keep it.
   *
   * @param scorer the speaker scorer
   * @param candidates the quotation's candidates, features made with the rules' attribution
   * @param rulePick the id the rules picked
   * @return the overruling candidate and its probability, or null
   */
  static Pick overrule(SpeakerScorer scorer, List<SpeakerCandidates.Candidate> candidates,
      String rulePick) {
    Pick best = best(scorer, candidates);
    if (best == null || best.candidate().id().equals(rulePick)) {
      return null;
    }
    // The pick's own score (its last candidate's, should it appear twice); an unnamed source,
    // never a candidate, is kept.
    double pickScore = -1;
    for (SpeakerCandidates.Candidate c : candidates) {
      if (c.id().equals(rulePick)) {
        pickScore = scorer.score(c.features());
      }
    }
    return pickScore >= 0 && SpeakerScorer.overrules(pickScore, best.probability()) ? best : null;
  }

  /** A candidate the scorer prefers, with its probability. */
  record Pick(SpeakerCandidates.Candidate candidate, double probability) {}
}
