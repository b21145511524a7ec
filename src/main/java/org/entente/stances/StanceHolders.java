package org.entente.stances;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.lexicon.StanceLexicon;
import org.entente.reference.Holders;

/**
 * Finds who holds a stance: the subject of the stance predicate, resolved to actor ids by the
 * reference stage ({@link Holders}) over the stance lexicon's vocabulary.
 */
final class StanceHolders {
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj");

  /** The reference stage's resolution of holder words, over this lexicon's vocabulary. */
  private final Holders references;

  StanceHolders(StanceLexicon lexicon) {
    this.references = new Holders(new Holders.Words(w -> lexicon.has("LEADERS", w),
        w -> lexicon.has("SPEECH", w), w -> lexicon.has("PLURAL", w),
        w -> lexicon.has("PLURAL_PERSON", w), w -> lexicon.has("PLURAL_STATE", w),
        t -> lexicon.has("LEADER_TITLE", t)));
  }

  /**
   * The subject nodes of {@code pred}. Passive subjects count only for adjectival predicates
   * ("are opposed to"), where they are the holder, not the patient. Without a subject of its own,
   * a participle or infinitive takes the subject of the clause it hangs from.
   */
  List<IndexedWord> subjects(SemanticGraph g, IndexedWord pred, boolean passiveHolds) {
    IndexedWord node = pred;
    for (int step = 0; step < 3 && node != null; step++) {
      List<IndexedWord> out = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        if (SUBJECT.contains(rel) || (passiveHolds && rel.equals("nsubj:pass"))) {
          out.add(e.getDependent());
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      IndexedWord up = null;
      for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        if (rel.equals("xcomp") || rel.equals("advcl") || rel.startsWith("conj")) {
          up = e.getGovernor();
          break;
        }
      }
      node = up;
      passiveHolds = false;
    }
    return List.of();
  }

  /** The actor ids a holder node stands for; empty when it names no known actor. */
  List<String> resolve(StanceDoc d, int s, SemanticGraph g, IndexedWord node) {
    return references.resolve(d.refs(), s, g, node);
  }

  /** A plural anaphor ("they", "the two sides"): the last conjoined actors before it. */
  List<String> plural(StanceDoc d, int s, IndexedWord node) {
    return references.plural(d.refs(), s, node);
  }

  /** The state last paired with {@code own} at or before sentence {@code s}, or null. */
  String partnerOf(StanceDoc d, int s, String own) {
    return d.refs().partnerOf(s, own);
  }
}
