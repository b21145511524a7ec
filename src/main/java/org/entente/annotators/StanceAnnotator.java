package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.PropertiesUtils;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.ResourceCache;
import org.entente.lexicon.StanceLexicon;
import org.entente.lexicon.StancePatterns;
import org.entente.quotes.QuoteFact;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Utterance;
import org.entente.stances.StanceExtractor;
import org.entente.stances.StanceFact;
import org.entente.stances.learn.CandidateFinder;
import org.entente.stances.learn.PolarityLexicons;
import org.entente.stances.learn.PolarityModel;
import org.entente.stances.learn.StanceSieve;

/**
 * Finds stances, who supports or opposes which actor or alliance, with a {@link
 * StanceExtractor}. Writes {@link EntenteAnnotations.StancesAnnotation} (a list of {@link
 * org.entente.stances.StanceFact} in text order).
 *
 * <p>Use it after the reference annotator: {@code customAnnotatorClass.entente_stances =
 * org.entente.annotators.StanceAnnotator}. When the quote annotator ran before it, "we" inside a
 * quotation resolves to the quote's speakers; without it, to the subject of the sentence's speech
 * verb. Stateless between documents, so thread-safe.
 */
public final class StanceAnnotator implements Annotator {
  /**
   * The properties it reads, each under its pipeline name ({@code NAME.lexicon}; the {@code
   * Extractor} calls it {@code entente.stances}).
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      new PropertiesUtils.Property("lexicon", "",
          "Comma-separated files in the format of models/rules/stance-lexicon.tsv, laid over"
          + " the bundled lexicon (a row for a known class and lemma replaces it)."),
      new PropertiesUtils.Property("patterns", "",
          "Comma-separated files in the format of models/rules/stance-patterns.semgrex, whose"
          + " rules follow the bundled ones."),
      new PropertiesUtils.Property("sieves", "",
          "Comma-separated class names of org.entente.facts.Sieve<StanceCandidate, Leaning>"
          + " with a public (java.util.Properties) constructor, asked in order before the"
          + " lexicon sieve."),
      new PropertiesUtils.Property(StanceAnnotator.LEARNED, "true",
          "Whether the learned sieve (models/stances/) adds stances after the rules."),
      new PropertiesUtils.Property(StanceAnnotator.MODEL, StanceSieve.BUNDLED,
          "The learned sieve's models: a folder (file system, else class path) holding"
          + " stance-model.tsv and direction-model.tsv, as train-stances --out writes it."),
      new PropertiesUtils.Property(StanceAnnotator.THRESHOLD, "",
          "Least probability of a learned stance; default: the one stored with the model."),
      new PropertiesUtils.Property(StanceAnnotator.CANDIDATES, "false",
          "Keep the learned sieve's candidate pairs in StanceCandidatesAnnotation (training)."),
      new PropertiesUtils.Property(StanceAnnotator.POLARITY_MODEL, "",
          "A polarity model file instead of the bundled one (training)."),
  };

  /** Setting: the user's lexicon files, laid over the bundled one. */
  public static final String LEXICON = "lexicon";
  /** Setting: whether the learned sieve runs after the rules. */
  public static final String LEARNED = "learned";
  /** Setting: the folder of the learned sieve's models. */
  public static final String MODEL = "model";
  /** Setting: the least probability of a learned stance. */
  public static final String THRESHOLD = "threshold";
  /** Setting: keep the candidate pairs and their features, for training. */
  public static final String CANDIDATES = "candidates";
  /** Setting: a polarity model file instead of the bundled one. */
  public static final String POLARITY_MODEL = "polarityModel";

  private final CandidateFinder finder;

  private final StanceExtractor extractor;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. Loads the stance
   * lexicon and patterns (once per distinct list of files) and the sieves.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @throws IllegalArgumentException if a named file is missing or malformed, or a sieve class
   *     cannot be created
   */
  public StanceAnnotator(String name, Properties props) {
    this(name, props, null);
  }

  /**
   * An annotator whose candidate pairs read a given polarity model rather than the one the
   * properties name (for training on data a model in memory was fitted to, without files).
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @param polarity the polarity model the candidate features read; null for the one of
   *     {@link #POLARITY_MODEL}, else the bundled one
   * @throws IllegalArgumentException if a named file is missing or malformed, or a sieve class
   *     cannot be created
   */
  public StanceAnnotator(String name, Properties props, PolarityModel polarity) {
    List<Path> lexicon = Settings.paths(props, name, "lexicon");
    StanceLexicon stanceLexicon = StanceLexicon.load(lexicon);
    boolean learned = Boolean.parseBoolean(props.getProperty(name + "." + LEARNED, "true"));
    boolean keep = Boolean.parseBoolean(props.getProperty(name + "." + CANDIDATES, "false"));
    String t = props.getProperty(name + "." + THRESHOLD, "").strip();
    double threshold;
    try {
      threshold = t.isEmpty() ? Double.NaN : Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "." + THRESHOLD + " is not a number: " + t, e);
    }
    CandidateFinder f = null;
    if (learned || keep) {
      String pm = props.getProperty(name + "." + POLARITY_MODEL, "").strip();
      Path file = pm.isEmpty() ? null : Path.of(pm);
      f = new CandidateFinder(stanceLexicon, PolarityLexicons.bundled(), polarity != null
          ? polarity : ResourceCache.get("polarity-model", file == null ? List.of()
              : List.of(file), () -> PolarityModel.load(file, PolarityLexicons.bundled())));
    }
    this.finder = keep ? f : null;
    this.extractor = new StanceExtractor(stanceLexicon,
        StancePatterns.load(lexicon, Settings.paths(props, name, "patterns")),
        Settings.sieves(props, name), learned ? StanceSieve.of(props.getProperty(name + "." + MODEL, StanceSieve.BUNDLED)
            .strip(), threshold, f) : null);
  }

  @Override
  public void annotate(Annotation doc) {
    DocumentIndex index = doc.get(EntenteAnnotations.ReferenceAnnotation.class);
    List<QuoteFact> quotes = doc.get(EntenteAnnotations.QuotesAnnotation.class);
    if (quotes != null) {
      index = index.withUtterances(quotes.stream()
          .map(q -> new Utterance(q.begin(), q.end(), q.speakers())).toList());
    }
    List<StanceFact> facts = extractor.extract(index);
    doc.set(EntenteAnnotations.StancesAnnotation.class, facts);
    if (finder != null) {
      doc.set(EntenteAnnotations.StanceCandidatesAnnotation.class,
          List.copyOf(extractor.candidates(index, finder)));
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.StancesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    // Quotes are used when present but not required: the annotator degrades without them.
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        EntenteAnnotations.ReferenceAnnotation.class);
  }
}
