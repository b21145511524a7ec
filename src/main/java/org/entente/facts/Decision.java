package org.entente.facts;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What one sieve decided about one candidate, and how sure it is.
 *
 * @param <V> what is decided: a polarity, an attribution ...
 * @param value the decision
 * @param sieve the {@link Sieve#name()} of the sieve that decided it
 * @param confidence the sieve's confidence in it, in [0, 1]
 */
public record Decision<V>(V value, String sieve, double confidence) {
  /**
   * Checks the fields.
   *
   * @param value the decision
   * @param sieve the {@link Sieve#name()} of the sieve that decided it
   * @param confidence the sieve's confidence in it, in [0, 1]
   */
  public Decision {
    requireNonNull(value, "value");
    requireNonNull(sieve, "sieve");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s not in [0, 1]", confidence);
  }
}
