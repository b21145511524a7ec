/**
 * One thin CoreNLP {@link edu.stanford.nlp.pipeline.Annotator} per stage, and the annotation keys
 * they write ({@link org.entente.annotators.EntenteAnnotations}): hygiene, actors, alliances,
 * reference, quotes, stances, in that order. The actor and alliance recognisers live here; the
 * fact annotators only read their settings, build their extractors once and call them per
 * document.
 *
 * <p>May use {@code reference}, {@code facts}, {@code quotes}, {@code stances} and {@code
 * lexicon}; never the public API of {@code org.entente}.
 */
package org.entente.annotators;
