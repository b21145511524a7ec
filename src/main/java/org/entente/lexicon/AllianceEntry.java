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
 * @param members the present members (those that have not left), as ISO alpha-3 codes in file
 *     order: kept with the entry so that every document and every membership test shares one
 *     list rather than rebuild it
 */
public record AllianceEntry(String id, String name, ImmutableList<String> aliases,
    ImmutableList<Membership> memberships, ImmutableList<String> members) {
  /**
   * Checks that {@code members} are the present members of {@code memberships}.
   *
   * @param id upper-case acronym
   * @param name canonical name
   * @param aliases every other way it is written
   * @param memberships every state that is or was a member
   * @param members the present members
   * @throws IllegalArgumentException if {@code members} are not those of {@code memberships}
   */
  public AllianceEntry {
    if (!members.equals(membersOn(memberships, null))) {
      throw new IllegalArgumentException(id + ": members " + members
          + " are not the present members of its memberships");
    }
  }

  /**
   * An entry whose present members are read from its memberships.
   *
   * @param id upper-case acronym
   * @param name canonical name
   * @param aliases every other way it is written
   * @param memberships every state that is or was a member, with its dates when known
   */
  public AllianceEntry(String id, String name, ImmutableList<String> aliases,
      ImmutableList<Membership> memberships) {
    this(id, name, aliases, memberships, membersOn(memberships, null));
  }

  /**
   * The members on a given day.
   *
   * @param date the day, such as an article's publication date; null for the present members
   * @return ISO alpha-3 codes of the states that were members that day, in file order: the
   *     shared {@link #members} list when no membership is dated, or the date is null
   */
  public ImmutableList<String> members(LocalDate date) {
    if (date == null || memberships.stream().allMatch(m -> m.joined() == null
        && m.left() == null)) {
      return members;
    }
    return membersOn(memberships, date);
  }

  private static ImmutableList<String> membersOn(ImmutableList<Membership> memberships,
      LocalDate date) {
    return memberships.stream().filter(m -> m.covers(date)).map(Membership::state)
        .collect(ImmutableList.toImmutableList());
  }
}
