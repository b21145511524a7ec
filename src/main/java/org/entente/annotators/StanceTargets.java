package org.entente.annotators;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what a stance is about: the actor or alliance nearest the target node in its dependency
 * subtree, so that "a new expansion of NATO" gives NATO and "the provocations of the United States
 * and its satellites" gives the United States. Conjoined mentions of the found one are targets
 * too ("AUKUS and the Quad").
 */
final class StanceTargets {
  /** Relations not followed: they lead to words about the clause, not to what it is about. */
  private static final Set<String> BLOCKED = Set.of("punct", "cc", "det", "case", "mark", "cop",
      "aux", "aux:pass", "acl:relcl", "parataxis", "advcl", "dep", "ref");
  private static final int MAX_DEPTH = 4;

  /** Whether the target node is "each other" or "one another". */
  static boolean reciprocal(SemanticGraph g, IndexedWord target) {
    String w = target.word().toLowerCase(Locale.ROOT);
    if (!w.equals("other") && !w.equals("another")) {
      return false;
    }
    if (w.equals("another")) {
      return true;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(target)) {
      if (e.getDependent().word().equalsIgnoreCase("each")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The target ids under {@code node}, nearest first, leaving out the holder's own side (its id,
   * its state, its state's people): a holder praising "Moscow's ties with Beijing" is about
   * Beijing.
   */
  List<String> find(StanceDoc d, int s, SemanticGraph g, IndexedWord node, String holder) {
    String holderState = d.countryOf(holder);
    Deque<IndexedWord> queue = new ArrayDeque<>();
    Deque<Integer> depth = new ArrayDeque<>();
    Set<IndexedWord> seen = new HashSet<>();
    queue.add(node);
    depth.add(0);
    seen.add(node);
    int foundDepth = -1;
    List<IndexedWord> found = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      IndexedWord w = queue.poll();
      int dep = depth.poll();
      if (foundDepth >= 0 && dep > foundDepth) {
        break;
      }
      Mention m = d.mentionAt(s, w);
      if (m != null && !ownSide(d, m.id(), holder, holderState)) {
        foundDepth = dep;
        found.add(w);
        ids.add(m.id());
        continue;
      }
      if (dep == MAX_DEPTH) {
        continue;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        if (BLOCKED.contains(rel) || seen.contains(e.getDependent())) {
          continue;
        }
        seen.add(e.getDependent());
        queue.add(e.getDependent());
        depth.add(dep + 1);
      }
    }
    // Conjuncts of what was found: "AUKUS and the Quad", "Russia and China".
    for (IndexedWord w : found) {
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        if (e.getRelation().toString().startsWith("conj")) {
          Mention m = d.mentionAt(s, e.getDependent());
          if (m != null && !ownSide(d, m.id(), holder, holderState)) {
            ids.add(m.id());
          }
        }
      }
    }
    return List.copyOf(ids);
  }

  private static boolean ownSide(StanceDoc d, String id, String holder, String holderState) {
    if (id.equals(holder)) {
      return true;
    }
    return holderState != null && holderState.equals(d.countryOf(id));
  }
}
