package org.entente;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.entente.annotators.EntenteAnnotations;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.QuoteExtractor;
import org.entente.quotes.learn.CandidateRow;
import org.entente.quotes.learn.SpeakerCrossValidation;
import org.entente.quotes.learn.SpeakerScorer;
import org.entente.quotes.learn.SpeakerTrainer;

/**
 * Training the quote speaker scorer, for the {@code train-quotes} command: runs entente's
 * pipeline up to the reference index over an article and lists the candidate speakers of every
 * quotation the rules find, with their features; then trains and writes the model. Not needed
 * for extraction, which only loads the bundled model. One instance per thread.
 */
public final class SpeakerTraining {
  /** GIS iterations of the trainer. */
  public static final int ITERATIONS = SpeakerTrainer.ITERATIONS;
  /** Features seen fewer times than this are dropped. */
  public static final int CUTOFF = SpeakerTrainer.CUTOFF;

  private final StanfordCoreNLP pipeline;
  private final QuoteExtractor rules = new QuoteExtractor(QuoteRules.get());

  /**
   * One candidate speaker of one quotation.
   *
   * @param kind {@code DIRECT} or {@code INDIRECT}
   * @param begin offset of the quotation's first character
   * @param end offset one past its last character
   * @param speaker the candidate's actor id
   * @param name the actor's name
   * @param mentions the actor's mentions, as {@code [begin, end)} offset pairs
   * @param features the scorer's features
   */
  public record Candidate(String kind, int begin, int end, String speaker, String name,
      List<int[]> mentions, List<String> features) {
    /**
     * Copies the lists.
     *
     * @param kind {@code DIRECT} or {@code INDIRECT}
     * @param begin offset of the quotation's first character
     * @param end offset one past its last character
     * @param speaker the candidate's actor id
     * @param name the actor's name
     * @param mentions the actor's mentions, as {@code [begin, end)} offset pairs
     * @param features the scorer's features
     */
    public Candidate {
      mentions = List.copyOf(mentions);
      features = List.copyOf(features);
    }
  }

  /**
   * A labelled candidate.
   *
   * @param quotation a key naming its quotation (candidates of one quotation share it)
   * @param speaker whether the candidate said it
   * @param features its features
   */
  public record Example(String quotation, boolean speaker, List<String> features) {
    /**
     * Copies the features.
     *
     * @param quotation a key naming its quotation
     * @param speaker whether the candidate said it
     * @param features its features
     */
    public Example {
      features = List.copyOf(features);
    }
  }

  /** Loads the pipeline (seconds). */
  public SpeakerTraining() {
    Properties props = Extractor.builder().properties();
    String annotators = props.getProperty("annotators");
    String last = Extractor.Builder.REFERENCE;
    props.setProperty("annotators",
        annotators.substring(0, annotators.indexOf(last) + last.length()));
    this.pipeline = new StanfordCoreNLP(props);
  }

  /**
   * The candidate speakers of every quotation the rules find in {@code text}, attributed or not.
   *
   * @param text an article
   * @return one candidate per quotation and actor, direct quotations first
   */
  public List<Candidate> candidates(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    List<Candidate> out = new ArrayList<>();
    for (CandidateRow r : rules.candidateRows(
        a.get(EntenteAnnotations.ReferenceAnnotation.class))) {
      out.add(new Candidate(r.kind(), r.begin(), r.end(), r.speaker(), r.name(), r.mentions(),
          r.features()));
    }
    return out;
  }

  /**
   * Cross-validates the scorer by document (see {@link SpeakerCrossValidation}): the document is
   * the part of an example's quotation key before its first {@code /}.
   *
   * @param examples the labelled candidates, in a fixed order
   * @param folds how many folds (at least 2)
   * @return by kind and rules' route: {quotations with a right candidate, the scorer's top-1
   *     accuracy, the rules' accuracy, the accuracy when the scorer overrules weak picks}
   * @throws IOException if training fails
   */
  public static Map<String, double[]> crossValidate(List<Example> examples, int folds)
      throws IOException {
    List<SpeakerCrossValidation.Row> rows = examples.stream().map(e -> {
      int slash = e.quotation().indexOf('/');
      return new SpeakerCrossValidation.Row(e.quotation().substring(0, Math.max(0, slash)),
          e.quotation().substring(slash + 1), e.speaker(), e.features());
    }).toList();
    Map<String, double[]> out = new LinkedHashMap<>();
    SpeakerCrossValidation.run(rows, folds).forEach((k, f) -> out.put(k,
        new double[] {f.quotations(), f.modelAccuracy(), f.rulesAccuracy(),
            f.overruledAccuracy()}));
    return out;
  }

  /**
   * Trains the scorer on {@code examples}, writes it to {@code model} and returns its top-1
   * accuracy on them: the share of quotations with a right candidate whose best-scored candidate
   * is right.
   *
   * @param examples the labelled candidates, in a fixed order
   * @param model where to write the gzip-compressed model
   * @return the top-1 accuracy on the examples
   * @throws IOException if training or writing fails
   */
  public static double train(List<Example> examples, Path model) throws IOException {
    SpeakerScorer scorer = SpeakerTrainer.train(examples.stream()
        .map(e -> new SpeakerTrainer.Example(e.speaker(), e.features())).toList());
    SpeakerTrainer.write(scorer, model);
    Map<String, double[]> best = new LinkedHashMap<>(); // {best score, its label, any right}
    for (Example e : examples) {
      double p = scorer.score(e.features());
      double[] b = best.computeIfAbsent(e.quotation(), k -> new double[] {-1, 0, 0});
      if (p > b[0]) {
        b[0] = p;
        b[1] = e.speaker() ? 1 : 0;
      }
      b[2] = Math.max(b[2], e.speaker() ? 1 : 0);
    }
    long judged = best.values().stream().filter(b -> b[2] > 0).count();
    long right = best.values().stream().filter(b -> b[2] > 0 && b[1] > 0).count();
    return judged == 0 ? 0 : (double) right / judged;
  }
}
