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
  /** Setting: files of nouns laid over {@code models/rules/alliance-anaphors.txt}. */
  public static final String ALLIANCE_ANAPHORS = "allianceAnaphors";

  /**
   * The properties it reads, each under its pipeline name ({@code NAME.allianceAnaphors}; the
   * {@code Extractor} calls it {@code entente.reference}).
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      anaphorsProperty(),
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
    this.allianceAnaphors = allianceAnaphors(props, name);
  }

  /** The entry of {@link #ALLIANCE_ANAPHORS} in a {@code SUPPORTED_PROPERTIES}. */
  static PropertiesUtils.Property anaphorsProperty() {
    return Settings.overlay(ALLIANCE_ANAPHORS, "alliance-anaphors.txt",
        "nouns that after 'the' refer back to the alliance named last");
  }

  /**
   * The bundled alliance anaphors with the files of {@code name.allianceAnaphors} laid over
   * them: the parse, which chooses the sentences a back-reference looks back to, reads the same
   * list under its own name.
   */
  static Set<String> allianceAnaphors(Properties props, String name) {
    return Rules.words("models/rules/alliance-anaphors.txt",
        Settings.paths(props, name, ALLIANCE_ANAPHORS), true);
  }

  @Override
  public void annotate(Annotation doc) {
    doc.set(EntenteAnnotations.ReferenceAnnotation.class, DocumentIndex.of(doc,
        doc.get(EntenteAnnotations.ActorMentionsAnnotation.class),
        doc.get(EntenteAnnotations.ActorEntitiesAnnotation.class),
        doc.get(EntenteAnnotations.AllianceMentionsAnnotation.class),
        doc.get(EntenteAnnotations.AllianceEntitiesAnnotation.class),
        doc.get(EntenteAnnotations.ClaimedTokensAnnotation.class), allianceAnaphors,
        EntenteAnnotations.quotations(doc)));
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
