package org.entente;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Words attributed to one or more speakers.
 *
 * <p>In JSON the span's {@code begin}, {@code end} and {@code text} stay fields of the quote
 * itself, as before {@code span} was a {@link Span}.
 *
 * @param kind direct or reported speech
 * @param span the quoted or reported words, without quotation marks, and their offsets
 * @param speakers actor ids of who said it (several for a joint statement); empty when unknown
 * @param cue the cue ("said", "told", "according to"), or null
 * @param addressee actor id of whom it was said to, or null
 * @param outlet actor id of the medium that reports it, or null
 * @param route how the speaker was found
 * @param confidence a probability in [0, 1] that the quote and its speaker are right
 */
@JsonPropertyOrder({"kind", "text", "begin", "end"})
public record Quote(
    QuoteKind kind,
    @JsonIgnore Span span,
    List<String> speakers,
    Span cue,
    String addressee,
    String outlet,
    QuoteRoute route,
    double confidence) {
  /**
   * Copies the speakers into an immutable list.
   *
   * @param kind direct or reported speech; not null
   * @param span the quoted or reported words and their offsets; not null
   * @param speakers actor ids of who said it; not null, empty when unknown
   * @param cue the cue, or null
   * @param addressee actor id of whom it was said to, or null
   * @param outlet actor id of the medium that reports it, or null
   * @param route how the speaker was found; not null ({@link QuoteRoute#NONE} when unknown)
   * @param confidence a probability in [0, 1]
   */
  public Quote {
    requireNonNull(kind, "kind");
    requireNonNull(span, "span");
    requireNonNull(route, "route");
    speakers = ImmutableList.copyOf(speakers);
  }

  /** Reads the JSON form, whose span is flat: {@code begin}, {@code end}, {@code text}. */
  @JsonCreator
  static Quote fromJson(@JsonProperty("kind") QuoteKind kind,
      @JsonProperty("begin") int begin, @JsonProperty("end") int end,
      @JsonProperty("text") String text, @JsonProperty("speakers") List<String> speakers,
      @JsonProperty("cue") Span cue, @JsonProperty("addressee") String addressee,
      @JsonProperty("outlet") String outlet, @JsonProperty("route") QuoteRoute route,
      @JsonProperty("confidence") double confidence) {
    return new Quote(kind, new Span(begin, end, text), speakers == null ? List.of() : speakers,
        cue, addressee, outlet, route == null ? QuoteRoute.NONE : route, confidence);
  }

  /**
   * The quoted or reported words, without quotation marks: {@code span().text()}.
   *
   * @return the words
   */
  @JsonProperty("text")
  public String text() {
    return span.text();
  }

  /**
   * Offset of the first character of {@link #text()}: {@code span().begin()}.
   *
   * @return the offset
   */
  @JsonProperty("begin")
  public int begin() {
    return span.begin();
  }

  /**
   * Offset one past the last character of {@link #text()}: {@code span().end()}.
   *
   * @return the offset
   */
  @JsonProperty("end")
  public int end() {
    return span.end();
  }
}
