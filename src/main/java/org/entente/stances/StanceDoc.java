package org.entente.stances;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entente.lexicon.AllianceEntry;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;
import org.entente.reference.Utterance;

/**
 * The stance rules' helpers over one document's {@link DocumentIndex}: mention lookup with
 * alliance precedence, countries and leaders of actors. Built per document, so the extractor
 * keeps no state between documents.
 */
final class StanceDoc {
  final String text;
  final List<CoreMap> sentences;
  final Map<String, Entity> entities;
  final Map<String, AllianceEntry> alliances;
  /** The quote stage's utterances, or null when it did not run. */
  final List<Utterance> quotes;
  private final DocumentIndex index;

  StanceDoc(DocumentIndex index) {
    this.index = index;
    this.text = index.text();
    this.sentences = index.sentences();
    this.entities = index.actors();
    this.alliances = index.alliances();
    this.quotes = index.utterances();
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
    // IndexedWord indices are 1-based; mention token offsets are 0-based.
    int token = w.index() - 1;
    Mention best = null;
    for (Mention m : index.mentionsIn(s)) {
      if (!m.covers(s, token)) {
        continue;
      }
      // An alliance name wins over an organisation NER found on the same words ("NATO").
      if (isAlliance(m.id()) && (best == null || !isAlliance(best.id()))) {
        best = m;
      } else if (best == null || (isAlliance(m.id()) == isAlliance(best.id())
          && m.tokenEnd() - m.tokenBegin() > best.tokenEnd() - best.tokenBegin())) {
        best = m;
      }
    }
    return best;
  }

  /** The actor or alliance mention that covers token {@code token} (0-based) of sentence s. */
  Mention mentionAt(int s, int token) {
    for (Mention m : index.mentionsIn(s)) {
      if (m.covers(s, token)) {
        return m;
      }
    }
    return null;
  }

  List<Mention> mentionsIn(int s) {
    return index.mentionsIn(s);
  }

  /** The state an actor belongs to: itself for a state, its country for others, else null. */
  String countryOf(String id) {
    Entity e = entities.get(id);
    if (e == null) {
      return null;
    }
    return e.kind() == EntityKind.STATE ? e.id() : e.country();
  }

  /**
   * What "it" or "its" at token {@code token} (0-based) of sentence {@code s} stands for: the
   * nearest state or organisation named before it in the sentence, or null.
   */
  String lastBodyBefore(int s, int token) {
    Mention best = null;
    for (Mention m : index.mentionsIn(s)) {
      EntityKind k = kindOf(m.id());
      if (m.tokenEnd() <= token && (k == EntityKind.STATE || k == EntityKind.ORGANIZATION)
          && (best == null || m.tokenEnd() > best.tokenEnd())) {
        best = m;
      }
    }
    return best == null ? null : best.id();
  }

  /**
   * What "the country" (node {@code w} of sentence {@code s}) stands for: the first state named
   * in its sentence, else in the sentence before; null when the noun is not "the country".
   */
  String theCountry(int s, SemanticGraph g, IndexedWord w) {
    if (!w.word().equalsIgnoreCase("country")) {
      return null;
    }
    boolean the = false;
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("det") && e.getDependent().word().equalsIgnoreCase("the")) {
        the = true;
      } else if (rel.equals("amod") || rel.startsWith("nmod") || rel.equals("compound")) {
        return null; // "the other country", "the country of origin"
      }
    }
    if (!the) {
      return null;
    }
    for (int k = s; k >= Math.max(0, s - 1); k--) {
      Mention first = null;
      for (Mention m : index.mentionsIn(k)) {
        if (kindOf(m.id()) == EntityKind.STATE && (k < s || m.tokenEnd() <= w.index() - 1)
            && (first == null || m.tokenBegin() < first.tokenBegin())) {
          first = m;
        }
      }
      if (first != null) {
        return first.id();
      }
    }
    return null;
  }

  /** Titles of the people who speak for their state as a whole. */
  private static final java.util.Set<String> LEADER_TITLES = java.util.Set.of("president",
      "prime-minister", "chancellor", "leader", "general-secretary", "chairman", "king",
      "emperor", "emir", "sultan", "supreme-leader", "counterpart");

  /**
   * The person who leads {@code state} in this document: of the people of that state with a
   * leader's title, the one mentioned most; null when there is none.
   */
  String leaderOf(String state) {
    String best = null;
    long bestCount = 0;
    for (Entity e : entities.values()) {
      if (e.kind() != EntityKind.PERSON || !state.equals(e.country()) || e.title() == null
          || !LEADER_TITLES.contains(e.title())) {
        continue;
      }
      long n = IntStream.range(0, sentences.size()).mapToObj(index::mentionsIn).flatMap(List::stream).filter(m -> m.id().equals(e.id()))
          .count();
      if (n > bestCount) {
        best = e.id();
        bestCount = n;
      }
    }
    return best;
  }

  EntityKind kindOf(String id) {
    Entity e = entities.get(id);
    return e == null ? null : e.kind();
  }

  boolean isAlliance(String id) {
    return alliances.containsKey(id);
  }
}
