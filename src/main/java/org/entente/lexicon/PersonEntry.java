package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * A person from {@code people.tsv}.
 *
 * @param id {@code first-last} id
 * @param name full display name
 * @param aliases other spellings ("Vladimir Vladimirovich Putin", "Volodymyr Zelenskyy")
 * @param country ISO alpha-3 of the person's state
 * @param terms offices held, with dates
 */
public record PersonEntry(
    String id,
    String name,
    ImmutableList<String> aliases,
    String country,
    ImmutableList<Term> terms) {
  /**
   * The surname: the last word of the name.
   *
   * @return the last space-separated word of {@link #name()}
   */
  public String surname() {
    String[] words = name.split(" ");
    return words[words.length - 1];
  }
}
