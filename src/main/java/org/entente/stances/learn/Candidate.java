package org.entente.stances.learn;

import com.google.common.collect.ImmutableList;
import org.entente.Span;
import org.entente.StanceRoute;

/**
 * A holder and target proposed together in one sentence, with the route that proposed them and
 * the sparse features the classifier decides on.
 *
 * @param holder actor id of the possible holder
 * @param target actor or alliance id of the possible target
 * @param sentence index of the sentence that names the target
 * @param route the route that proposed the pair (the first, when several did)
 * @param evidence the sentence
 * @param trigger the word that most plausibly states the stance, or null
 * @param features the sparse binary features, sorted and distinct
 */
public record Candidate(String holder, String target, int sentence, StanceRoute route,
    Span evidence, Span trigger, ImmutableList<String> features) {}
