package org.entente.quotes.learn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the speaker scorer: OpenNLP's GIS maximum-entropy trainer on labelled candidates, one
 * thread, fixed iterations and cutoff, so the same examples in the same order give the same
 * model.
 */
public final class SpeakerTrainer {
  /** GIS iterations. */
  public static final int ITERATIONS = 150;
  /** A feature seen fewer times than this is dropped. */
  public static final int CUTOFF = 3;

  private SpeakerTrainer() {}

  /**
   * A labelled candidate.
   *
   * @param speaker whether the candidate said the quotation
   * @param features its features
   */
  public record Example(boolean speaker, List<String> features) {}

  /**
   * Trains a scorer.
   *
   * @param examples the labelled candidates, in a fixed order
   * @return the model, ready to score or to {@link #write}
   * @throws IOException if OpenNLP's indexing fails
   */
  public static SpeakerScorer train(List<Example> examples) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    List<Event> events = examples.stream().map(e -> new Event(
        e.speaker() ? SpeakerScorer.YES : SpeakerScorer.NO,
        e.features().toArray(String[]::new))).toList();
    return new SpeakerScorer(trainer.train(ObjectStreamUtils.createObjectStream(events)));
  }

  /**
   * Writes a trained model, gzip-compressed, in the form {@link SpeakerScorer#read} reads.
   *
   * @param scorer a scorer made by {@link #train}
   * @param file where to write it (parents are created)
   * @throws IOException if it cannot be written
   */
  public static void write(SpeakerScorer scorer, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        var data = new java.io.DataOutputStream(out)) {
      new BinaryGISModelWriter((AbstractModel) scorer.model(), data).persist();
    }
  }
}
