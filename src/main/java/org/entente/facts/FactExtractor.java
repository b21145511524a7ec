package org.entente.facts;

import java.util.List;
import org.entente.reference.DocumentIndex;

/**
 * Finds one kind of fact (quotes, stances) in one document: proposes candidates from the {@link
 * DocumentIndex} and lets a {@link SieveChain} decide each, so every fact records the sieve that
 * decided it and its confidence. Implementations are immutable and thread-safe: one per
 * pipeline, any number of documents at once.
 *
 * @param <F> the fact type, such as {@code org.entente.stances.StanceFact}
 */
public interface FactExtractor<F> {
  /**
   * The facts of one document, in text order.
   *
   * @param doc the document's reference index
   * @return its facts, in text order; empty when there are none
   */
  List<F> extract(DocumentIndex doc);

  /**
   * The names of the extractor's sieves, in the order they are consulted.
   *
   * @return the sieve names
   */
  List<String> sieves();
}
