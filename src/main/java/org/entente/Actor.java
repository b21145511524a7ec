package org.entente;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A person, state or organisation that the article mentions, with every mention.
 *
 * @param id canonical id: ISO alpha-3 for states, {@code first-last} for people, lower-case-hyphen
 *     for organisations
 * @param name display name
 * @param kind person, state or organisation
 * @param country ISO alpha-3 code of the actor's country, or null when unknown (never empty)
 * @param title office or role ("President"), or null
 * @param anonymous true for an unnamed source ("a Kremlin aide")
 * @param affiliation for an unnamed source, the id of the organisation or alliance its
 *     description names ("a State Department official"), or of the state whose seat of power it
 *     names ("a Kremlin aide": RUS); an actor or alliance of the same extraction; else null
 * @param mentions every mention in the text, in order
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String country,
    String title,
    boolean anonymous,
    String affiliation,
    List<Span> mentions) {
  /**
   * Copies the mentions into an immutable list.
   *
   * @param id canonical id; not null
   * @param name display name; not null
   * @param kind person, state or organisation; not null
   * @param country ISO alpha-3 code of the actor's country, or null; blank is read as null
   * @param title office or role, or null
   * @param anonymous true for an unnamed source
   * @param affiliation the id of the body an unnamed source speaks for, or null; blank is read
   *     as null
   * @param mentions every mention in the text, in order; not null
   */
  public Actor {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    country = country == null || country.isBlank() ? null : country;
    affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation;
    mentions = ImmutableList.copyOf(mentions);
  }

  /**
   * An actor without affiliation (the constructor before {@code affiliation} was added).
   *
   * @param id canonical id; not null
   * @param name display name; not null
   * @param kind person, state or organisation; not null
   * @param country ISO alpha-3 code of the actor's country, or null; blank is read as null
   * @param title office or role, or null
   * @param anonymous true for an unnamed source
   * @param mentions every mention in the text, in order; not null
   */
  public Actor(String id, String name, ActorKind kind, String country, String title,
      boolean anonymous, List<Span> mentions) {
    this(id, name, kind, country, title, anonymous, null, mentions);
  }
}
