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
    /** A person's name or alias; the id is the person's. */
    PERSON,
    /** An organisation's name, alias or possessive form; the id is the organisation's. */
    ORGANIZATION,
    /** An alliance's acronym, name or alias; the id is the acronym. */
    ALLIANCE,
    /** A state's name or alias; the id is its ISO alpha-3 code. */
    STATE,
    /** A place or institution that speaks for a state ("Kremlin"); the id is the state's. */
    METONYM,
    /** An adjective or noun of nationality ("Russian"); the id is the state's. */
    DEMONYM,
    /** A form of an office ("President"), in lower case; the id is the office key. */
    TITLE
  }
}
