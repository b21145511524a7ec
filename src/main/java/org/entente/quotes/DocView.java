package org.entente.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.reference.Mention;

/**
 * The quote finders' helpers over one document's {@link DocumentIndex}: sentence lookup by
 * offset, dependency-tree navigation. Built per document.
 */
final class DocView {
  final DocumentIndex index;
  final String text;
  final List<List<CoreLabel>> tokens = new ArrayList<>();
  final List<SemanticGraph> basic = new ArrayList<>();
  final List<SemanticGraph> enhanced = new ArrayList<>();
  final List<Mention> mentions;
  final Map<String, Entity> entities;

  DocView(DocumentIndex index) {
    this.index = index;
    this.text = index.text();
    this.mentions = index.actorMentions();
    this.entities = index.actors();
    for (int s = 0; s < index.sentenceCount(); s++) {
      tokens.add(index.tokens(s));
      basic.add(index.basic(s));
      enhanced.add(index.enhanced(s));
    }
  }

  int sentences() {
    return tokens.size();
  }

  /** The actor mention covering token {@code t} (0-based) of sentence {@code s}, or null. */
  Mention mentionAt(int s, int t) {
    return index.actorAt(s, t);
  }

  /** The sentence whose tokens span {@code offset}, or the nearest one before it. */
  int sentenceAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int best = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      List<CoreLabel> t = tokens.get(mid);
      if (t.isEmpty() || t.get(0).beginPosition() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  int sentenceBegin(int s) {
    return tokens.get(s).get(0).beginPosition();
  }

  int sentenceEnd(int s) {
    List<CoreLabel> t = tokens.get(s);
    return t.get(t.size() - 1).endPosition();
  }

  /** Offset of the start of the paragraph (line) holding {@code offset}. */
  int paragraphBegin(int offset) {
    return index.paragraphBegin(offset);
  }

  /** Offset of the end of the paragraph (line) holding {@code offset}. */
  int paragraphEnd(int offset) {
    return index.paragraphEnd(offset);
  }

  CoreLabel token(int s, int t) {
    return tokens.get(s).get(t);
  }

  /** The basic-dependency node of token {@code t} (0-based), or null. */
  IndexedWord node(int s, int t) {
    SemanticGraph g = basic.get(s);
    return g == null ? null : g.getNodeByIndexSafe(t + 1);
  }

  /** The basic-dependency head of {@code w}, or null for a root. */
  IndexedWord parent(int s, IndexedWord w) {
    SemanticGraph g = basic.get(s);
    List<SemanticGraphEdge> in = g.incomingEdgeList(w);
    return in.isEmpty() ? null : in.get(0).getGovernor();
  }

  /** The relation from {@code w}'s basic head to it ("ccomp"), or "root". */
  String relation(int s, IndexedWord w) {
    List<SemanticGraphEdge> in = basic.get(s).incomingEdgeList(w);
    return in.isEmpty() ? "root" : in.get(0).getRelation().toString();
  }

  /** The basic-dependency children of {@code w} by a relation name (exact, or prefix + ':'). */
  List<IndexedWord> children(int s, IndexedWord w, String rel) {
    return children(basic.get(s), w, rel);
  }

  /** The enhanced++ children of token {@code w} by a relation name. */
  List<IndexedWord> enhancedChildren(int s, IndexedWord w, String rel) {
    SemanticGraph g = enhanced.get(s);
    if (g == null) {
      return List.of();
    }
    IndexedWord e = g.getNodeByIndexSafe(w.index());
    return e == null ? List.of() : children(g, e, rel);
  }

  private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String rel) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      String r = e.getRelation().toString();
      if (r.equals(rel) || r.startsWith(rel + ":")) {
        out.add(e.getDependent());
      }
    }
    return out;
  }

  /** [first, last] 0-based token indices of {@code w}'s basic subtree. */
  int[] subtree(int s, IndexedWord w) {
    int lo = w.index();
    int hi = w.index();
    for (IndexedWord d : basic.get(s).descendants(w)) {
      lo = Math.min(lo, d.index());
      hi = Math.max(hi, d.index());
    }
    return new int[] {lo - 1, hi - 1};
  }

  String lemma(int s, int t) {
    String l = token(s, t).lemma();
    return l == null ? token(s, t).word() : l;
  }

  String tag(int s, int t) {
    String p = token(s, t).tag();
    return p == null ? "" : p;
  }

  /** Whether the enhanced++ edge from {@code gov} to {@code dep} is a passive subject. */
  boolean relationIsPassive(int s, IndexedWord gov, IndexedWord dep) {
    SemanticGraph g = enhanced.get(s);
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(g.getNodeByIndexSafe(gov.index()))) {
      if (e.getDependent().index() == dep.index()) {
        return e.getRelation().toString().contains("pass");
      }
    }
    return false;
  }
}
