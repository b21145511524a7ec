package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.QuoteExtractor;

/**
 * Finds direct quotations and reported speech and says who said them, with a {@link
 * QuoteExtractor}. Writes {@link EntenteAnnotations.QuotesAnnotation} (a list of {@link
 * org.entente.quotes.QuoteFact} in text order).
 *
 * <p>Use it after the reference annotator: {@code customAnnotatorClass.entente_quotes =
 * org.entente.annotators.QuoteAnnotator}. It needs lemmas, part-of-speech tags, the dependency
 * parse and entente's reference index. Its rules are the files of {@code models/rules/} (see
 * {@link QuoteRules}). Stateless between documents, so thread-safe.
 */
public final class QuoteAnnotator implements Annotator {
  private final QuoteExtractor extractor;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. Loads the quote rules,
   * failing early on a broken rule file.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties
   */
  public QuoteAnnotator(String name, Properties props) {
    this.extractor = new QuoteExtractor(QuoteRules.get());
  }

  @Override
  public void annotate(Annotation doc) {
    doc.set(EntenteAnnotations.QuotesAnnotation.class,
        extractor.extract(doc.get(EntenteAnnotations.ReferenceAnnotation.class)));
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
        EntenteAnnotations.ReferenceAnnotation.class);
  }
}
