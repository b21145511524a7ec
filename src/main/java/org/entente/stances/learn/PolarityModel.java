package org.entente.stances.learn;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a sentence speaks of one of its mentions: negative, neutral or positive. A logistic model
 * over sparse features of the sentence and the words near the target (lemmas, VADER valences,
 * connotation-frame perspectives, negation), trained on NewsMTSC's train split by {@code
 * train-stances}; the stance classifier reads its probabilities as features. Immutable.
 */
public final class PolarityModel {
  /** The bundled model's class-path name. */
  public static final String RESOURCE = "models/stances/polarity-model.tsv";
  /** The classes, in the order of the probabilities. */
  public static final List<String> CLASSES = List.of("NEG", "NEU", "POS");
  private static final int WINDOW = 5;
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without");

  private final LogisticModel model;
  private final PolarityLexicons lexicons;

  /**
   * A polarity model.
   *
   * @param model a model over {@link #CLASSES}
   * @param lexicons the word polarities its features read
   */
  public PolarityModel(LogisticModel model, PolarityLexicons lexicons) {
    if (!model.classes().equals(CLASSES)) {
      throw new IllegalArgumentException("a polarity model has classes " + CLASSES + ", not "
          + model.classes());
    }
    this.model = model;
    this.lexicons = lexicons;
  }

  /**
   * Loads a polarity model from a file, or the bundled one.
   *
   * @param file the model file, or null for {@link #RESOURCE}
   * @param lexicons the word polarities its features read
   * @return the model
   * @throws UncheckedIOException when the file cannot be read
   */
  public static PolarityModel load(Path file, PolarityLexicons lexicons) {
    try (InputStream in = file == null
        ? PolarityModel.class.getClassLoader().getResourceAsStream(RESOURCE)
        : Files.newInputStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      return new PolarityModel(LogisticModel.read(in, file == null ? RESOURCE : file.toString()),
          lexicons);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read polarity model " + file, e);
    }
  }

  /**
   * The probabilities that the sentence speaks of the target negatively, neutrally, positively.
   *
   * @param tokens the sentence's tokens, with lemmas and part-of-speech tags
   * @param begin the target's first token (0-based)
   * @param end one past its last token
   * @return the probabilities in the order of {@link #CLASSES}
   */
  public double[] probabilities(List<CoreLabel> tokens, int begin, int end) {
    return model.probabilities(features(tokens, begin, end, lexicons));
  }

  /**
   * The sparse features of a target in its sentence.
   *
   * @param tokens the sentence's tokens, with lemmas and part-of-speech tags
   * @param begin the target's first token (0-based)
   * @param end one past its last token
   * @param lexicons the word polarities
   * @return the features, sorted and distinct
   */
  public static ImmutableList<String> features(List<CoreLabel> tokens, int begin, int end,
      PolarityLexicons lexicons) {
    TreeSet<String> f = new TreeSet<>();
    int pos = 0;
    int neg = 0;
    boolean negatedNear = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= begin && i < end) {
        continue;
      }
      CoreLabel t = tokens.get(i);
      String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
      String tag = t.tag() == null ? "" : t.tag();
      int dist = i < begin ? begin - i : i - end + 1;
      boolean near = dist <= WINDOW;
      String side = i < begin ? "L" : "R";
      boolean content = tag.startsWith("VB") || tag.startsWith("JJ") || tag.startsWith("NN")
          || tag.startsWith("RB");
      if (content && !tag.startsWith("NNP")) {
        f.add("w:" + lemma);
        if (near) {
          f.add("nw:" + lemma);
        }
      }
      if (near && NEGATORS.contains(lemma)) {
        negatedNear = true;
      }
      double v = lexicons.valence(lemma);
      if (v == 0) {
        v = lexicons.valence(t.word());
      }
      if (v != 0) {
        String sv = (v > 0 ? "pos" : "neg") + (Math.abs(v) >= 1.5 ? "2" : "1");
        pos += v > 0 ? 1 : 0;
        neg += v < 0 ? 1 : 0;
        if (near) {
          f.add("nv:" + sv);
          f.add("nv" + side + ":" + sv);
        }
      }
      if (tag.startsWith("VB")) {
        double cf = lexicons.agentTheme(lemma);
        if (Math.abs(cf) > 0.25) {
          // A verb before the target usually has it as theme, after it as agent.
          f.add("cf" + side + ":" + (cf > 0 ? "pos" : "neg") + (near ? "-near" : ""));
        }
      }
    }
    f.add("vpos:" + Math.min(pos, 4));
    f.add("vneg:" + Math.min(neg, 4));
    f.add("vbal:" + Integer.signum(pos - neg));
    if (negatedNear) {
      f.add("neg-near");
    }
    if (begin == 0) {
      f.add("target-first");
    }
    return ImmutableList.copyOf(f);
  }

  /**
   * The model's weights, for writing.
   *
   * @return the logistic model
   */
  public LogisticModel model() {
    return model;
  }

  /**
   * Features of a target's tokens between two character offsets, as the polarity trainer and
   * the PLOVER check need them: the first and one-past-last token overlapping {@code [from, to)}.
   *
   * @param tokens the sentence's tokens
   * @param from the target's first character
   * @param to one past its last character
   * @return {@code {begin, end}} token indices, or null when no token overlaps
   */
  public static int[] tokenRange(List<CoreLabel> tokens, int from, int to) {
    int b = -1;
    int e = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.endPosition() > from && t.beginPosition() < to) {
        if (b < 0) {
          b = i;
        }
        e = i + 1;
      }
    }
    return b < 0 ? null : new int[] {b, e};
  }
}
