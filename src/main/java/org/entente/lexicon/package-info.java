/**
 * Loaders and immutable in-memory forms of what is in {@code models/}: the gazetteer, the quote
 * rules, the stance lexicon and patterns, word lists. User files are laid over the bundled ones;
 * each distinct list of files is loaded once and shared ({@link
 * org.entente.lexicon.ResourceCache}).
 *
 * <p>Depends on nothing of entente (Guava and CoreNLP's Semgrex only).
 */
package org.entente.lexicon;
