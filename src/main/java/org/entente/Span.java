package org.entente;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A stretch of the input text: {@code text.substring(begin, end)}, with character offsets into the
 * text given to {@link Extractor#extract} (for HTML input, into {@link Html#toText} of it).
 *
 * @param begin offset of the first character
 * @param end offset one past the last character
 * @param text the covered text
 */
public record Span(int begin, int end, String text) {
  /**
   * Checks that the offsets are ordered and the text is present.
   *
   * @param begin offset of the first character; at least 0
   * @param end offset one past the last character; at least {@code begin}
   * @param text the covered text; not null
   * @throws IllegalArgumentException if the offsets are negative or out of order
   */
  public Span {
    checkArgument(begin >= 0 && end >= begin, "bad span [%s, %s)", begin, end);
    requireNonNull(text, "text");
  }

  /**
   * The span {@code [begin, end)} of {@code source}.
   *
   * @param source the text the offsets refer to
   * @param begin offset of the first character
   * @param end offset one past the last character
   * @return the span, whose text is {@code source.substring(begin, end)}
   * @throws IndexOutOfBoundsException if the offsets are not within {@code source}
   */
  public static Span of(String source, int begin, int end) {
    return new Span(begin, end, source.substring(begin, end));
  }
}
