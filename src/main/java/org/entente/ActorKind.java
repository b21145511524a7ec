package org.entente;

/** What an actor is. */
public enum ActorKind {
  /** A named or described person ("Vladimir Putin", "a Kremlin aide"). */
  PERSON,
  /** A sovereign state or territory, by ISO 3166-1 alpha-3 code. */
  STATE,
  /** Any other organisation: ministries, agencies, media, companies. */
  ORGANIZATION
}
