package org.entente.quotes.learn;

import java.util.List;

/**
 * One candidate speaker of one found quotation, as the training command sees it.
 *
 * @param kind {@code DIRECT} or {@code INDIRECT}
 * @param begin offset of the quotation's first character
 * @param end offset one past its last character
 * @param speaker the candidate's actor id
 * @param name the actor's name
 * @param mentions the actor's mentions in the document, as {@code [begin, end)} offset pairs
 * @param features the scorer's features of the candidate
 */
public record CandidateRow(String kind, int begin, int end, String speaker, String name,
    List<int[]> mentions, List<String> features) {
  /**
   * Copies the lists.
   *
   * @param kind {@code DIRECT} or {@code INDIRECT}
   * @param begin offset of the quotation's first character
   * @param end offset one past its last character
   * @param speaker the candidate's actor id
   * @param name the actor's name
   * @param mentions the actor's mentions, as {@code [begin, end)} offset pairs
   * @param features the scorer's features
   */
  public CandidateRow {
    mentions = List.copyOf(mentions);
    features = List.copyOf(features);
  }
}
