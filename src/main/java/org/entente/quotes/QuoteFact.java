package org.entente.quotes;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One attributed quotation as the quote stage finds it; the facade turns it into the public
 * {@code org.entente.Quote}.
 *
 * @param direct true for words between quotation marks, false for reported speech
 * @param begin offset of the first quoted character
 * @param end offset one past the last
 * @param speakers actor ids of the speakers; empty when unknown
 * @param cueBegin offset of the speech cue, or -1 when there is none
 * @param cueEnd offset one past the cue, or -1
 * @param addressee actor id of whom the words were said to, or null
 * @param outlet actor id of the medium relaying the words, or null
 * @param route how the speakers were found ({@code CUE_SUBJECT}, {@code PRONOUN} ...)
 * @param sieve the name of the sieve that decided the attribution
 * @param confidence that sieve's confidence, in [0, 1]
 */
public record QuoteFact(boolean direct, int begin, int end, List<String> speakers, int cueBegin,
    int cueEnd, String addressee, String outlet, String route, String sieve, double confidence) {
  /**
   * Copies the speakers.
   *
   * @param direct true for words between quotation marks, false for reported speech
   * @param begin offset of the first quoted character
   * @param end offset one past the last
   * @param speakers actor ids of the speakers; empty when unknown
   * @param cueBegin offset of the speech cue, or -1 when there is none
   * @param cueEnd offset one past the cue, or -1
   * @param addressee actor id of whom the words were said to, or null
   * @param outlet actor id of the medium relaying the words, or null
   * @param route how the speakers were found ({@code CUE_SUBJECT}, {@code PRONOUN} ...)
   * @param sieve the name of the sieve that decided the attribution
   * @param confidence that sieve's confidence, in [0, 1]
   */
  public QuoteFact {
    speakers = ImmutableList.copyOf(speakers);
  }
}
