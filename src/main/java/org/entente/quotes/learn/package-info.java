/**
 * The quote annotator's trained parts: the speaker scorer (an OpenNLP maximum-entropy model over
 * candidate features), its trainer and the rows the training command reads. Knows nothing of
 * CoreNLP documents: {@code org.entente.quotes} builds the candidates and calls in here.
 */
package org.entente.quotes.learn;
