package org.entente.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.entente.QuoteKind;

/**
 * One quote of a gold file.
 *
 * @param kind direct or reported speech; null when the file leaves it out (it then matches
 *     nothing)
 * @param speakers the speaker's id, or several for a joint statement (the file's {@code speaker},
 *     a string or a list)
 * @param text a verbatim substring of the quoted or reported words
 */
public record GoldQuote(QuoteKind kind, List<String> speakers, String text) {
  /**
   * Copies the speakers into an immutable list.
   *
   * @param kind direct or reported speech, or null
   * @param speakers speaker ids; not null
   * @param text a verbatim substring of the words; not null
   */
  public GoldQuote {
    speakers = ImmutableList.copyOf(speakers);
    requireNonNull(text, "text");
  }
}
