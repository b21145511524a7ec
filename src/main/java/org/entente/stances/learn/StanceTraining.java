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

  /**
   * A feature every pair of our own annotated articles may carry in the stance model (as
   * {@link #WEAK}): their share of stances then does not move the corpus pairs' bias.
   */
  static final String OWN = "*own-data*";

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
   * The word features at least {@code minDocs} of the documents have.
   *
   * @param docs each document's candidates
   * @param minDocs the least number of documents a word feature must occur in
   * @return the word features, unmodifiable
   */
  public static Set<String> commonWords(List<List<Candidate>> docs, int minDocs) {
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
    Set<String> out = new HashSet<>();
    df.forEach((f, n) -> {
      if (n >= minDocs) {
        out.add(f);
      }
    });
    return Set.copyOf(out);
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
    return train(List.of(Part.plain(candidates, labels)), settings);
  }

  /**
   * One set of labelled pairs and how much its pairs count.
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (0 none, 1 support, 2 oppose; -1 skipped)
   * @param stanceWeight the weight of a no-stance pair in the stance-or-not model (0: the
   *     set's no-stance pairs are left out of it)
   * @param positiveWeight the weight of a stance pair in the stance-or-not model (0: left out)
   * @param directionWeight the weight of a stance in the direction model (0: left out)
   * @param tag a feature every pair of the set carries in the stance-or-not model (its own
   *     bias there), or null for none
   */
  public record Part(List<Candidate> candidates, List<Integer> labels, double stanceWeight,
      double positiveWeight, double directionWeight, String tag) {
    /**
     * Copies the lists and checks them.
     *
     * @param candidates the candidates, in a deterministic order
     * @param labels their labels (0 none, 1 support, 2 oppose; -1 skipped)
     * @param stanceWeight the weight of a no-stance pair in the stance-or-not model
     * @param positiveWeight the weight of a stance pair in the stance-or-not model
     * @param directionWeight the weight of a stance in the direction model
     * @param tag the set's own bias feature in the stance-or-not model, or null for none
     * @throws IllegalArgumentException when the candidates and labels differ in number, or a
     *     weight is negative, NaN or infinite
     */
    public Part {
      if (candidates.size() != labels.size()) {
        throw new IllegalArgumentException("candidates and labels differ in number: "
            + candidates.size() + " / " + labels.size());
      }
      candidates = List.copyOf(candidates);
      labels = List.copyOf(labels);
      LogisticModel.checkWeight(stanceWeight, "a no-stance pair's weight");
      LogisticModel.checkWeight(positiveWeight, "a stance pair's weight");
      LogisticModel.checkWeight(directionWeight, "a stance's direction weight");
    }

    /**
     * Pairs that count 1 in both models, with no tag.
     *
     * @param candidates the candidates, in a deterministic order
     * @param labels their labels
     * @return the part
     */
    public static Part plain(List<Candidate> candidates, List<Integer> labels) {
      return new Part(candidates, labels, 1, 1, 1, null);
    }
  }

  /**
   * Trains the stance models on several sets of labelled pairs, each counting as its
   * {@link Part} says: stance or not on all pairs, the direction on the stances alone and on
   * their polarity features. A pair of weight 0 is left out (it would still shift the order
   * of the others and the feature counts), so it changes nothing.
   *
   * @param parts the sets, in a deterministic order
   * @param settings the training settings
   * @return the models
   */
  public static StanceSieve.Models train(List<Part> parts, LogisticModel.Settings settings) {
    List<LogisticModel.Example> stance = new ArrayList<>();
    List<LogisticModel.Example> direction = new ArrayList<>();
    for (Part p : parts) {
      add(p, stance, direction);
    }
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

  /**
   * Our own annotated articles' pairs as a part: every pair weighing {@code weight} in both
   * models (a stance pair {@code weight * positiveWeight} in the stance-or-not model, as the
   * corpus's), tagged {@link #OWN} when asked.
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (0 none, 1 support, 2 oppose; -1 skipped)
   * @param weight the weight of a pair
   * @param positiveWeight the corpus's weight of a stance pair in the stance-or-not model
   * @param bias whether the pairs carry their own bias feature in the stance-or-not model
   * @return the part
   * @throws IllegalArgumentException when a weight is negative, NaN or infinite
   */
  public static Part own(List<Candidate> candidates, List<Integer> labels, double weight,
      double positiveWeight, boolean bias) {
    LogisticModel.checkWeight(weight, "an own article's pair weight");
    return new Part(candidates, labels, weight, weight * positiveWeight, weight,
        bias ? OWN : null);
  }

  /**
   * The weakly labelled pairs from outside the corpus as a part: tagged {@link #WEAK}, a pair
   * weighing {@code stanceWeight} in the stance-or-not model whatever its label.
   *
   * @param candidates the candidates, in a deterministic order
   * @param labels their labels (0 none, 1 support, 2 oppose; -1 skipped)
   * @param stanceWeight the weight of a pair in the stance-or-not model
   * @param directionWeight the weight of a stance in the direction model
   * @return the part
   */
  public static Part weak(List<Candidate> candidates, List<Integer> labels,
      double stanceWeight, double directionWeight) {
    return new Part(candidates, labels, stanceWeight, stanceWeight, directionWeight, WEAK);
  }

  private static void add(Part p, List<LogisticModel.Example> stance,
      List<LogisticModel.Example> direction) {
    for (int i = 0; i < p.candidates().size(); i++) {
      int label = p.labels().get(i);
      if (label < 0) {
        continue;
      }
      List<String> f = p.candidates().get(i).features();
      double w = label == 0 ? p.stanceWeight() : p.positiveWeight();
      if (w > 0) {
        List<String> fs = f;
        if (p.tag() != null) {
          fs = new ArrayList<>(f);
          fs.add(p.tag());
        }
        stance.add(new LogisticModel.Example(fs, label == 0 ? 0 : 1, w));
      }
      if (label > 0 && p.directionWeight() > 0) {
        direction.add(new LogisticModel.Example(StanceSieve.polar(f), label - 1,
            p.directionWeight()));
      }
    }
  }
}
