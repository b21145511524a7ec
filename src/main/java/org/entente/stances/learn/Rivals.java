package org.entente.stances.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Holder competition, stacked: a first-stage stance model scores every candidate of a
 * sentence, and each pair learns whether its holder scores best among the holders its target
 * has in one of its sentences, is the target's only holder there, or trails the best by a
 * little or a lot. The second-stage models read that with the pair's own features. The first
 * stage's scores of a training document must come from a model that did not train on it.
 */
public final class Rivals {
  /** Prefix of the features this class adds. */
  public static final String PREFIX = "rk:";

  private Rivals() {}

  /**
   * The pairs with their rank features.
   *
   * @param pairs a document's candidates, gathered by pair ({@link Pairs})
   * @param raw the same document's candidates before gathering, one per pair and sentence
   * @param first the first-stage stance model (classes NONE, STANCE)
   * @return the same pairs in the same order, each with its {@code rk:} feature
   */
  public static List<Candidate> ranked(List<Candidate> pairs, List<Candidate> raw,
      LogisticModel first) {
    double[] q = new double[raw.size()];
    for (int i = 0; i < q.length; i++) {
      q[i] = first.probabilities(withoutRanks(raw.get(i).features()))[1];
    }
    return ranked(pairs, raw, q);
  }

  /**
   * The pairs with rank features from given first-stage scores.
   *
   * @param pairs a document's candidates, gathered by pair
   * @param raw the same document's candidates before gathering
   * @param q each raw candidate's first-stage probability of a stance
   * @return the same pairs in the same order, each with its {@code rk:} feature (none for a
   *     pair no stated sentence proposes)
   */
  public static List<Candidate> ranked(List<Candidate> pairs, List<Candidate> raw,
      double[] q) {
    if (q.length != raw.size()) {
      throw new IllegalArgumentException(raw.size() + " candidates, " + q.length + " scores");
    }
    Map<String, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      Candidate c = raw.get(i);
      // Sentences that state nothing are not gathered either.
      if (!Pairs.unstated(c)) {
        bySentence.computeIfAbsent(c.sentence() + "\t" + c.target(), k -> new ArrayList<>())
            .add(i);
      }
    }
    Map<String, String> best = new HashMap<>();
    for (List<Integer> group : bySentence.values()) {
      for (int i : group) {
        // The pair's best standing over its sentences: top somewhere beats alone beats behind.
        best.merge(raw.get(i).holder() + "\t" + raw.get(i).target(), standing(i, group, q),
            (a, b) -> ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b);
      }
    }
    List<Candidate> out = new ArrayList<>(pairs.size());
    for (Candidate c : pairs) {
      TreeSet<String> f = new TreeSet<>(withoutRanks(c.features()));
      String v = best.get(c.holder() + "\t" + c.target());
      if (v != null) {
        f.add(PREFIX + "s:" + v);
      }
      out.add(c.withFeatures(f));
    }
    return out;
  }

  /** Standings, best first. */
  private static final List<String> ORDER = List.of("1", "alone", "2:<.1", "2:<.3", "2:.3+");

  /** Candidate i's standing among the holders of its target in its sentence. */
  private static String standing(int i, List<Integer> group, double[] q) {
    if (group.size() == 1) {
      return "alone";
    }
    boolean top = true;
    double best = q[i];
    for (int j : group) {
      // Ties go to the earlier candidate.
      if (j != i && (q[j] > q[i] || q[j] == q[i] && j < i)) {
        top = false;
      }
      best = Math.max(best, q[j]);
    }
    double gap = best - q[i];
    return top ? "1" : gap < 0.1 ? "2:<.1" : gap < 0.3 ? "2:<.3" : "2:.3+";
  }

  /**
   * The features without rank ones (a pair ranked twice is ranked afresh; a first stage reads
   * none).
   *
   * @param features a candidate's features
   * @return them without the {@link #PREFIX} ones
   */
  public static List<String> withoutRanks(List<String> features) {
    return features.stream().filter(x -> !x.startsWith(PREFIX)).toList();
  }
}
