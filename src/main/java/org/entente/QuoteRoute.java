package org.entente;

/** How the speaker of a {@link Quote} was found: the rule that attributed it. */
public enum QuoteRoute {
  /** The subject of the speech cue ("Putin said"). */
  CUE_SUBJECT,
  /** A title that names one office holder ("the US President said"). */
  TITLE,
  /** A pronoun subject resolved to the actor named before ("he said"). */
  PRONOUN,
  /** An appositive to the cue's subject ("the minister, Penny Wong, said"). */
  APPOSITION,
  /** A plural subject that stands for the actors named before ("the two leaders said"). */
  GROUP,
  /** An unnamed source ("a senior official said"). */
  ANONYMOUS,
  /** A document that speaks for its issuer ("the statement said"). */
  DOCUMENT,
  /** An actor inside a longer subject phrase ("a spokesman for the ministry said"). */
  SUBJECT_PHRASE,
  /** An "according to X" phrase. */
  ACCORDING_TO,
  /** A speaker introduced before a colon ("Putin: ..."). */
  COLON,
  /** A quotation that goes on from the previous paragraph's. */
  CONTINUATION,
  /** A cue in the sentence before or after the quotation. */
  ADJACENT_SENTENCE,
  /** No rule found a speaker; the trained speaker scorer chose its best candidate. */
  SPEAKER_MODEL,
  /** No speaker was found. */
  NONE,
  /** Not entente's: CoreNLP's own quote attribution, in {@code evaluate --compare-corenlp}. */
  CORENLP_QUOTE_ATTRIBUTION
}
