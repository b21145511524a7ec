package org.entente.quotes;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a speech cue's subject is a description that names a source without naming an actor:
 * a common noun with a determiner, a possessor or an adjective ("the editorial board", "one
 * commenter", "the paper's columnist"), or a bare plural ("critics"). Not a pronoun, a proper
 * noun, a number or quantity ("73 percent"), nor a word that stands for time or manner ("the
 * way", "the day"): those speak for no one.
 */
final class DescribedSource {
  /** Heads that are no source however they are modified. */
  private static final Set<String> NOT_SOURCES = Set.of("way", "day", "time", "year", "week",
      "month", "thing", "fact", "point", "idea", "reason", "question", "answer", "problem",
      "percent", "number", "lot", "rest", "part", "kind", "sort", "end", "result", "case");

  private DescribedSource() {}

  static boolean is(DocView v, int s, IndexedWord head) {
    int t = head.index() - 1;
    String tag = v.tag(s, t);
    if (!tag.equals("NN") && !tag.equals("NNS")
        || NOT_SOURCES.contains(v.lemma(s, t).toLowerCase(Locale.ROOT))
        || v.children(s, head, "nummod").stream()
            .anyMatch(n -> !n.word().equalsIgnoreCase("one"))) {
      return false;
    }
    return tag.equals("NNS") || !v.children(s, head, "det").isEmpty()
        || !v.children(s, head, "nummod").isEmpty()
        || !v.children(s, head, "nmod:poss").isEmpty() || !v.children(s, head, "amod").isEmpty();
  }
}
