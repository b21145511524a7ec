package org.entente.lexicon;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * An alliance, bloc or international organisation from {@code alliances.tsv}.
 *
 * @param id upper-case acronym
 * @param name canonical name
 * @param aliases every other way it is written ("North Atlantic Alliance")
 * @param memberships every state that is or was a member, with its dates when known
 */
public record AllianceEntry(String id, String name, ImmutableList<String> aliases,
    ImmutableList<Membership> memberships) {
  /**
   * The present members: those that have not left.
   *
   * @return ISO alpha-3 codes, in file order
   */
  public ImmutableList<String> members() {
    return members(null);
  }

  /**
   * The members on a given day.
   *
   * @param date the day, such as an article's publication date; null for the present members
   * @return ISO alpha-3 codes of the states that were members that day, in file order
   */
  public ImmutableList<String> members(LocalDate date) {
    return memberships.stream().filter(m -> m.covers(date)).map(Membership::state)
        .collect(ImmutableList.toImmutableList());
  }
}
