package org.entente;

/** Which way a stance points. */
public enum Polarity {
  /** The holder is for the target. */
  SUPPORT,
  /** The holder is against the target. */
  OPPOSE
}
