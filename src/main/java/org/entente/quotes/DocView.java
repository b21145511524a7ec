package org.entente.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.Entity;
import org.entente.annotators.Mention;

/**
 * Read-only access to one annotated document for the quote finders: tokens, both dependency
 * graphs, actor mentions by token, and character offsets. Built per document.
 */
final class DocView {
  final String text;
  final List<List<CoreLabel>> tokens = new ArrayList<>();
  final List<SemanticGraph> basic = new ArrayList<>();
  final List<SemanticGraph> enhanced = new ArrayList<>();
  final List<Mention> mentions;
  final Map<String, Entity> entities;
  private final List<Mention[]> byToken = new ArrayList<>();
  private final int[] newlines; // offsets of the line breaks, ascending

  DocView(CoreMap doc) {
    this.text = doc.get(CoreAnnotations.TextAnnotation.class);
    this.newlines = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n')
        .toArray();
    List<Mention> ms = doc.get(EntenteAnnotations.ActorMentionsAnnotation.class);
    this.mentions = ms == null ? List.of() : ms;
    Map<String, Entity> es = doc.get(EntenteAnnotations.ActorEntitiesAnnotation.class);
    this.entities = es == null ? Map.of() : es;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      tokens.add(toks);
      basic.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
      enhanced.add(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
      byToken.add(new Mention[toks.size()]);
    }
    for (Mention m : mentions) {
      Mention[] row = byToken.get(m.sentence());
      for (int t = m.tokenBegin(); t < m.tokenEnd() && t < row.length; t++) {
        row[t] = m;
      }
    }
  }

  int sentences() {
    return tokens.size();
  }

  /** The actor mention covering token {@code t} (0-based) of sentence {@code s}, or null. */
  Mention mentionAt(int s, int t) {
    Mention[] row = byToken.get(s);
    return t >= 0 && t < row.length ? row[t] : null;
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
    // Binary search over the line breaks: a scan would make a long line with many quotations
    // quadratic.
    int i = Arrays.binarySearch(newlines, Math.max(0, offset - 1));
    int last = i >= 0 ? i : -i - 2; // the last break at or before offset - 1
    return last >= 0 ? newlines[last] + 1 : 0;
  }

  /** Offset of the end of the paragraph (line) holding {@code offset}. */
  int paragraphEnd(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    int next = i >= 0 ? i : -i - 1; // the first break at or after offset
    return next < newlines.length ? newlines[next] : text.length();
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
