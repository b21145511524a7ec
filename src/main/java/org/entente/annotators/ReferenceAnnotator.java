package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.Rules;
import org.entente.reference.DocumentIndex;

/**
 * The reference stage: builds the document's {@link DocumentIndex} once, from the tokens,
 * dependency graphs and entente's actor and alliance mentions, for the fact annotators after it.
 * It resolves the personal pronouns ("he", "his") to people and "the bloc", "the alliance" to
 * alliances, and its index answers the other
 * back-references ({@link org.entente.reference.BackReferences}).
 * Writes {@link EntenteAnnotations.ReferenceAnnotation}.
 *
 * <p>Use it after the actor and alliance annotators: {@code customAnnotatorClass.entente_reference
 * = org.entente.annotators.ReferenceAnnotator}. Stateless, so thread-safe.
 */
public final class ReferenceAnnotator implements Annotator {
  /**
   * The properties it reads, each under its pipeline name ({@code NAME.allianceAnaphors}; the
   * {@code Extractor} calls it {@code entente.reference}).
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      Settings.overlay("allianceAnaphors", "alliance-anaphors.txt",
          "nouns that after 'the' refer back to the alliance named last"),
  };

  private final Set<String> allianceAnaphors;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @throws IllegalArgumentException if a named file is missing
   */
  public ReferenceAnnotator(String name, Properties props) {
    this.allianceAnaphors = Rules.words("models/rules/alliance-anaphors.txt",
        Settings.paths(props, name, "allianceAnaphors"), true);
  }

  @Override
  public void annotate(Annotation doc) {
    doc.set(EntenteAnnotations.ReferenceAnnotation.class, DocumentIndex.of(doc,
        doc.get(EntenteAnnotations.ActorMentionsAnnotation.class),
        doc.get(EntenteAnnotations.ActorEntitiesAnnotation.class),
        doc.get(EntenteAnnotations.AllianceMentionsAnnotation.class),
        doc.get(EntenteAnnotations.AllianceEntitiesAnnotation.class),
        doc.get(EntenteAnnotations.ClaimedTokensAnnotation.class), allianceAnaphors));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.ReferenceAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        EntenteAnnotations.ActorMentionsAnnotation.class,
        EntenteAnnotations.ActorEntitiesAnnotation.class);
  }
}
