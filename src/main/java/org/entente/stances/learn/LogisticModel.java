package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A multinomial logistic regression over sparse binary features: the classes' probabilities
 * are a softmax of summed feature weights. Trained by AdaGrad with L2 regularisation, in a fixed
 * order from a fixed seed, so the same data give the same weights. Immutable once built.
 */
public final class LogisticModel {
  private static final String BIAS = "*bias*";

  private final ImmutableList<String> classes;
  private final ImmutableMap<String, double[]> weights;
  private final ImmutableMap<String, String> meta;

  private LogisticModel(List<String> classes, Map<String, double[]> weights,
      Map<String, String> meta) {
    this.classes = ImmutableList.copyOf(classes);
    this.weights = ImmutableMap.copyOf(weights);
    this.meta = ImmutableMap.copyOf(meta);
  }

  /**
   * This model with a named setting its user should apply (such as the threshold chosen for it).
   *
   * @param key the setting's name, no tabs
   * @param value its value, no tabs or line breaks
   * @return a copy carrying the setting
   */
  public LogisticModel withMeta(String key, String value) {
    Map<String, String> m = new TreeMap<>(meta);
    m.put(key, value);
    return new LogisticModel(classes, weights, m);
  }

  /**
   * A named setting stored with the model.
   *
   * @param key the setting's name
   * @return its value, or null
   */
  public String meta(String key) {
    return meta.get(key);
  }

  /**
   * One training example: its features, the index of its class, and how much it counts (1 for
   * gold data; less for weakly labelled data from elsewhere). A negative, NaN or infinite weight
   * is refused with an {@link IllegalArgumentException}.
   */
  public record Example(List<String> features, int label, double weight) {
    /**
     * Checks the weight: a negative one would push the model away from the label, and NaN or an
     * infinite one would spoil every weight it touches.
     *
     * @param features its features
     * @param label its class index
     * @param weight how much it counts; finite and at least 0
     * @throws IllegalArgumentException when the weight is negative, NaN or infinite
     */
    public Example {
      checkWeight(weight, "example weight");
    }

    /**
     * An example of weight 1.
     *
     * @param features its features
     * @param label its class index
     */
    public Example(List<String> features, int label) {
      this(features, label, 1);
    }
  }

