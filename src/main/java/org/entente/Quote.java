package org.entente;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Words attributed to one or more speakers.
 *
 * @param kind direct or reported speech
 * @param text the quoted or reported words, without quotation marks
 * @param begin offset of the first character of {@code text}
 * @param end offset one past its last character
 * @param speakers actor ids of who said it (several for a joint statement); empty when unknown
 * @param cue the cue ("said", "told", "according to"), or null
 * @param addressee actor id of whom it was said to, or null
 * @param outlet actor id of the medium that reports it, or null
 * @param route how the speaker was found (for instance {@code CUE_SUBJECT}, {@code PRONOUN})
 * @param confidence a probability in [0, 1] that the quote and its speaker are right
 */
public record Quote(
    QuoteKind kind,
    String text,
    int begin,
    int end,
    List<String> speakers,
    Span cue,
    String addressee,
    String outlet,
    String route,
    double confidence) {
  /**
   * Copies the speakers into an immutable list.
   *
   * @param kind direct or reported speech; not null
   * @param text the quoted or reported words; not null
   * @param begin offset of the first character of {@code text}
   * @param end offset one past its last character
   * @param speakers actor ids of who said it; not null, empty when unknown
   * @param cue the cue, or null
   * @param addressee actor id of whom it was said to, or null
   * @param outlet actor id of the medium that reports it, or null
   * @param route how the speaker was found, or null
   * @param confidence a probability in [0, 1]
   */
  public Quote {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    speakers = ImmutableList.copyOf(speakers);
  }
}
