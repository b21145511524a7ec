package org.entente.lexicon;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A state's membership of an alliance, from {@code alliances.tsv}.
 *
 * @param state ISO alpha-3 code of the member state
 * @param joined the day it became a member, or null when it always was (a founder) or unknown
 * @param left its last day as a member, or null while it is one
 */
public record Membership(String state, LocalDate joined, LocalDate left) {
  /**
   * Checks the state and the order of the dates.
   *
   * @param state ISO alpha-3 code; not null
   * @param joined first day, or null
   * @param left last day, or null
   * @throws IllegalArgumentException if {@code left} is before {@code joined}
   */
  public Membership {
    requireNonNull(state, "state");
    if (joined != null && left != null && left.isBefore(joined)) {
      throw new IllegalArgumentException(state + " left before it joined: " + joined + ".."
          + left);
    }
  }

  /**
   * Whether the state was a member on {@code date}, or, for a null date, is one now (has not
   * left).
   *
   * @param date a day, or null for "now"
   * @return true if a member then
   */
  public boolean covers(LocalDate date) {
    if (date == null) {
      return left == null;
    }
    return (joined == null || !date.isBefore(joined)) && (left == null || !date.isAfter(left));
  }
}
