package org.entente.eval;

import static java.util.Objects.requireNonNull;

import org.entente.ActorKind;

/**
 * One actor of a gold file.
 *
 * @param id canonical id ({@code RUS}, {@code vladimir-putin}, {@code kremlin})
 * @param kind person, state or organisation; null when the file leaves it out
 * @param name display name, or null
 * @param country ISO alpha-3 code of the actor's country, or null
 * @param anonymous true for an unnamed source
 */
public record GoldActor(String id, ActorKind kind, String name, String country, boolean anonymous) {
  /**
   * Checks that the id is present.
   *
   * @param id canonical id; not null
   * @param kind person, state or organisation, or null
   * @param name display name, or null
   * @param country ISO alpha-3 code of the actor's country, or null
   * @param anonymous true for an unnamed source
   */
  public GoldActor {
    requireNonNull(id, "id");
  }
}
