package org.entente.stances;

import org.entente.lexicon.Leaning;

/**
 * One stance as the stance stage finds it; the facade turns it into the public {@code
 * org.entente.Stance}.
 *
 * @param holder actor or alliance id of who holds the stance
 * @param target actor or alliance id of whom it is held toward
 * @param polarity support or opposition
 * @param triggerBegin offset of the word that states the stance
 * @param triggerEnd offset one past it
 * @param evidenceBegin offset of the sentence's first character
 * @param evidenceEnd offset one past its last
 * @param sieve the name of the sieve that decided the polarity
 * @param confidence that sieve's confidence, in [0, 1]
 * @param route how the holder was tied to the target
 */
public record StanceFact(String holder, String target, Leaning polarity, int triggerBegin,
    int triggerEnd, int evidenceBegin, int evidenceEnd, String sieve, double confidence,
    Route route) {
  /**
   * A fact whose holder is the subject of the clause that states it (the rules' route).
   *
   * @param holder actor or alliance id of who holds the stance
   * @param target actor or alliance id of whom it is held toward
   * @param polarity support or opposition
   * @param triggerBegin offset of the word that states the stance
   * @param triggerEnd offset one past it
   * @param evidenceBegin offset of the sentence's first character
   * @param evidenceEnd offset one past its last
   * @param sieve the name of the sieve that decided the polarity
   * @param confidence that sieve's confidence, in [0, 1]
   */
  public StanceFact(String holder, String target, Leaning polarity, int triggerBegin,
      int triggerEnd, int evidenceBegin, int evidenceEnd, String sieve, double confidence) {
    this(holder, target, polarity, triggerBegin, triggerEnd, evidenceBegin, evidenceEnd, sieve,
        confidence, Route.CLAUSE_SUBJECT);
  }
}
