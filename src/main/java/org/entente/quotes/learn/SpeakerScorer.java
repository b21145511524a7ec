package org.entente.quotes.learn;

import com.google.common.base.Suppliers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained maximum-entropy model that scores one candidate speaker of a quotation: the
 * probability that the candidate said it, from the candidate's features (see {@code
 * models/quotes/speaker-scorer.md}). Immutable; OpenNLP's model evaluation allocates per call,
 * so one scorer serves all threads.
 */
public final class SpeakerScorer {
  /** The bundled model's classpath resource. */
  public static final String RESOURCE = "models/quotes/speaker-scorer.bin.gz";
  /** The outcome of a candidate that is the speaker. */
  public static final String YES = "1";
  /** The outcome of a candidate that is not. */
  public static final String NO = "0";

  private static final Supplier<Optional<SpeakerScorer>> BUNDLED =
      Suppliers.memoize(SpeakerScorer::loadBundled);

  private final MaxentModel model;
  private final int yes;

  SpeakerScorer(MaxentModel model) {
    this.model = model;
    this.yes = model.getIndex(YES);
    if (yes < 0) {
      throw new IllegalArgumentException("speaker model has no outcome " + YES);
    }
  }

  /**
   * The bundled model, loaded once per process on first use.
   *
   * @return the scorer, or empty when the model file is not on the class path (then the quote
   *     rules decide alone)
   * @throws UncheckedIOException if the file is there but cannot be read
   */
  public static Optional<SpeakerScorer> bundled() {
    return BUNDLED.get();
  }

  /**
   * Reads a model written by {@link SpeakerTrainer} (gzip-compressed OpenNLP binary format).
   *
   * @param in the compressed model; read to its end, not closed
   * @return the scorer
   * @throws IOException if the stream is not such a model
   */
  public static SpeakerScorer read(InputStream in) throws IOException {
    GZIPInputStream unzipped = new GZIPInputStream(new BufferedInputStream(in));
    return new SpeakerScorer(new GenericModelReader(new BinaryFileDataReader(unzipped))
        .getModel());
  }

  private static Optional<SpeakerScorer> loadBundled() {
    try (InputStream in = SpeakerScorer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  MaxentModel model() {
    return model;
  }

  /**
   * The probability that a candidate with these features is the speaker.
   *
   * @param features the candidate's features, as {@code SpeakerCandidates} names them
   * @return a probability in [0, 1]
   */
  public double score(List<String> features) {
    return model.eval(features.toArray(String[]::new))[yes];
  }
}
