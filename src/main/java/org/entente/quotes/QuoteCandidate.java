package org.entente.quotes;

import org.entente.reference.DocumentIndex;

/**
 * A quotation that a quote sieve is asked to attribute: a direct quotation between quotation
 * marks, or the content of reported speech the rules found.
 *
 * @param doc the document's reference index
 * @param direct true for words between quotation marks, false for reported speech
 * @param begin offset of the first quoted character
 * @param end offset one past the last
 * @param sentence index of the sentence holding {@code begin}
 */
public record QuoteCandidate(DocumentIndex doc, boolean direct, int begin, int end,
    int sentence) {}
