package org.entente.stances.learn;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * What the learned stance sieve reads of one annotated document. The stance extractor
 * implements it over its own document view, so this package reads no annotation directly.
 */
public interface StanceContext {
  /**
   * An actor or alliance mention.
   *
   * @param id the actor's or alliance's id
   * @param sentence index of its sentence
   * @param tokenBegin its first token in the sentence (0-based)
   * @param tokenEnd one past its last token
   * @param begin offset of its first character
   * @param end offset one past its last character
   * @param pronoun whether it is a pronoun
   */
  record Ref(String id, int sentence, int tokenBegin, int tokenEnd, int begin, int end,
      boolean pronoun) {}

  /**
   * A quote: its content's offsets, its speakers, and whether it stands in quotation marks.
   *
   * @param begin offset of the content's first character
   * @param end offset one past its last
   * @param speakers the speakers' ids
   * @param direct true when in quotation marks
   */
  record Said(int begin, int end, List<String> speakers, boolean direct) {}

  /** The kinds of id the classifier distinguishes. */
  enum Kind {
    /** A state. */
    STATE,
    /** A person. */
    PERSON,
    /** An organisation other than an alliance. */
    ORGANIZATION,
    /** An alliance, bloc or international organisation. */
    ALLIANCE,
    /** An id of no known kind. */
    OTHER
  }

  /**
   * The document text.
   *
   * @return the text
   */
  String text();

  /**
   * How many sentences the document has.
   *
   * @return the number of sentences
   */
  int sentenceCount();

  /**
   * The tokens of a sentence.
   *
   * @param s the sentence's index
   * @return its tokens
   */
  List<CoreLabel> tokens(int s);

  /**
   * The enhanced++ dependency graph of a sentence.
   *
   * @param s the sentence's index
   * @return the graph, or null when the sentence was not parsed
   */
  SemanticGraph graph(int s);

  /**
   * The actor and alliance mentions of a sentence.
   *
   * @param s the sentence's index
   * @return its mentions
   */
  List<Ref> mentions(int s);

  /**
   * The kind of an actor or alliance id.
   *
   * @param id the id
   * @return its kind
   */
  Kind kind(String id);

  /**
   * The state an actor belongs to (itself for a state).
   *
   * @param id the actor's id
   * @return the state's id, or null
   */
  String countryOf(String id);

  /**
   * The quotes found in the document.
   *
   * @return the quotes; empty when the quote stage did not run
   */
  List<Said> quotes();

  /**
   * The actor ids a node stands for through the reference stage: a mention, a pronoun, "the
   * country", "the two leaders".
   *
   * @param s the sentence's index
   * @param node a node of its graph
   * @return the ids; empty when none
   */
  List<String> resolve(int s, IndexedWord node);
}
