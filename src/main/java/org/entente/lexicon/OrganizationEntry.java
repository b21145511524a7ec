package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * An organisation from {@code organizations.tsv}.
 *
 * @param id lower-case-hyphen id ("xinhua", "russian-foreign-ministry")
 * @param name display name
 * @param aliases other names
 * @param country ISO alpha-3 of its state, or "" when international
 * @param shared the forms among its name and aliases that other states' bodies bear too ("NIS",
 *     "National Intelligence Service"): they name this organisation only where the text names
 *     its state
 */
public record OrganizationEntry(String id, String name, ImmutableList<String> aliases,
    String country, ImmutableList<String> shared) {

  /**
   * An organisation none of whose forms another body bears.
   *
   * @param id lower-case-hyphen id
   * @param name display name
   * @param aliases other names
   * @param country ISO alpha-3 of its state, or ""
   */
  public OrganizationEntry(String id, String name, ImmutableList<String> aliases,
      String country) {
    this(id, name, aliases, country, ImmutableList.of());
  }

  /**
   * Whether a form of this organisation is one other states' bodies bear too.
   *
   * @param form a form as the gazetteer spells it
   * @return true for a shared form
   */
  public boolean isShared(String form) {
    return shared.contains(form);
  }
}
