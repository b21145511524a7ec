/**
 * Scoring entente's output against the gold corpus, exactly as the reference {@code score.py}
 * does (see {@code GOLD_FORMAT.md}), and the plain-CoreNLP quote baseline that entente is compared
 * with.
 *
 * <p>Entry points: {@link org.entente.eval.GoldReader} reads {@code CORPUS_DIR/gold};
 * {@link org.entente.eval.Scorer} scores a JSON Lines file, JSON trees or extractions and returns a
 * {@link org.entente.eval.ScoreReport}. An edge: it uses only entente's public API.
 */
package org.entente.eval;
