/**
 * The seam of the fact extractors: a {@link org.entente.facts.FactExtractor} proposes candidates
 * from a document's index and a {@link org.entente.facts.SieveChain} of named {@link
 * org.entente.facts.Sieve}s (rules or trained models) decides each, recording the deciding
 * sieve and its confidence in a {@link org.entente.facts.Decision}.
 *
 * <p>May use {@code reference} only.
 */
package org.entente.facts;
