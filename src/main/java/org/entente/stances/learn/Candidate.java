package org.entente.stances.learn;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.TreeSet;
import org.entente.stances.Route;

/**
 * A holder and target proposed together in one sentence, with the route that proposed them and
 * the sparse features the classifier decides on.
 *
 * @param holder actor id of the possible holder
 * @param target actor or alliance id of the possible target
 * @param sentence index of the sentence that names the target
 * @param route the route that proposed the pair (the first, when several did)
 * @param evidenceBegin offset of the sentence's first character
 * @param evidenceEnd offset one past its last
 * @param triggerBegin offset of the word that most plausibly states the stance, or -1
 * @param triggerEnd offset one past it, or -1
 * @param targetBegin offset of the target's mention in the sentence
 * @param targetEnd offset one past it
 * @param features the sparse binary features, sorted and distinct
 */
public record Candidate(String holder, String target, int sentence, Route route,
    int evidenceBegin, int evidenceEnd, int triggerBegin, int triggerEnd,
    int targetBegin, int targetEnd, ImmutableList<String> features) {

  /**
   * The same pair with other features.
   *
   * @param f the features, in any order, repeats allowed
   * @return the pair with {@code f}, sorted and distinct
   */
  public Candidate withFeatures(Collection<String> f) {
    return new Candidate(holder, target, sentence, route, evidenceBegin, evidenceEnd, triggerBegin,
        triggerEnd, targetBegin, targetEnd, ImmutableList.copyOf(new TreeSet<>(f)));
  }
}
