package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * An alliance, bloc or international organisation from {@code alliances.tsv}.
 *
 * @param id upper-case acronym
 * @param name canonical name
 * @param aliases every other way it is written ("North Atlantic Alliance")
 * @param members ISO alpha-3 codes of member states
 */
public record AllianceEntry(
    String id, String name, ImmutableList<String> aliases, ImmutableList<String> members) {}
