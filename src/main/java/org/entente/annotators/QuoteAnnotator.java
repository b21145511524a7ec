package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.PropertiesUtils;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.QuoteExtractor;
import org.entente.quotes.learn.SpeakerScorer;

/**
 * Finds direct quotations and reported speech and says who said them, with a {@link
 * QuoteExtractor}. Writes {@link EntenteAnnotations.QuotesAnnotation} (a list of {@link
 * org.entente.quotes.QuoteFact} in text order) and {@link
 * EntenteAnnotations.RejectedQuotesAnnotation}: the quoted spans it did not take, with why.
 *
 * <p>Use it after the reference annotator: {@code customAnnotatorClass.entente_quotes =
 * org.entente.annotators.QuoteAnnotator}. It needs lemmas, part-of-speech tags, the dependency
 * parse and entente's reference index. Its rules are the files of {@code models/rules/} (see
 * {@link QuoteRules}), and the speaker scorer trained on PolNeAR ({@code models/quotes/}) attributes
 * the direct quotations no rule attributed. Stateless between documents, so thread-safe.
 */
public final class QuoteAnnotator implements Annotator {
  /**
   * The properties it reads, each under its pipeline name ({@code NAME.speechCues}; the {@code
   * Extractor} calls it {@code entente.quotes}).
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      new PropertiesUtils.Property("speechCues", "",
          "Comma-separated files of speech cues in the format of models/rules/speech-cues.txt,"
          + " laid over the bundled list."),
      Settings.overlay("cueBlockers", "cue-blockers.txt",
          "verbs that cancel the cues they govern"),
      Settings.overlay("accordingTo", "according-to.txt", "'according to' forms"),
      Settings.overlay("speakerGroups", "speaker-groups.txt",
          "group speakers (word, tab, kind)"),
      Settings.overlay("anonymousSources", "anonymous-sources.txt",
          "unnamed-source heads ('official')"),
      Settings.overlay("labelCues", "label-cues.txt", "label cues"),
      Settings.overlay("documents", "documents.txt",
          "document nouns that speak for their issuer ('statement')"),
      Settings.overlay("sourceNouns", "source-nouns.txt",
          "nouns of sources that are no person ('newspaper'), for direct quotations"),
      new PropertiesUtils.Property("sieves", "",
          "Comma-separated class names of org.entente.facts.Sieve<QuoteCandidate, Attribution>"
          + " with a public (java.util.Properties) constructor, asked in order before the rule"
          + " sieves."),
      new PropertiesUtils.Property("speakerScorer", "bundled",
          "The speaker scorer trained on PolNeAR, which attributes direct quotations no rule"
          + " attributed: 'bundled' (models/quotes/speaker-scorer.bin.gz), 'none' (rules"
          + " alone), or a model file written by train-quotes (a file path, else a class path"
          + " resource)."),
  };

  private final QuoteExtractor extractor;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. Loads the quote rules
   * (once per distinct list of files) and the sieves, failing early on a broken rule file.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @throws IllegalArgumentException if a named file is missing or malformed, or a sieve class
   *     cannot be created
   */
  public QuoteAnnotator(String name, Properties props) {
    Map<String, List<Path>> files = new HashMap<>();
    QuoteRules.FILES.forEach(key -> files.put(key, Settings.paths(props, name, key)));
    this.extractor = new QuoteExtractor(QuoteRules.load(files), Settings.sieves(props, name),
        SpeakerScorer.named(props.getProperty(name + ".speakerScorer")).orElse(null),
        Settings.gazetteer(props, name));
  }

  @Override
  public void annotate(Annotation doc) {
    QuoteExtractor.Found found =
        extractor.find(doc.get(EntenteAnnotations.ReferenceAnnotation.class));
    doc.set(EntenteAnnotations.QuotesAnnotation.class, found.facts());
    doc.set(EntenteAnnotations.SpeakerEntitiesAnnotation.class, found.speakers());
    doc.set(EntenteAnnotations.SpeakerMentionsAnnotation.class, found.mentions());
    doc.set(EntenteAnnotations.RejectedQuotesAnnotation.class, found.rejected());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.QuotesAnnotation.class,
        EntenteAnnotations.SpeakerEntitiesAnnotation.class,
        EntenteAnnotations.SpeakerMentionsAnnotation.class,
        EntenteAnnotations.RejectedQuotesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        EntenteAnnotations.ReferenceAnnotation.class);
  }
}
