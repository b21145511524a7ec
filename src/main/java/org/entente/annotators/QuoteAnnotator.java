package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.Quotations;
import org.entente.quotes.learn.SpeakerScorer;

/**
 * Finds direct quotations and reported speech and says who said them. Writes {@link
 * EntenteAnnotations.QuotesAnnotation} (a list of {@link org.entente.Quote} in text order).
 *
 * <p>Use it after the actor annotator: {@code customAnnotatorClass.entente_quotes =
 * org.entente.annotators.QuoteAnnotator}. It needs lemmas, part-of-speech tags, the dependency
 * parse and entente's actor mentions. Its rules are the files of {@code models/rules/} (see
 * {@link QuoteRules}) and the speaker scorer trained on PolNeAR ({@code models/quotes/}), which
 * decides where the rules disagree with it or found no speaker. Stateless between documents, so
 * thread-safe.
 */
public final class QuoteAnnotator implements Annotator {
  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. Loads the bundled quote
   * rules, failing early on a broken rule file.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties: {@code NAME.speakerScorer=none} turns the trained
   *     speaker scorer off
   */
  public QuoteAnnotator(String name, Properties props) {
    QuoteRules.get(); // fail early on a broken rule file
    // The trained speaker scorer, unless NAME.speakerScorer=none asks for the rules alone.
    boolean rulesOnly = "none".equals(props.getProperty(name + ".speakerScorer"));
    this.scorer = rulesOnly ? null : SpeakerScorer.bundled().orElse(null);
  }

  private final SpeakerScorer scorer;

  @Override
  public void annotate(Annotation doc) {
    doc.set(EntenteAnnotations.QuotesAnnotation.class, Quotations.find(doc, scorer));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.QuotesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        EntenteAnnotations.ActorMentionsAnnotation.class,
        EntenteAnnotations.ActorEntitiesAnnotation.class);
  }
}
