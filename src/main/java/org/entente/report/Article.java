package org.entente.report;

import static java.util.Objects.requireNonNull;

import org.entente.Extraction;

/**
 * One article of a report: its text and what entente extracted from it.
 *
 * @param text the text given to the extractor, whose offsets the extraction's spans refer to
 * @param extraction what was extracted from {@code text}
 */
public record Article(String text, Extraction extraction) {
  /**
   * Checks both are present.
   *
   * @param text the text given to the extractor; not null
   * @param extraction what was extracted from it; not null
   */
  public Article {
    requireNonNull(text, "text");
    requireNonNull(extraction, "extraction");
  }

  /**
   * The article's id, its extraction's (a file name for the CLI), or "(no id)".
   *
   * @return the id to show; never null
   */
  public String id() {
    return extraction.id() == null ? "(no id)" : extraction.id();
  }
}
