package org.entente.stances;

import org.entente.lexicon.Leaning;
import org.entente.reference.DocumentIndex;

/**
 * A stance the patterns propose: a holder, a target and the word that states the stance, for a
 * stance sieve to give a polarity to (or none).
 *
 * @param doc the document's reference index
 * @param sentence index of the sentence
 * @param holder actor or alliance id of who holds the stance
 * @param target actor or alliance id of whom it is held toward
 * @param triggerToken index of the trigger word in the sentence (0-based)
 * @param triggerBegin offset of the trigger word
 * @param triggerEnd offset one past it
 * @param evidenceBegin offset of the sentence's first character
 * @param evidenceEnd offset one past its last
 * @param proposed the polarity the lexicon gives the trigger, or null when it gives none
 * @param againstMeasure whether the target is whom a hostile measure is aimed at ("backed
 *     sanctions against X"): supporting the measure opposes the target
 * @param family the pattern family that matched
 * @param ruleConfidence the pattern's confidence
 */
public record StanceCandidate(DocumentIndex doc, int sentence, String holder, String target,
    int triggerToken, int triggerBegin, int triggerEnd, int evidenceBegin, int evidenceEnd,
    Leaning proposed, boolean againstMeasure, String family, double ruleConfidence) {}
