package org.entente.stances.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.lexicon.Leaning;

/**
 * Labels candidates against gold stances and trains the stance model (each of its two models
 * the average of {@link #RUNS} runs). A candidate is a positive
 * of the gold polarity when the gold lists its holder and target and the gold evidence lies in
 * its sentence; a negative when the gold lists no stance of that holder on that target; left
 * out when the gold lists the pair with evidence elsewhere (the pair may be stated in several
 * sentences, and which one the gold quotes is an accident).
 */
public final class StanceTraining {
  /**
   * Passes over the data for the direction model: a few hundred gold stances, which 20 passes
   * overfit (out-of-fold direction accuracy 0.76 after 20, 0.79 after 5).
   */
  static final int DIRECTION_EPOCHS = 5;

  /**
   * Training runs averaged into each model, from seeds {@code seed} to {@code seed + RUNS - 1}:
   * one run's weights depend on the order AdaGrad saw the examples in (5-fold CV strict F1
   * 0.529, 0.513, 0.516, 0.509 for seeds 42, 7, 8, 9), the average of five much less (0.517,
   * 0.524, 0.520, 0.518), and it holds better on unseen news (35 -> 50 held out 0.270 -> 0.289).
   */
  static final int RUNS = 5;

  /**
   * A feature every weakly labelled pair carries in the stance model and no document's pair
   * does: it takes up how much more often those pairs are stances than a document's, so that
   * their share does not move the bias the corpus pairs are decided with.
   */
  static final String WEAK = "*weak-data*";

  /**
   * The least number of training documents a word feature ({@link #isLexical}) must occur in
   * to be trained on, so that the words of one article's topic do not enter the model.
   */
  public static final int LEXICAL_MIN_DOCS = 3;

  private StanceTraining() {}

  /**
   * Whether a feature names a word (a lemma) rather than a lexicon class, a relation or a kind.
   *
   * @param f a feature
   * @return true for the word features
   */
  public static boolean isLexical(String f) {
    return f.startsWith("tgl:") || f.startsWith("tgr:") || f.startsWith("trig:")
        || f.startsWith("cue:") || f.startsWith("lem:");
  }

