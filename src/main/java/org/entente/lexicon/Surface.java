package org.entente.lexicon;

/**
 * One way of writing a gazetteer entry, as matched in text.
 *
 * @param text the surface form
 * @param kind what the form names
 * @param id the entry's id (state code, person id, organisation id, alliance id or office key)
 */
public record Surface(String text, Kind kind, String id) {
  /** What a surface form names; the order is the preference between equally long matches. */
  public enum Kind {
    PERSON,
    ORGANIZATION,
    ALLIANCE,
    STATE,
    METONYM,
    DEMONYM,
    TITLE
  }
}