  /**
   * Checks a training weight, of an example or of a whole kind of data: a negative one would
   * push the model away from the label, and NaN or an infinite one would spoil every weight it
   * touches.
   *
   * @param weight the weight
   * @param what what it weighs, for the message
   * @return the weight
   * @throws IllegalArgumentException when it is negative, NaN or infinite
   */
  public static double checkWeight(double weight, String what) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0: " + weight);
    }
    return weight;
  }

  /**
   * Training settings: passes over the data, AdaGrad's rate, L2 strength, shuffling seed, and
   * the least number of examples a feature must occur in to get a weight.
   */
  public record Settings(int epochs, double rate, double l2, long seed, int minCount,
      double dropout) {
    /** The defaults. */
    public static final Settings DEFAULT = new Settings(20, 0.1, 1e-3, 42, 2);

    /**
     * Settings without feature dropout.
     *
     * @param epochs passes over the data
     * @param rate AdaGrad's rate
     * @param l2 L2 strength
     * @param seed shuffling seed
     * @param minCount least number of examples a feature must occur in
     */
    public Settings(int epochs, double rate, double l2, long seed, int minCount) {
      this(epochs, rate, l2, seed, minCount, 0);
    }

    /**
     * These settings with feature dropout (an experiment): each pass leaves out each of an
     * example's features (not the bias) with this probability.
     *
     * @param p the probability, in [0, 1)
     * @return the new settings
     */
    public Settings withDropout(double p) {
      return new Settings(epochs, rate, l2, seed, minCount, p);
    }

    /**
     * These settings with another L2 strength.
     *
     * @param newL2 the L2 strength
     * @return the new settings
     */
    public Settings withL2(double newL2) {
      return new Settings(epochs, rate, newL2, seed, minCount, dropout);
    }
  }

  /**
   * Trains a model.
   *
   * @param classes the class names; an example's label indexes this list
   * @param data the examples, in a deterministic order
   * @param s the settings
   * @return the trained model
   */
  public static LogisticModel train(List<String> classes, List<Example> data, Settings s) {
    int k = classes.size();
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> g2 = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      order.add(i);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Example ex : data) {
      for (String f : ex.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    List<Example> kept = new ArrayList<>();
    for (Example ex : data) {
      List<String> fs = new ArrayList<>();
      for (String f : ex.features()) {
        if (counts.get(f) >= s.minCount()) {
          fs.add(f);
        }
      }
      kept.add(new Example(fs, ex.label(), ex.weight()));
    }
    data = kept;
    Random random = new Random(s.seed());
    // Dropout draws from its own generator, so that the order of examples stays the same.
    Random drop = new Random(s.seed() * 31 + 17);
    double[] p = new double[k];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int i : order) {
        Example ex = data.get(i);
        List<String> feats = withBias(ex.features());
        if (s.dropout() > 0) {
          List<String> kept2 = new ArrayList<>(feats.size());
          kept2.add(feats.get(0));
          for (int q = 1; q < feats.size(); q++) {
            if (drop.nextDouble() >= s.dropout()) {
              kept2.add(feats.get(q));
            }
          }
          feats = kept2;
        }
        scores(w, feats, p);
        softmax(p);
        for (String f : feats) {
          double[] wf = w.computeIfAbsent(f, x -> new double[k]);
          double[] gf = g2.computeIfAbsent(f, x -> new double[k]);
          for (int c = 0; c < k; c++) {
            double grad = ex.weight() * (p[c] - (c == ex.label() ? 1 : 0)) + s.l2() * wf[c];
            gf[c] += grad * grad;
            wf[c] -= s.rate() * grad / (Math.sqrt(gf[c]) + 1e-8);
          }
        }
      }
    }
    return new LogisticModel(classes, new TreeMap<>(w), Map.of());
  }

  /**
   * The mean of models over the same classes: each feature's weights averaged, a feature a
   * model lacks counting as zero there. Averaging runs from several shuffling seeds steadies
   * what one run's order of examples decides.
   *
   * @param models the models, at least one
   * @return their average
   */
  public static LogisticModel average(List<LogisticModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    int k = models.get(0).classes.size();
    Map<String, double[]> sum = new TreeMap<>();
    for (LogisticModel m : models) {
      if (!m.classes.equals(models.get(0).classes)) {
        throw new IllegalArgumentException("cannot average models of classes "
            + models.get(0).classes + " and " + m.classes);
      }
      m.weights.forEach((f, w) -> {
        double[] acc = sum.computeIfAbsent(f, x -> new double[k]);
        for (int c = 0; c < k; c++) {
          acc[c] += w[c] / models.size();
        }
      });
    }
    return new LogisticModel(models.get(0).classes, sum, models.get(0).meta);
  }

  private static List<String> withBias(List<String> features) {
    List<String> out = new ArrayList<>(features.size() + 1);
    out.add(BIAS);
    out.addAll(features);
    return out;
  }

  private static void scores(Map<String, double[]> w, List<String> feats, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (String f : feats) {
      double[] wf = w.get(f);
      if (wf != null) {
        for (int c = 0; c < out.length; c++) {
          out[c] += wf[c];
        }
      }
    }
  }

  private static void softmax(double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(p[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
  }

  /**
   * The classes' probabilities for a feature set.
   *
   * @param features the active features; unknown ones are ignored
   * @return one probability per class, in the order of {@link #classes()}
   */
  public double[] probabilities(List<String> features) {
    double[] p = new double[classes.size()];
    scores(weights, withBias(features), p);
    softmax(p);
    return p;
  }

  /**
   * The class names.
   *
   * @return the classes, in the order of the probabilities
   */
  public ImmutableList<String> classes() {
    return classes;
  }

  /**
   * How many features carry weights.
   *
   * @return the number of features, the bias included
   */
  public int size() {
    return weights.size();
  }

  /**
   * Writes the model as text: a {@code classes} row, then one row per feature with its weights,
   * tab-separated, features sorted; weights rounded to 5 decimals, near-zero ones left out.
   *
   * @param out where to write
   * @param header comment lines written first, each prefixed with {@code #}
   * @throws IOException when writing fails
   */
  public void write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    for (Map.Entry<String, String> e : new TreeMap<>(meta).entrySet()) {
      out.write("meta\t" + e.getKey() + "\t" + e.getValue() + "\n");
    }
    out.write("classes\t" + String.join("\t", classes) + "\n");
    for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
      double[] w = e.getValue();
      boolean any = false;
      StringBuilder b = new StringBuilder(e.getKey());
      for (double v : w) {
        any |= Math.abs(v) >= 5e-5;
        b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
      }
      if (any) {
        out.write(b.append('\n').toString());
      }
    }
  }

  /**
   * This model as {@link #write} stores it and {@link #read} gives it back: weights rounded to
   * 5 decimals, rows of near-zero weights dropped. A model used in memory where its file would
   * have been read then decides exactly as the file's would.
   *
   * @return the rounded model
   */
  public LogisticModel rounded() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(w, List.of());
      return read(new java.io.ByteArrayInputStream(w.toString().getBytes(UTF_8)), "in memory");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param in the model text
   * @param name a name for error messages
   * @return the model
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when the text is not a model
   */
  public static LogisticModel read(InputStream in, String name) throws IOException {
    List<String> classes = null;
    Map<String, double[]> w = new HashMap<>();
    Map<String, String> meta = new TreeMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (classes == null && cols[0].equals("meta") && cols.length == 3) {
        meta.put(cols[1], cols[2]);
        continue;
      }
      if (classes == null) {
        if (!cols[0].equals("classes") || cols.length < 3) {
          throw new IllegalArgumentException(name + ": line " + lineNo
              + " should list the classes");
        }
        classes = List.of(cols).subList(1, cols.length);
        continue;
      }
      if (cols.length != classes.size() + 1) {
        throw new IllegalArgumentException(name + ": line " + lineNo + " has " + cols.length
            + " columns, not " + (classes.size() + 1));
      }
      double[] v = new double[classes.size()];
      for (int c = 0; c < v.length; c++) {
        try {
          v[c] = Double.parseDouble(cols[c + 1]);
        } catch (NumberFormatException e) {
          v[c] = Double.NaN;
        }
        if (!Double.isFinite(v[c])) {
          throw new IllegalArgumentException(name + ": line " + lineNo + ": weight '"
              + cols[c + 1] + "' is not a finite number");
        }
      }
      w.put(cols[0], v);
    }
    if (classes == null) {
      throw new IllegalArgumentException(name + ": no classes row");
    }
    return new LogisticModel(classes, w, meta);
  }
}
