package org.entente.stances;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import org.entente.lexicon.AllianceEntry;
import org.entente.reference.BackReferences;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;

/**
 * The stance rules' helpers over one document's {@link DocumentIndex}: mention lookup with
 * alliance precedence, the countries and kinds of actors. Built per document, so the extractor
 * keeps no state between documents.
 */
final class StanceDoc {
  final String text;
  final List<CoreMap> sentences;
  final Map<String, Entity> entities;
  final Map<String, AllianceEntry> alliances;
  private final DocumentIndex index;
  private final BackReferences refs;

  StanceDoc(DocumentIndex index) {
    this.index = index;
    this.refs = index.backReferences();
    this.text = index.text();
    this.sentences = index.sentences();
    this.entities = index.actors();
    this.alliances = index.alliances();
  }

  SemanticGraph graph(int s) {
    return sentences.get(s).get(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  List<CoreLabel> tokens(int s) {
    return sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
  }

  /** The actor or alliance mention that covers a graph node of sentence {@code s}, or null. */
  Mention mentionAt(int s, IndexedWord w) {
    return refs.mentionAt(s, w);
  }

  /** The actor or alliance mention that covers token {@code token} (0-based) of sentence s. */
  Mention mentionAt(int s, int token) {
    return refs.mentionAt(s, token);
  }

  List<Mention> mentionsIn(int s) {
    return index.mentionsIn(s);
  }

  String countryOf(String id) {
    return refs.countryOf(id);
  }

  String theCountry(int s, SemanticGraph g, IndexedWord w) {
    return refs.theCountry(s, g, w);
  }

  /** The document's back-reference resolver. */
  BackReferences refs() {
    return refs;
  }

  EntityKind kindOf(String id) {
    return refs.kindOf(id);
  }

  boolean isAlliance(String id) {
    return refs.isAlliance(id);
  }
}
