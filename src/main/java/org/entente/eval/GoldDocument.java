package org.entente.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a careful analyst extracted from one article: one {@code gold/<doc>.json} file.
 *
 * @param doc the article's file name, as in {@code texts/}
 * @param actors people, states and organisations
 * @param alliances alliance ids, each once
 * @param quotes direct and indirect quotes
 * @param stances stances, one per holder
 */
public record GoldDocument(
    String doc,
    List<GoldActor> actors,
    List<String> alliances,
    List<GoldQuote> quotes,
    List<GoldStance> stances) {
  /**
   * Copies the lists into immutable ones.
   *
   * @param doc the article's file name; not null
   * @param actors people, states and organisations; not null
   * @param alliances alliance ids; not null
   * @param quotes direct and indirect quotes; not null
   * @param stances stances; not null
   */
  public GoldDocument {
    requireNonNull(doc, "doc");
    actors = ImmutableList.copyOf(actors);
    alliances = ImmutableList.copyOf(alliances);
    quotes = ImmutableList.copyOf(quotes);
    stances = ImmutableList.copyOf(stances);
  }
}
