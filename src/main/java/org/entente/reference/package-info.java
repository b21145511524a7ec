/**
 * The reference stage's per-document index ({@link org.entente.reference.DocumentIndex}): tokens,
 * dependency graphs, actor and alliance mentions by sentence and token, quotation spans,
 * paragraphs, the quote stage's utterances; and the types of what the actor stage recognised
 * ({@link org.entente.reference.Mention}, {@link org.entente.reference.Entity}). Immutable once
 * built; the fact extractors read it instead of CoreNLP's annotations.
 *
 * <p>May use {@code lexicon} only.
 */
package org.entente.reference;
