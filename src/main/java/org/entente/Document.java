package org.entente;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One input document for {@link Extractor#extractAll}.
 *
 * @param id the document's id (a file name, a database key), or null
 * @param text its text
 * @param date its publication date, or null when unknown
 */
public record Document(String id, String text, LocalDate date) {
  /**
   * Checks that the text is there.
   *
   * @param id the document's id, or null
   * @param text its text; not null
   * @param date its publication date, or null when unknown
   */
  public Document {
    requireNonNull(text, "text");
  }

  /**
   * A document with no publication date.
   *
   * @param id the document's id, or null
   * @param text its text; not null
   * @return the document, with a null {@link #date()}
   */
  public static Document of(String id, String text) {
    return new Document(id, text, null);
  }
}
