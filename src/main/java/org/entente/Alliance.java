package org.entente;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An alliance, bloc or international organisation that the article names.
 *
 * @param id upper-case acronym ({@code NATO}, {@code QUAD}, {@code BRI})
 * @param name canonical name
 * @param members ISO alpha-3 codes of the member states, as in the gazetteer
 * @param mentions every mention in the text, in order
 */
public record Alliance(String id, String name, List<String> members, List<Span> mentions) {
  /**
   * Copies the lists into immutable ones.
   *
   * @param id upper-case acronym; not null
   * @param name canonical name; not null
   * @param members ISO alpha-3 codes of the member states; not null, possibly empty
   * @param mentions every mention in the text, in order; not null
   */
  public Alliance {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    members = ImmutableList.copyOf(members);
    mentions = ImmutableList.copyOf(mentions);
  }
}
