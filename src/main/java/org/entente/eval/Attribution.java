package org.entente.eval;

import java.util.OptionalDouble;

/**
 * Speaker accuracy over the gold quotes of one kind that the system found.
 *
 * @param correct matched gold quotes for which some matching system quote has the right speaker
 * @param matched gold quotes that some system quote matches
 */
public record Attribution(int correct, int matched) {
  /**
   * The share of correct speakers rounded to three decimals; empty when nothing matched.
   *
   * @return {@code correct / matched}, in [0, 1], or empty when {@code matched} is 0
   */
  public OptionalDouble accuracy() {
    return matched == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Prf.round3((double) correct / matched));
  }

  /**
   * These counts plus {@code other}'s.
   *
   * @param other counts to add, such as another document's
   * @return the sums, in a new record
   */
  public Attribution plus(Attribution other) {
    return new Attribution(correct + other.correct, matched + other.matched);
  }
}
