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

  /** Checks that no count is negative and matches do not exceed items. */
  public Counts {
    checkArgument(0 <= matchedSystem && matchedSystem <= system
        && 0 <= matchedGold && matchedGold <= gold, "bad counts %s/%s, %s/%s",
        matchedSystem, system, matchedGold, gold);
  }

  /** These counts plus {@code other}'s. */
  public Counts plus(Counts other) {
    return new Counts(matchedSystem + other.matchedSystem, system + other.system,
        matchedGold + other.matchedGold, gold + other.gold);
  }

  /** Unrounded precision; 1 when there is nothing to find nor found, 0 when nothing found. */
  public double precision() {
    return system > 0 ? (double) matchedSystem / system : gold == 0 ? 1.0 : 0.0;
  }

  /** Unrounded recall; 1 when there is nothing to find. */
  public double recall() {
    return gold > 0 ? (double) matchedGold / gold : 1.0;
  }

  /** Unrounded F1; 0 when precision and recall are both 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /** Precision, recall and F1 rounded to three decimals, as score.py reports them. */
  public Prf figures() {
    return new Prf(Prf.round3(precision()), Prf.round3(recall()), Prf.round3(f1()));
  }
}
