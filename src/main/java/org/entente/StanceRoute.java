package org.entente;

/** How a stance's holder was tied to its target: the candidate route that proposed the pair. */
public enum StanceRoute {
  /** The holder is the subject or agent of the clause whose object or complement names the target. */
  CLAUSE_SUBJECT,
  /** The holder is the speaker of a quote (direct or reported) that names the target. */
  QUOTE_SPEAKER,
  /** The holder or target is one of several coordinated ones ("Russia and China oppose X"). */
  JOINT,
  /** The holder is carried from the quote of the sentence before, in the same paragraph. */
  CARRIED
}
