package org.entente.lexicon;

/**
 * The side a stance word takes, as the rule files write it. The internal twin of the public
 * {@code org.entente.Polarity}: the lexicon depends on nothing else of entente, and the facade
 * maps one onto the other by name.
 */
public enum Leaning {
  /** Backs, welcomes, cooperates with the target. */
  SUPPORT,
  /** Condemns, sanctions, rejects the target. */
  OPPOSE
}
