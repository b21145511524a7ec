package org.entente.quotes.learn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.entente.lexicon.ResourceCache;

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

  /** The setting that names the bundled model. */
  public static final String BUNDLED = "bundled";
  /** The setting that turns the scorer off. */
  public static final String NONE = "none";
  /**
   * Whether the scorer's best candidate replaces the rules' pick: the one decision the extractor
   * makes for its weak routes and the cross-validation measures. Whenever the best scores higher:
   * keeping a pick that scores 0.5 or more, as before, did worse after the adjacent sentence in
   * cross-validation on PolNeAR train (0.931 against 0.935 of 1,534) and on a held-out slice of
   * it, and no better on PolNeAR dev or the corpus.
   *
   * @param pickScore the score of the rules' pick
   * @param bestScore the score of the scorer's best candidate
   * @return true when the pick scores under the best
   */
  public static boolean overrules(double pickScore, double bestScore) {
    return bestScore > pickScore;
  }

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
   * The bundled model, loaded once and shared while in use (through {@link ResourceCache}).
   *
   * @return the scorer, or empty when the model file is not on the class path (then the quote
   *     rules decide alone)
   * @throws IllegalArgumentException if the file is there but is no speaker model
   */
  public static Optional<SpeakerScorer> bundled() {
    return ResourceCache.get("speaker-scorer", List.of(), SpeakerScorer::loadBundled);
  }

  /**
   * The scorer a pipeline setting names: {@value #BUNDLED} (or blank) for the bundled model,
   * {@value #NONE} for none, else a model file written by {@code train-quotes}, looked up as a
   * file path first and then as a class path resource. Each file is read once and shared by the
   * pipelines that name it (through {@link ResourceCache}).
   *
   * @param setting the setting's value
   * @return the scorer, or empty for {@value #NONE} or when the bundled model is absent
   * @throws IllegalArgumentException if the named file is neither a file nor a class path
   *     resource, or is not a speaker model; the message names it
   */
  public static Optional<SpeakerScorer> named(String setting) {
    String name = setting == null ? "" : setting.strip();
    if (name.isEmpty() || name.equals(BUNDLED)) {
      return bundled();
    }
    if (name.equals(NONE)) {
      return Optional.empty();
    }
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return Optional.of(ResourceCache.get("speaker-scorer", List.of(file), () -> {
        try (InputStream in = Files.newInputStream(file)) {
          return readNamed(in, file.toString());
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot read speaker model " + file + ": "
              + e.getMessage(), e);
        }
      }));
    }
    String resource = name.startsWith("/") ? name.substring(1) : name;
    if (resource.equals(RESOURCE)) {
      return bundled();
    }
    if (SpeakerScorer.class.getClassLoader().getResource(resource) == null) {
      throw new IllegalArgumentException("speaker model not found: " + name + " is neither a "
          + "file nor a class path resource (or use '" + BUNDLED + "' or '" + NONE + "')");
    }
    // A resource is keyed by a path under its own prefix so it never shares a file's entry.
    return Optional.of(ResourceCache.get("speaker-scorer", List.of(Path.of("classpath:" + resource)),
        () -> {
          try (InputStream in = SpeakerScorer.class.getClassLoader()
              .getResourceAsStream(resource)) {
            return readNamed(in, "class path resource " + resource);
          } catch (IOException e) {
            throw new IllegalArgumentException("cannot read speaker model " + resource + ": "
                + e.getMessage(), e);
          }
        }));
  }

  private static SpeakerScorer readNamed(InputStream in, String what) {
    try {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a speaker model (gzip-compressed OpenNLP maxent, "
          + "as train-quotes writes): " + what + ": " + e.getMessage(), e);
    }
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
      return in == null ? Optional.empty() : Optional.of(readNamed(in, RESOURCE));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
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
