package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * A state from {@code states.tsv}.
 *
 * @param id ISO 3166-1 alpha-3 code
 * @param name common English short name
 * @param aliases other names ("Russian Federation", "U.S.")
 * @param demonyms adjectives and nouns of nationality ("Russian", "Russians")
 * @param metonyms places and institutions that speak for the state ("Moscow", "Kremlin")
 */
public record StateEntry(
    String id,
    String name,
    ImmutableList<String> aliases,
    ImmutableList<String> demonyms,
    ImmutableList<String> metonyms) {}
