package org.entente.quotes;

import java.util.List;

/**
 * Who said some words and how that was found: what a quote sieve decides.
 *
 * @param speakers actor ids, several for a joint statement
 * @param route how the speakers were found ({@code CUE_SUBJECT}, {@code PRONOUN}, ...)
 * @param cueBegin offset of the cue's first character, or -1 when there is no cue
 * @param cueEnd offset one past the cue's last character, or -1
 * @param addressee actor id of whom the words were said to, or null
 * @param outlet actor id of the medium relaying the words, or null
 */
public record Attribution(List<String> speakers, String route, int cueBegin, int cueEnd,
    String addressee, String outlet) {
  /**
   * Copies the speakers.
   *
   * @param speakers actor ids, several for a joint statement
   * @param route how the speakers were found ({@code CUE_SUBJECT}, {@code PRONOUN}, ...)
   * @param cueBegin offset of the cue's first character, or -1 when there is no cue
   * @param cueEnd offset one past the cue's last character, or -1
   * @param addressee actor id of whom the words were said to, or null
   * @param outlet actor id of the medium relaying the words, or null
   */
  public Attribution {
    speakers = List.copyOf(speakers);
  }

  Attribution withRoute(String newRoute) {
    return new Attribution(speakers, newRoute, cueBegin, cueEnd, addressee, outlet);
  }

  Attribution withOutlet(String newOutlet) {
    return new Attribution(speakers, route, cueBegin, cueEnd, addressee, newOutlet);
  }
}
