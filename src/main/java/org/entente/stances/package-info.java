/**
 * Stances: who supports or opposes whom ({@link org.entente.stances.StanceExtractor}). Semgrex
 * patterns propose {@link org.entente.stances.StanceCandidate}s with their holders and targets
 * resolved; the {@link org.entente.stances.LexiconSieve}, and any sieve plugged in before it,
 * decide their polarity; results are {@link org.entente.stances.StanceFact}s.
 *
 * <p>May use {@code facts}, {@code reference} and {@code lexicon}.
 */
package org.entente.stances;