  /**
   * The documents' candidates with the word features that fewer than {@code minDocs} of the
   * documents have left out (the others as they are).
   *
   * @param docs each document's candidates
   * @param minDocs the least number of documents a word feature must occur in
   * @return the candidates of all documents, in order, filtered
   */
  public static List<Candidate> withCommonWords(List<List<Candidate>> docs, int minDocs) {
    java.util.Map<String, Integer> df = new java.util.HashMap<>();
    for (List<Candidate> doc : docs) {
      Set<String> seen = new HashSet<>();
      for (Candidate c : doc) {
        for (String f : c.features()) {
          if (isLexical(f) && seen.add(f)) {
            df.merge(f, 1, Integer::sum);
          }
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> doc : docs) {
      for (Candidate c : doc) {
        out.add(withWords(c, f -> df.getOrDefault(f, 0) >= minDocs));
      }
    }
    return out;
  }

  /**
   * A candidate keeping only the word features a test accepts.
   *
   * @param c the candidate
   * @param keep which word features to keep
   * @return the candidate, itself when nothing is dropped
   */
  public static Candidate withWords(Candidate c, java.util.function.Predicate<String> keep) {
    List<String> fs = c.features().stream().filter(f -> !isLexical(f) || keep.test(f)).toList();
    return fs.size() == c.features().size() ? c : c.withFeatures(fs);
  }

  /**
   * One gold stance, as the labeller needs it.
   *
   * @param holder the holder's id
   * @param target the target's id
   * @param polarity its polarity
   * @param evidence the evidence, normalised (lower case, words joined by one space)
   */
  public record GoldPair(String holder, String target, Leaning polarity, String evidence) {}

  /**
   * Whether two ids name the same actor: equal, or person ids (lower case) with the same
   * surname, as the scorer counts them.
   *
   * @param a an id
   * @param b another id
   * @return true if they match
   */
  public static boolean sameId(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (!a.equals(a.toLowerCase()) || !b.equals(b.toLowerCase())) {
      return false;
    }
    return a.substring(a.lastIndexOf('-') + 1).equals(b.substring(b.lastIndexOf('-') + 1));
  }

  /**
   * The class index of a pair (candidates gathered by {@link Pairs}): the polarity the gold
   * gives the holder on the target, else none.
   *
   * @param c the pair's candidate
   * @param gold the document's gold stances
   * @return 0 none, 1 support, 2 oppose
   */
  public static int label(Candidate c, List<GoldPair> gold) {
    for (GoldPair g : gold) {
      if (sameId(c.holder(), g.holder()) && sameId(c.target(), g.target())) {
        return g.polarity() == Leaning.SUPPORT ? 1 : 2;
      }
    }
    return 0;
  }

  /**
   * The class index of a candidate, or -1 to leave it out.
   *
   * @param c the candidate
   * @param sentence its sentence, normalised as the gold evidence is
   * @param gold the document's gold stances
   * @return 0 none, 1 support, 2 oppose, -1 left out
   */
  public static int label(Candidate c, String sentence, List<GoldPair> gold) {
    boolean pairElsewhere = false;
    Set<String> words = new HashSet<>(List.of(sentence.split(" ")));
    for (GoldPair g : gold) {
      if (!sameId(c.holder(), g.holder()) || !sameId(c.target(), g.target())) {
        continue;
      }
      if (evidenceIn(g.evidence(), sentence, words)) {
        return g.polarity() == Leaning.SUPPORT ? 1 : 2;
      }
      pairElsewhere = true;
    }
    return pairElsewhere ? -1 : 0;
  }

  private static boolean evidenceIn(String evidence, String sentence, Set<String> words) {
    if (evidence.isEmpty()) {
      return false;
    }
    if (sentence.contains(evidence) || evidence.contains(sentence)) {
      return true;
    }
    String[] ev = evidence.split(" ");
    int hit = 0;
    for (String w : ev) {
      hit += words.contains(w) ? 1 : 0;
    }
    return hit * 2 >= ev.length && ev.length >= 4;
  }

  /**
   * Trains the stance models on labelled candidates: stance or not on all of them, the
   * direction on the stances alone and on their polarity features.
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (as {@link #label}); -1 ones are skipped
   * @param settings the training settings
   * @return the models
   */
  public static StanceSieve.Models train(List<Candidate> candidates, List<Integer> labels,
      LogisticModel.Settings settings) {
    return train(candidates, labels, List.of(), List.of(), 0, 0, settings);
  }

  /**
   * Trains the stance models on labelled candidates and on weakly labelled ones from outside
   * the corpus, which count less.
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (as {@link #label}); -1 ones are skipped
   * @param extra weakly labelled candidates, in a deterministic order
   * @param extraLabels their labels (0 none, 1 support, 2 oppose; -1 skipped)
   * @param stanceWeight the weight of an extra candidate in the stance-or-not model (0: left
   *     out)
   * @param directionWeight the weight of an extra stance in the direction model (0: left out)
   * @param settings the training settings
   * @return the models
   * @throws IllegalArgumentException when a candidate list and its labels differ in size, or a
   *     weight is negative, NaN or infinite
   */
  public static StanceSieve.Models train(List<Candidate> candidates, List<Integer> labels,
      List<Candidate> extra, List<Integer> extraLabels, double stanceWeight,
      double directionWeight, LogisticModel.Settings settings) {
    return train(candidates, labels, extra, extraLabels, stanceWeight, directionWeight, 1,
        settings);
  }

  /**
   * As {@link #train(List, List, List, List, double, double, LogisticModel.Settings)}, with the
   * corpus's stance pairs weighing {@code positiveWeight} in the stance-or-not model (its
   * no-stance pairs 1).
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (as {@link #label}); -1 ones are skipped
   * @param extra weakly labelled candidates, in a deterministic order
   * @param extraLabels their labels (0 none, 1 support, 2 oppose; -1 skipped)
   * @param stanceWeight the weight of an extra candidate in the stance-or-not model
   * @param directionWeight the weight of an extra stance in the direction model
   * @param positiveWeight the weight of a corpus stance pair in the stance-or-not model
   * @param settings the training settings
   * @return the models
   */
  public static StanceSieve.Models train(List<Candidate> candidates, List<Integer> labels,
      List<Candidate> extra, List<Integer> extraLabels, double stanceWeight,
      double directionWeight, double positiveWeight, LogisticModel.Settings settings) {
    if (candidates.size() != labels.size() || extra.size() != extraLabels.size()) {
      throw new IllegalArgumentException("candidates and labels differ in number: "
          + candidates.size() + " / " + labels.size() + ", extra " + extra.size() + " / "
          + extraLabels.size());
    }
    LogisticModel.checkWeight(stanceWeight, "the extra data's stance weight");
    LogisticModel.checkWeight(directionWeight, "the extra data's direction weight");
    LogisticModel.checkWeight(positiveWeight, "a stance pair's weight");
    List<LogisticModel.Example> stance = new ArrayList<>();
    List<LogisticModel.Example> direction = new ArrayList<>();
    add(candidates, labels, 1, 1, positiveWeight, null, stance, direction);
    add(extra, extraLabels, stanceWeight, directionWeight, stanceWeight, WEAK, stance,
        direction);
    List<LogisticModel> stanceRuns = new ArrayList<>();
    List<LogisticModel> directionRuns = new ArrayList<>();
    for (int r = 0; r < RUNS; r++) {
      long seed = settings.seed() + r;
      stanceRuns.add(LogisticModel.train(StanceSieve.STANCE_CLASSES, stance,
          new LogisticModel.Settings(settings.epochs(), settings.rate(), settings.l2(), seed,
              settings.minCount(), settings.dropout())));
      directionRuns.add(LogisticModel.train(StanceSieve.DIRECTION_CLASSES, direction,
          new LogisticModel.Settings(Math.min(settings.epochs(), DIRECTION_EPOCHS),
              settings.rate(), settings.l2(), seed, settings.minCount())));
    }
    return new StanceSieve.Models(LogisticModel.average(stanceRuns),
        LogisticModel.average(directionRuns));
  }

  private static void add(List<Candidate> candidates, List<Integer> labels, double stanceWeight,
      double directionWeight, double positiveWeight, String tag, List<LogisticModel.Example> stance,
      List<LogisticModel.Example> direction) {
    for (int i = 0; i < candidates.size(); i++) {
      int label = labels.get(i);
      if (label < 0) {
        continue;
      }
      List<String> f = candidates.get(i).features();
      if (stanceWeight > 0) {
        List<String> fs = f;
        if (tag != null) {
          fs = new ArrayList<>(f);
          fs.add(tag);
        }
        stance.add(new LogisticModel.Example(fs, label == 0 ? 0 : 1,
            label == 0 ? stanceWeight : positiveWeight));
      }
      if (label > 0 && directionWeight > 0) {
        direction.add(new LogisticModel.Example(StanceSieve.polar(f), label - 1,
            directionWeight));
      }
    }
  }
}
