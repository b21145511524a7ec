package org.entente.stances.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.facts.Decision;
import org.entente.facts.Sieve;
import org.entente.lexicon.Leaning;
import org.entente.lexicon.ResourceCache;
import org.entente.stances.StanceFact;

/**
 * The learned stance sieve: proposes candidate pairs ({@link CandidateFinder}), gathers them by
 * pair ({@link Pairs}) and keeps those whose probability of SUPPORT or OPPOSE is at or above a
 * threshold. The probability is factored in two logistic models: whether the pair is a stance
 * at all (every feature), and, if so, which way (the polarity features alone, so that who and
 * where never decide the direction). With a first-stage model, each pair also reads how its
 * holder ranks among its target's holders in its sentences ({@link Rivals}). Immutable, so
 * thread-safe.
 */
public final class StanceSieve implements Sieve<Candidate, Leaning> {
  /** The sieve's name, recorded with each stance it decides. */
  public static final String NAME = "learned";
  /** The class-path folder of the bundled models. */
  public static final String BUNDLED = "models/stances";
  /** The threshold used when the model names none. */
  public static final double FALLBACK_THRESHOLD = 0.5;
  /** The classes of the stance-or-not model. */
  public static final List<String> STANCE_CLASSES = List.of("NONE", "STANCE");
  /** The classes of the direction model. */
  public static final List<String> DIRECTION_CLASSES = List.of("SUPPORT", "OPPOSE");
  /**
   * Prefixes of the features the direction model reads: polarity cues and their negation, and
   * the route and quote kind (how a pair was proposed shifts which way it usually goes: mutual
   * pairs lean to support, quoted ones to opposition; out-of-fold direction accuracy on the
   * pairs the rules do not state 0.67 without them, 0.71 with).
   */
  private static final Set<String> POLAR_PREFIXES = Set.of("sl:", "c:sl:", "q:sl:", "k:sl:",
      "gov:", "vader:", "c:vader:", "q:vader:", "k:vader:", "cf:", "c:cf:", "q:cf:", "k:cf:",
      "neg:", "mtsc:", "sent:pos", "sent:neg", "negated", "question",
      "cameo:", "c:cameo:", "q:cameo:", "k:cameo:", "tgov:", "route:", "quote:", "mutual:");

  /** The file of the optional first-stage model ({@link Rivals}) in a models folder. */
  public static final String RANK_FILE = "rank-model.tsv";

  /**
   * The models a sieve decides with.
   *
   * @param stance whether a pair is a stance
   * @param direction which way a stance goes
   * @param first the first-stage stance model whose scores rank the holders of a target in a
   *     sentence ({@link Rivals}), or null when the stance model reads no rank features
   */
  public record Models(LogisticModel stance, LogisticModel direction, LogisticModel first) {
    /**
     * Checks the models' classes.
     *
     * @param stance a model over {@link #STANCE_CLASSES}
     * @param direction a model over {@link #DIRECTION_CLASSES}
     * @param first a model over {@link #STANCE_CLASSES}, or null
     */
    public Models {
      if (!stance.classes().equals(STANCE_CLASSES)
          || !direction.classes().equals(DIRECTION_CLASSES)
          || first != null && !first.classes().equals(STANCE_CLASSES)) {
        throw new IllegalArgumentException("stance models have classes " + STANCE_CLASSES
            + " and " + DIRECTION_CLASSES + ", not " + stance.classes() + " and "
            + direction.classes() + (first == null ? "" : " and " + first.classes()));
      }
    }

    /**
     * Models without a first stage.
     *
     * @param stance a model over {@link #STANCE_CLASSES}
     * @param direction a model over {@link #DIRECTION_CLASSES}
     */
    public Models(LogisticModel stance, LogisticModel direction) {
      this(stance, direction, null);
    }

    /**
     * The same models with a first stage.
     *
     * @param f the first-stage stance model, or null for none
     * @return the models
     */
    public Models withFirst(LogisticModel f) {
      return new Models(stance, direction, f);
    }

