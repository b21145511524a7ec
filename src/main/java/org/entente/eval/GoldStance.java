package org.entente.eval;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.entente.Polarity;

/**
 * One stance of a gold file.
 *
 * @param holders who holds it: one id as a rule; score.py also accepts a list, one tuple per id
 * @param targets what it is about: one id as a rule, a list accepted likewise
 * @param polarity support or oppose; null when the file leaves it out
 * @param evidence a verbatim substring of the sentence that states it, or null
 */
public record GoldStance(
    List<String> holders, List<String> targets, Polarity polarity, String evidence) {
  /**
   * Copies the lists into immutable ones.
   *
   * @param holders holder ids; not null
   * @param targets target ids; not null
   * @param polarity support or oppose, or null
   * @param evidence a verbatim substring of the sentence, or null
   */
  public GoldStance {
    holders = ImmutableList.copyOf(holders);
    targets = ImmutableList.copyOf(targets);
  }
}
