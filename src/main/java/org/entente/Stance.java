package org.entente;

import static java.util.Objects.requireNonNull;

/**
 * A holder's position for or against a target.
 *
 * @param holder actor id of who holds the stance
 * @param target actor or alliance id the stance is about
 * @param polarity support or oppose
 * @param trigger the word or phrase that states it ("condemned", "support for")
 * @param evidence the stretch of the sentence that states it
 * @param confidence a probability in [0, 1] that holder, target and polarity are right
 * @param route how the holder was tied to the target; null in JSON written before routes
 */
public record Stance(
    String holder,
    String target,
    Polarity polarity,
    Span trigger,
    Span evidence,
    double confidence,
    StanceRoute route) {
  /**
   * Checks the required components.
   *
   * @param holder actor id of who holds the stance; not null
   * @param target actor or alliance id the stance is about; not null
   * @param polarity support or oppose; not null
   * @param trigger the word or phrase that states it
   * @param evidence the stretch of the sentence that states it
   * @param confidence a probability in [0, 1]
   * @param route how the holder was tied to the target, or null when unknown
   */
  public Stance {
    requireNonNull(holder, "holder");
    requireNonNull(target, "target");
    requireNonNull(polarity, "polarity");
  }

  /**
   * A stance whose holder is the subject of the clause that states it (the form before routes).
   *
   * @param holder actor id of who holds the stance; not null
   * @param target actor or alliance id the stance is about; not null
   * @param polarity support or oppose; not null
   * @param trigger the word or phrase that states it
   * @param evidence the stretch of the sentence that states it
   * @param confidence a probability in [0, 1]
   */
  public Stance(String holder, String target, Polarity polarity, Span trigger, Span evidence,
      double confidence) {
    this(holder, target, polarity, trigger, evidence, confidence, StanceRoute.CLAUSE_SUBJECT);
  }
}
