package org.entente;

import static java.util.Objects.requireNonNull;

/**
 * Words between quotation marks that entente did not take as a quote, and why: a headline, a
 * title or name, a scare quote, a pull quote repeating the body, or words under a cancelled speech verb ("refrained from calling
 * it an 'invasion'"). See {@link Extractor#rejectedQuotes(String)}.
 *
 * @param span the words between the marks, with their offsets
 * @param reason the reason's name: {@code HEADLINE}, {@code TITLE_OR_NAME}, {@code
 *     CANCELLED_CUE}, {@code PULL_QUOTE} or {@code SCARE_QUOTE}
 * @param explanation the reason in words
 */
public record RejectedQuote(Span span, String reason, String explanation) {
  /**
   * Checks the fields.
   *
   * @param span the words between the marks; not null
   * @param reason the reason's name; not null
   * @param explanation the reason in words; not null
   */
  public RejectedQuote {
    requireNonNull(span, "span");
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
  }
}
