package org.entente.stances;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.StanceLexicon;

/**
 * Decides whether a matched stance is cancelled: negated ("did not oppose", "no support for"),
 * embedded under a negator ("refused to condemn", "stopped short of endorsing"), conditional ("if
 * Moscow backs ...") or asked ("Will Beijing back Moscow?"). A cancelled match gives no stance.
 */
final class StanceNegation {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither",
      "nor", "without", "hardly");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  /** Relations climbed from the trigger to the predicates that embed it. */
  private static final Set<String> EMBEDDING = Set.of("xcomp", "advcl", "obl", "obj", "acl",
      "nmod", "nsubj");
  private static final int MAX_CLIMB = 3;
  /**
   * Adverbial clauses that stand beside their governor rather than under it: "Xi resisted the
   * call, while Moscow pledged its solidarity" does not negate the pledge.
   */
  private static final Set<String> SIDE_CLAUSES = Set.of("advcl:while", "advcl:whereas",
      "advcl:although", "advcl:though", "advcl:after", "advcl:before", "advcl:as",
      "advcl:because", "advcl:since", "advcl:when", "advcl:but");

  private final StanceLexicon lexicon;

  StanceNegation(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the stance stated at {@code trigger} (and its predicate {@code pred}) is cancelled. */
  boolean cancelled(SemanticGraph g, IndexedWord trigger, IndexedWord pred, List<String> words) {
    if (!words.isEmpty() && words.get(words.size() - 1).equals("?")) {
      return true;
    }
    if (negatedOrConditional(g, trigger) || (pred != null && negatedOrConditional(g, pred))) {
      return true;
    }
    IndexedWord node = pred != null ? pred : trigger;
    for (int step = 0; step < MAX_CLIMB; step++) {
      IndexedWord up = null;
      for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
        if (EMBEDDING.contains(base) && !SIDE_CLAUSES.contains(rel)) {
          up = e.getGovernor();
          break;
        }
      }
      if (up == null) {
        return false;
      }
      if (lexicon.has("NEGATOR", up.lemma()) || negatedOrConditional(g, up)) {
        return true;
      }
      node = up;
    }
    return false;
  }

  private static boolean negatedOrConditional(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      String rel = e.getRelation().toString();
      String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")
          || rel.equals("cc:preconj") || rel.equals("case")) && NEGATIONS.contains(dep)) {
        return true;
      }
      if (rel.equals("mark") && CONDITIONS.contains(dep)) {
        return true;
      }
    }
    return false;
  }
}
