package org.entente;

/** How words are attributed. */
public enum QuoteKind {
  /** Words inside quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks ("X said that ..."). */
  INDIRECT
}
