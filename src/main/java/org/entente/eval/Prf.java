package org.entente.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1 of one field, rounded to three decimals like score.py's figures.
 *
 * @param precision share of system items that match gold
 * @param recall share of gold items that the system matches
 * @param f1 their harmonic mean
 */
public record Prf(double precision, double recall, double f1) {
  /**
   * Python's {@code round(x, 3)}: the exact binary value rounded half to even. (Math.round would
   * round half up on a value already off by the binary representation.)
   */
  static double round3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }
}
