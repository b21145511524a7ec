package org.entente.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Match counts for one field, summed over documents (micro-averaging). System and gold matches are
 * counted apart because with fuzzy matching one system item may match several gold items and the
 * other way round.
 *
 * @param matchedSystem system items that match some gold item
 * @param system system items
 * @param matchedGold gold items that some system item matches
 * @param gold gold items
 */
public record Counts(int matchedSystem, int system, int matchedGold, int gold) {
  /** No items. */
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  /**
   * Checks that no count is negative and matches do not exceed items.
   *
   * @param matchedSystem system items that match some gold item; at most {@code system}
   * @param system system items
   * @param matchedGold gold items that some system item matches; at most {@code gold}
   * @param gold gold items
   * @throws IllegalArgumentException if a count is negative or a match count exceeds its total
   */
  public Counts {
    checkArgument(0 <= matchedSystem && matchedSystem <= system
        && 0 <= matchedGold && matchedGold <= gold, "bad counts %s/%s, %s/%s",
        matchedSystem, system, matchedGold, gold);
  }

  /**
   * These counts plus {@code other}'s.
   *
   * @param other counts to add, such as another document's
   * @return the sums, in a new record
   */
  public Counts plus(Counts other) {
    return new Counts(matchedSystem + other.matchedSystem, system + other.system,
        matchedGold + other.matchedGold, gold + other.gold);
  }

  /**
   * Unrounded precision; 1 when there is nothing to find nor found, 0 when nothing found.
   *
   * @return {@code matchedSystem / system}, in [0, 1]
   */
  public double precision() {
    return system > 0 ? (double) matchedSystem / system : gold == 0 ? 1.0 : 0.0;
  }

  /**
   * Unrounded recall; 1 when there is nothing to find.
   *
   * @return {@code matchedGold / gold}, in [0, 1]
   */
  public double recall() {
    return gold > 0 ? (double) matchedGold / gold : 1.0;
  }

  /**
   * Unrounded F1; 0 when precision and recall are both 0.
   *
   * @return the harmonic mean of {@link #precision()} and {@link #recall()}, in [0, 1]
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /**
   * Precision, recall and F1 rounded to three decimals, as score.py reports them.
   *
   * @return the rounded figures
   */
  public Prf figures() {
    return new Prf(Prf.round3(precision()), Prf.round3(recall()), Prf.round3(f1()));
  }
}
