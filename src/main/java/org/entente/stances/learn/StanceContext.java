package org.entente.stances.learn;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.entente.stances.StanceFact;

/**
 * What the learned stance sieve reads of one annotated document. The stance annotator implements
 * it over its own document view, so this package needs no annotator class (no package cycle).
 */
public interface StanceContext {
  /** An actor or alliance mention: its id and where it is (tokens 0-based, end exclusive). */
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
  enum Kind { STATE, PERSON, ORGANIZATION, ALLIANCE, OTHER }

  /** The document text. */
  String text();

  /** How many sentences the document has. */
  int sentenceCount();

  /** The tokens of sentence {@code s}. */
  List<CoreLabel> tokens(int s);

  /** The enhanced++ dependency graph of sentence {@code s}, or null when it was not parsed. */
  SemanticGraph graph(int s);

  /** The actor and alliance mentions of sentence {@code s}. */
  List<Ref> mentions(int s);

  /** The kind of an actor or alliance id. */
  Kind kind(String id);

  /** The state an actor belongs to (itself for a state), or null. */
  String countryOf(String id);

  /** The quotes found in the document (empty when the quote stage did not run). */
  List<Said> quotes();

  /**
   * The actor ids a node stands for through the reference stage: a mention, a pronoun, "the
   * country", "the two leaders"; empty when none.
   */
  List<String> resolve(int s, IndexedWord node);

  /** The stances the rule sieve found, used as features. */
  List<StanceFact> ruleStances();
}
