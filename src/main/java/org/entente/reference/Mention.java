package org.entente.reference;

/**
 * One mention of an actor or alliance, in token and character coordinates.
 *
 * @param id the actor's or alliance's id
 * @param sentence index of the sentence in the document
 * @param tokenBegin index of the first token in the sentence (0-based)
 * @param tokenEnd index one past the last token in the sentence
 * @param begin character offset of the mention's start in the document text
 * @param end character offset one past its end
 * @param via how the mention was recognised
 */
public record Mention(
    String id, int sentence, int tokenBegin, int tokenEnd, int begin, int end, Via via) {

  /** How a mention was recognised. */
  public enum Via {
    /** A full name or alias from the gazetteer, or a name found by NER. */
    NAME,
    /** A surname or other short form of a name given in the same document or the gazetteer. */
    SURNAME,
    /** A title or description ("the Russian President", "his Chinese counterpart"). */
    TITLE,
    /** A personal pronoun. */
    PRONOUN,
    /** A capital or seat of power standing for a state ("Moscow", "the Kremlin"). */
    METONYM,
    /** A nationality adjective or noun ("Russian troops"). */
    DEMONYM
  }

  /**
   * Whether this mention covers the token {@code token} of sentence {@code sentence}.
   *
   * @param sentence index of the sentence in the document
   * @param token index of the token in that sentence (0-based)
   * @return true if the token lies within {@code [tokenBegin, tokenEnd)} of that sentence
   */
  public boolean covers(int sentence, int token) {
    return this.sentence == sentence && token >= tokenBegin && token < tokenEnd;
  }
}
