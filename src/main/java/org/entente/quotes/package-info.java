/**
 * Quotes: direct quotations and reported speech with their speakers ({@link
 * org.entente.quotes.QuoteExtractor}). Candidates come from quotation marks and speech cues; the
 * rule sieves (the governing cue, the nearest cue, "according to", a name and colon, the adjacent
 * sentence) and any sieve plugged in before them attribute each {@link
 * org.entente.quotes.QuoteCandidate}; results are {@link org.entente.quotes.QuoteFact}s.
 *
 * <p>May use {@code facts}, {@code reference} and {@code lexicon}.
 */
package org.entente.quotes;