    /**
     * The probabilities of no stance, support and oppose.
     *
     * @param features a candidate's features
     * @return {@code {none, support, oppose}}, summing to 1
     */
    public double[] probabilities(List<String> features) {
      double stanceP = stance.probabilities(features)[1];
      double supportP = direction.probabilities(polar(features))[0];
      return new double[] {1 - stanceP, stanceP * supportP, stanceP * (1 - supportP)};
    }
  }

  private final CandidateFinder finder;
  private final Models models;
  private final double threshold;

  /**
   * A sieve over given models.
   *
   * @param finder the candidate finder
   * @param models the stance and direction models
   * @param threshold the least probability of a stance kept
   */
  public StanceSieve(CandidateFinder finder, Models models, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1]");
    }
    this.finder = finder;
    this.models = models;
    this.threshold = threshold;
  }

  /**
   * The sieve with the models of a folder (as {@code train-stances --out} writes it).
   *
   * @param location the folder holding {@code stance-model.tsv} and {@code
   *     direction-model.tsv}: a file-system path, or a class-path folder such as {@link
   *     #BUNDLED}
   * @param threshold the least probability of a stance kept; NaN for the one stored with the
   *     models (chosen by cross-validation when they were trained)
   * @param finder the candidate finder
   * @return the sieve
   * @throws IllegalArgumentException when a model file is missing or malformed, naming it
   */
  public static StanceSieve of(String location, double threshold, CandidateFinder finder) {
    Models m = load(location);
    return new StanceSieve(finder, m, Double.isNaN(threshold)
        ? storedThreshold(m.stance(), name(location, "stance-model.tsv")) : threshold);
  }

  /** How a model file of a folder is named in errors, and on the class path its resource. */
  private static String name(String location, String file) {
    return onDisk(location) ? Path.of(location).resolve(file).toString() : location + "/" + file;
  }

  /**
   * Whether a location is a folder on disk; {@link #BUNDLED} is always the class path's, so a
   * {@code models/stances} folder in the working directory never replaces the bundled models.
   */
  private static boolean onDisk(String location) {
    return !location.equals(BUNDLED) && Files.isDirectory(Path.of(location));
  }

  /**
   * The models of a folder, read once per folder and shared (through {@link ResourceCache},
   * keyed by the two files; class-path folders by name).
   */
  private static Models load(String location) {
    Path dir = Path.of(location);
    boolean onDisk = onDisk(location);
    Path stanceFile = dir.resolve("stance-model.tsv");
    Path directionFile = dir.resolve("direction-model.tsv");
    Path rankFile = dir.resolve(RANK_FILE);
    String rankName = name(location, RANK_FILE);
    // The first stage is optional: models trained without rank features have none.
    boolean ranked = onDisk ? Files.isRegularFile(rankFile)
        : StanceSieve.class.getClassLoader().getResource(rankName) != null;
    List<Path> files = !onDisk ? List.of() : ranked
        ? List.of(stanceFile, directionFile, rankFile) : List.of(stanceFile, directionFile);
    return ResourceCache.get(onDisk ? "stance-model" : "stance-model:classpath:" + location,
        files, () -> {
          String sName = name(location, "stance-model.tsv");
          String dName = name(location, "direction-model.tsv");
          LogisticModel stance = read(onDisk ? stanceFile : null, sName);
          LogisticModel direction = read(onDisk ? directionFile : null, dName);
          if (!stance.classes().equals(STANCE_CLASSES)) {
            throw new IllegalArgumentException(sName + ": classes " + stance.classes()
                + ", not " + STANCE_CLASSES);
          }
          if (!direction.classes().equals(DIRECTION_CLASSES)) {
            throw new IllegalArgumentException(dName + ": classes " + direction.classes()
                + ", not " + DIRECTION_CLASSES);
          }
          storedThreshold(stance, sName);
          LogisticModel first = ranked ? read(onDisk ? rankFile : null, rankName) : null;
          if (first != null && !first.classes().equals(STANCE_CLASSES)) {
            throw new IllegalArgumentException(rankName + ": classes " + first.classes()
                + ", not " + STANCE_CLASSES);
          }
          return new Models(stance, direction, first);
        });
  }

  private static LogisticModel read(Path file, String name) {
    try (InputStream in = file == null
        ? StanceSieve.class.getClassLoader().getResourceAsStream(name)
        : Files.newInputStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("no stance model " + name + " (neither a folder "
            + "nor on the class path)");
      }
      return LogisticModel.read(in, name);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no stance model file " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The threshold stored with a stance model ({@code meta threshold}), else {@link
   * #FALLBACK_THRESHOLD}.
   */
  private static double storedThreshold(LogisticModel m, String name) {
    String t = m.meta("threshold");
    if (t == null) {
      return FALLBACK_THRESHOLD;
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": threshold " + t + " is not a number", e);
    }
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + ": threshold " + t + " is not in [0, 1]");
    }
    return v;
  }

  /**
   * The features the direction model reads.
   *
   * @param features a candidate's features
   * @return those that are polarity cues
   */
  public static List<String> polar(List<String> features) {
    List<String> out = new ArrayList<>();
    for (String f : features) {
      for (String p : POLAR_PREFIXES) {
        if (f.startsWith(p)) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The least probability of a stance this sieve keeps.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The models it decides with (shared by the sieves that name the same files).
   *
   * @return the models
   */
  public Models models() {
    return models;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Decides a pair (candidates gathered by {@link Pairs}): its more probable polarity when that
   * probability reaches the threshold; else abstains.
   *
   * @param c one gathered candidate
   * @return the polarity and its probability, or empty
   */
  @Override
  public Optional<Decision<Leaning>> decide(Candidate c) {
    return decide(c, models, threshold);
  }

  private static Optional<Decision<Leaning>> decide(Candidate c, Models models,
      double threshold) {
    double[] p = models.probabilities(c.features());
    int k = p[1] >= p[2] ? 1 : 2;
    if (p[k] < threshold) {
      return Optional.empty();
    }
    return Optional.of(new Decision<>(k == 1 ? Leaning.SUPPORT : Leaning.OPPOSE, NAME, p[k]));
  }

  /**
   * The pairs of a document gathered for decision.
   *
   * @param d the document
   * @return its candidates, one per holder and target
   */
  public List<Candidate> pairs(StanceContext d) {
    List<Candidate> raw = finder.find(d);
    List<Candidate> gathered = Pairs.gather(raw);
    return models.first() == null ? gathered : Rivals.ranked(gathered, raw, models.first());
  }

  /**
   * Decides candidates with models.
   *
   * @param candidates the candidates of one document, gathered by pair ({@link Pairs})
   * @param models the stance and direction models
   * @param threshold the least probability of a stance kept
   * @return the stances, each holder, target and polarity once
   */
  public static List<StanceFact> decide(List<Candidate> candidates, Models models,
      double threshold) {
    Map<String, StanceFact> best = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      Optional<Decision<Leaning>> d = decide(c, models, threshold);
      if (d.isEmpty()) {
        continue;
      }
      String key = c.holder() + "\t" + c.target() + "\t" + d.get().value();
      StanceFact old = best.get(key);
      if (old == null || old.confidence() < d.get().confidence()) {
        best.put(key, fact(c, d.get()));
      }
    }
    return new ArrayList<>(best.values());
  }

  /**
   * The stance a decided candidate states.
   *
   * @param c the candidate
   * @param d its decision
   * @return the fact, with the candidate's evidence, trigger and route
   */
  public static StanceFact fact(Candidate c, Decision<Leaning> d) {
    int tb = c.triggerBegin() < 0 ? c.evidenceBegin() : c.triggerBegin();
    int te = c.triggerBegin() < 0 ? c.evidenceBegin() : c.triggerEnd();
    return new StanceFact(c.holder(), c.target(), d.value(), tb, te, c.evidenceBegin(),
        c.evidenceEnd(), d.sieve(), d.confidence(), c.route());
  }
}
