package org.entente.reference;

/**
 * What kind of actor an {@link Entity} is. The internal twin of the public {@code
 * org.entente.ActorKind}, so that nothing below the facade depends on the public records; the
 * facade maps one onto the other by name.
 */
public enum EntityKind {
  /** A named or unnamed person. */
  PERSON,
  /** A sovereign state. */
  STATE,
  /** A ministry, agency, company, party or other body. */
  ORGANIZATION
}
