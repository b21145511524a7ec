/**
 * entente's public API: the {@link org.entente.Extractor} facade and its builder, and the records
 * it returns ({@link org.entente.Extraction}, {@link org.entente.Actor}, {@link
 * org.entente.Alliance}, {@link org.entente.Quote}, {@link org.entente.Stance}, {@link
 * org.entente.Span}, ...), which know nothing of CoreNLP.
 *
 * <p>May use every entente package below it: it wires the annotators of {@code
 * org.entente.annotators} into a CoreNLP pipeline and turns their annotation keys (the internal
 * facts of {@code quotes} and {@code stances}, the entities of {@code reference}) into the
 * public records in one place. Nothing below it uses it.
 */
package org.entente;
