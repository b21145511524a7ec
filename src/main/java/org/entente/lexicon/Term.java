package org.entente.lexicon;

import java.time.LocalDate;

/**
 * One term in office.
 *
 * @param office office key from {@code titles.tsv} ("president", "foreign-minister")
 * @param country ISO alpha-3 of the state (or organisation id) where the office is held
 * @param from first day, or null when unknown
 * @param to last day, or null while in office
 */
public record Term(String office, String country, LocalDate from, LocalDate to) {
  /**
   * Whether the term covers {@code date}.
   *
   * @param date a day; not null
   * @return true if it falls within {@code [from, to]}, an unknown end counting as open
   */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
