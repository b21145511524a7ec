package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.ActorKind;
import org.entente.Quote;
import org.entente.lexicon.AllianceEntry;

/**
 * What the stance rules need of one annotated document: sentences, their enhanced++ graphs, and
 * the actor and alliance mentions by sentence. Built per document, so the annotator keeps no
 * state between documents.
 */
final class StanceDoc {
  final String text;
  final List<CoreMap> sentences;
  final Map<String, Entity> entities;
  final Map<String, AllianceEntry> alliances;
  /** The quote annotator's output, or null when it did not run (quotes branch not merged). */
  final List<Quote> quotes;
  private final List<List<Mention>> bySentence = new ArrayList<>();

  StanceDoc(Annotation doc) {
    this.text = doc.get(CoreAnnotations.TextAnnotation.class);
    this.sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Map<String, Entity> e = doc.get(EntenteAnnotations.ActorEntitiesAnnotation.class);
    this.entities = e == null ? Map.of() : e;
    Map<String, AllianceEntry> a = doc.get(EntenteAnnotations.AllianceEntitiesAnnotation.class);
    this.alliances = a == null ? Map.of() : a;
    this.quotes = doc.get(EntenteAnnotations.QuotesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      bySentence.add(new ArrayList<>());
    }
    add(doc.get(EntenteAnnotations.ActorMentionsAnnotation.class));
    add(doc.get(EntenteAnnotations.AllianceMentionsAnnotation.class));
  }

  private void add(List<Mention> mentions) {
    if (mentions != null) {
      for (Mention m : mentions) {
        if (m.sentence() >= 0 && m.sentence() < bySentence.size()) {
          bySentence.get(m.sentence()).add(m);
        }
      }
    }
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
    for (Mention m : bySentence.get(s)) {
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
    for (Mention m : bySentence.get(s)) {
      if (m.covers(s, token)) {
        return m;
      }
    }
    return null;
  }

  List<Mention> mentionsIn(int s) {
    return bySentence.get(s);
  }

  /** The state an actor belongs to: itself for a state, its country for others, else null. */
  String countryOf(String id) {
    Entity e = entities.get(id);
    if (e == null) {
      return null;
    }
    return e.kind() == ActorKind.STATE ? e.id() : e.country();
  }

  /**
   * What "it" or "its" at token {@code token} (0-based) of sentence {@code s} stands for: the
   * nearest state or organisation named before it in the sentence, or null.
   */
  String lastBodyBefore(int s, int token) {
    Mention best = null;
    for (Mention m : bySentence.get(s)) {
      ActorKind k = kindOf(m.id());
      if (m.tokenEnd() <= token && (k == ActorKind.STATE || k == ActorKind.ORGANIZATION)
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
      for (Mention m : bySentence.get(k)) {
        if (kindOf(m.id()) == ActorKind.STATE && (k < s || m.tokenEnd() <= w.index() - 1)
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
      if (e.kind() != ActorKind.PERSON || !state.equals(e.country()) || e.title() == null
          || !LEADER_TITLES.contains(e.title())) {
        continue;
      }
      long n = bySentence.stream().flatMap(List::stream).filter(m -> m.id().equals(e.id()))
          .count();
      if (n > bestCount) {
        best = e.id();
        bestCount = n;
      }
    }
    return best;
  }

  ActorKind kindOf(String id) {
    Entity e = entities.get(id);
    return e == null ? null : e.kind();
  }

  boolean isAlliance(String id) {
    return alliances.containsKey(id);
  }
}
