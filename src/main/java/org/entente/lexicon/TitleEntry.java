package org.entente.lexicon;

import com.google.common.collect.ImmutableList;

/**
 * An office and the words that name it, from {@code titles.tsv}.
 *
 * @param office office key ("president")
 * @param forms surface forms, matched case-insensitively ("President", "head of state")
 */
public record TitleEntry(String office, ImmutableList<String> forms) {}
