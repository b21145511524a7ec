package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.SurfaceIndex;
import org.entente.reference.NationalBodies;

/**
 * Finds people, states and organisations and links every mention to a canonical id: names and
 * aliases from the gazetteer, names found by NER, titles ("the Russian President"), short forms
 * ("Putin") and pronouns. Writes {@link EntenteAnnotations.ActorMentionsAnnotation} and {@link
 * EntenteAnnotations.ActorEntitiesAnnotation}.
 *
 * <p>Use it in any pipeline: {@code customAnnotatorClass.entente_actors =
 * org.entente.annotators.ActorAnnotator}. The document date ({@link
 * CoreAnnotations.DocDateAnnotation}, ISO {@code yyyy-MM-dd}) lets bare titles resolve to whoever
 * held the office on that day. Stateless between documents, so thread-safe.
 */
public final class ActorAnnotator implements Annotator {
  /**
   * The properties it reads, each under its pipeline name ({@code NAME.venueNouns}; the {@code
   * Extractor} calls it {@code entente.actors}): user files laid over the bundled ones.
   */
  public static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = Stream.concat(
      Stream.of(new PropertiesUtils.Property("gazetteers", "",
          "Comma-separated user gazetteer files laid over the bundled ones (else those of"
          + " entente.gazetteers).")),
      Arrays.stream(ActorRules.SUPPORTED_PROPERTIES)).toArray(PropertiesUtils.Property[]::new);

  private final Gazetteer gazetteer;
  private final SurfaceIndex index;
  private final PeopleByShortForm peopleByShortForm;
  private final NationalBodies bodies;
  private final ActorRules rules;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; see {@link #SUPPORTED_PROPERTIES}
   * @throws IllegalArgumentException if a named file is missing or malformed
   */
  public ActorAnnotator(String name, Properties props) {
    this.gazetteer = Settings.gazetteer(props, name);
    this.index = SurfaceIndex.of(gazetteer);
    this.peopleByShortForm = PeopleByShortForm.of(gazetteer);
    this.bodies = NationalBodies.of(gazetteer);
    this.rules = ActorRules.of(props, name);
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    ActorResolution r = new ActorResolution(text, sentences, gazetteer, index, peopleByShortForm,
        date(doc.get(CoreAnnotations.DocDateAnnotation.class)), rules, bodies);
    r.run();
    doc.set(EntenteAnnotations.ActorMentionsAnnotation.class, List.copyOf(r.mentions()));
    doc.set(EntenteAnnotations.ClaimedTokensAnnotation.class, List.copyOf(r.claimed()));
    doc.set(EntenteAnnotations.ActorEntitiesAnnotation.class,
        java.util.Collections.unmodifiableMap(r.entities()));
  }

  private static LocalDate date(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.ActorMentionsAnnotation.class,
        EntenteAnnotations.ActorEntitiesAnnotation.class,
        EntenteAnnotations.ClaimedTokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class, CoreAnnotations.MentionsAnnotation.class);
  }
}
