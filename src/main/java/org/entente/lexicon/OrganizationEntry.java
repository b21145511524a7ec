package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * An organisation from {@code organizations.tsv}.
 *
 * @param id lower-case-hyphen id ("xinhua", "russian-foreign-ministry")
 * @param name display name
 * @param aliases other names
 * @param country ISO alpha-3 of its state, or "" when international
 */
public record OrganizationEntry(
    String id, String name, ImmutableList<String> aliases, String country) {}
