package org.entente.annotators;

import org.entente.ActorKind;

/**
 * What the actor annotator knows of one actor in one document.
 *
 * @param id canonical id
 * @param name display name
 * @param kind person, state or organisation
 * @param country ISO alpha-3 of the actor's state, or null
 * @param title office or role, or null
 * @param anonymous true for an unnamed source
 */
public record Entity(
    String id, String name, ActorKind kind, String country, String title, boolean anonymous) {

  /** This entity with a title, unless it has one already. */
  public Entity withTitle(String newTitle) {
    return title != null || newTitle == null
        ? this : new Entity(id, name, kind, country, newTitle, anonymous);
  }

  /** This entity with a country, unless it has one already. */
  public Entity withCountry(String newCountry) {
    return country != null || newCountry == null
        ? this : new Entity(id, name, kind, newCountry, title, anonymous);
  }
}
