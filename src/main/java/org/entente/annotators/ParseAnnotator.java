package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.ResourceCache;
import org.entente.lexicon.StanceLexicon;
import org.entente.stances.learn.PolarityLexicons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's neural dependency parser ({@link FastParser}: the same parses, faster), run only on
 * the sentences that can carry a fact ({@link FactSentences}): the parse is most of the pipeline's cost, and a sentence without a quotation,
 * a speech cue, a stance word or a polar word carries no fact entente reads. The other sentences
 * keep their tokens, tags and entities and get no graph; entente's fact stages read a missing
 * graph as "nothing to find here". It writes the basic and enhanced++ graphs, the two entente
 * reads, and not CoreNLP's three others.
 *
 * <p>Use it after the actor and alliance annotators, whose mentions it reads, and before the
 * reference annotator: {@code customAnnotatorClass.entente_parse =
 * org.entente.annotators.ParseAnnotator}. The parser model is loaded once per model path and
 * shared. Stateless between documents, so thread-safe.
 */
public final class ParseAnnotator implements Annotator {
  private static final Logger log = LoggerFactory.getLogger(ParseAnnotator.class);

  /** Setting: parse every sentence, as CoreNLP's {@code depparse} does. */
  public static final String ALL = "all";
  /** Setting: the parser model, a class-path resource or file. */
  public static final String MODEL = "model";
  /** Setting: the pipeline name of the quote annotator whose rule files give the cues. */
  public static final String QUOTES = "quotes";
  /** Setting: the pipeline name of the stance annotator whose lexicon gives the stance words. */
  public static final String STANCES = "stances";

  /**
   * The properties it reads, each under its pipeline name ({@code NAME.all}; the {@code
   * Extractor} calls it {@code entente.parse}).
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      new PropertiesUtils.Property(ALL, "false",
          "Parse every sentence, not only those that can carry a fact."),
      new PropertiesUtils.Property(MODEL, DependencyParser.DEFAULT_MODEL,
          "The dependency parser model (class-path resource or file)."),
      new PropertiesUtils.Property(QUOTES, "entente.quotes",
          "Pipeline name of the quote annotator whose rule files (speech cues ...) it reads."),
      new PropertiesUtils.Property(STANCES, "entente.stances",
          "Pipeline name of the stance annotator whose lexicon it reads."),
      new PropertiesUtils.Property("speechCues, cueBlockers, ..., lexicon", "",
          "The quote annotator's rule files and the stance annotator's lexicon, when given"
          + " under this name; else read under those annotators' names."),
      ReferenceAnnotator.anaphorsProperty(),
  };

  private final FastParser parser;
  private final FactSentences selector; // null: parse all

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @throws IllegalArgumentException if a named rule file is missing or malformed
   */
  public ParseAnnotator(String name, Properties props) {
    this.parser = parser(props.getProperty(name + "." + MODEL, DependencyParser.DEFAULT_MODEL));
    if (Boolean.parseBoolean(props.getProperty(name + "." + ALL, "false"))) {
      this.selector = null;
    } else {
      // Each list is read under this annotator's name when set there (the Extractor repeats
      // them there: CoreNLP shares an annotator between pipelines whose name-prefixed
      // properties are equal), else under the fact annotator's.
      String quotes = props.getProperty(name + "." + QUOTES, "entente.quotes");
      Map<String, List<Path>> files = new HashMap<>();
      QuoteRules.FILES.forEach(key -> files.put(key, Settings.paths(props,
          props.containsKey(name + "." + key) ? name : quotes, key)));
      String stances = props.getProperty(name + "." + STANCES, "entente.stances");
      String lexicon = StanceAnnotator.LEXICON;
      this.selector = new FactSentences(QuoteRules.load(files),
          StanceLexicon.load(Settings.paths(props,
              props.containsKey(name + "." + lexicon) ? name : stances, lexicon)),
          ReferenceAnnotator.allianceAnaphors(props, name),
          // Polar words mark stance sentences for the rules' candidates too, so the lexicons
          // are read whether or not the learned sieve runs.
          PolarityLexicons.bundled());
    }
  }

  /** The parser of {@code model}, loaded once and shared by every pipeline that names it. */
  static FastParser parser(String model) {
    // The key's "file" is the model path: one parser per distinct model.
    return ResourceCache.get("dependency-parser", List.of(Path.of(model)),
        () -> FastParser.load(model));
  }

  @Override
  public void annotate(Annotation doc) {
    stopIfInterrupted();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    BitSet chosen;
    if (selector == null) {
      chosen = new BitSet();
      chosen.set(0, sentences.size());
    } else {
      List<List<org.entente.reference.Mention>> mentions = new ArrayList<>();
      mentions.add(doc.get(EntenteAnnotations.ActorMentionsAnnotation.class));
      mentions.add(doc.get(EntenteAnnotations.AllianceMentionsAnnotation.class));
      chosen = selector.select(EntenteAnnotations.quotations(doc), sentences, mentions);
    }
    for (int s = chosen.nextSetBit(0); s >= 0; s = chosen.nextSetBit(s + 1)) {
      stopIfInterrupted();
      CoreMap sentence = sentences.get(s);
      GrammaticalStructure gs = parser.predict(sentence);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
              GrammaticalStructure.Extras.NONE, null));
      sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
              GrammaticalStructure.Extras.NONE, null));
    }
    log.debug("parsed {} of {} sentences", chosen.cardinality(), sentences.size());
    if (log.isTraceEnabled()) {
      for (int s = chosen.nextClearBit(0); s < sentences.size(); s = chosen.nextClearBit(s + 1)) {
        log.trace("not parsed: {}", sentences.get(s).get(CoreAnnotations.TextAnnotation.class));
      }
    }
  }

  /**
   * Stops when the watchdog's time budget is over, as CoreNLP's sentence annotators do: this
   * stage may parse few sentences, or none, so it checks before it starts too.
   */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RuntimeInterruptedException();
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class,
        EntenteAnnotations.ActorMentionsAnnotation.class);
  }
}
