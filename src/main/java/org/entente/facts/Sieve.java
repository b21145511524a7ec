package org.entente.facts;

import java.util.Optional;

/**
 * One named step of a {@link SieveChain}: hand-written rules or a trained model, deciding one
 * candidate or passing it on.
 *
 * <p><b>Plugging in a trained scorer.</b> Implement this interface (in the fact's own package,
 * such as {@code org.entente.stances.learn}) and place it in the chain before or after the
 * rules. The sieve receives one candidate at a time; the candidate carries the per-document
 * {@link org.entente.reference.DocumentIndex} (tokens, lemmas, tags, dependency graphs, actor
 * and alliance mentions by token, quotation spans, paragraphs, back-references already resolved)
 * and the offsets of what is to be decided, so a model reads its features from there and never
 * from CoreNLP annotations directly. It returns a {@link Decision} holding the value, its own
 * {@link #name()} and a calibrated probability as confidence; or {@link Optional#empty()} to
 * abstain (below its threshold, or a candidate it was not trained for), which hands the
 * candidate to the next sieve. A sieve is shared by all threads: load the model in the
 * constructor, keep no per-document state.
 *
 * @param <C> the candidate type, such as a stance candidate or a quotation
 * @param <V> the decided value, such as a polarity or an attribution
 */
public interface Sieve<C, V> {
  /**
   * The sieve's name, recorded with each decision it makes ({@code lexicon}, {@code
   * governing-cue}, {@code polarity-maxent} ...).
   *
   * @return a short stable name in kebab case
   */
  String name();

  /**
   * Decides {@code candidate}, or abstains.
   *
   * @param candidate one candidate of one document
   * @return the decision, or empty to pass the candidate to the next sieve
   */
  Optional<Decision<V>> decide(C candidate);
}
