package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.AllianceEntry;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.Surface;
import org.entente.lexicon.SurfaceIndex;
import org.entente.reference.Mention;

/**
 * Finds alliances, blocs and international organisations under any alias in the gazetteer ("the
 * bloc" after one is the reference stage's).
 * Writes {@link EntenteAnnotations.AllianceMentionsAnnotation} and {@link
 * EntenteAnnotations.AllianceEntitiesAnnotation}. Stateless between documents, so thread-safe.
 */
public final class AllianceAnnotator implements Annotator {
  private final Gazetteer gazetteer;
  private final SurfaceIndex index;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @param name the annotator's name in the pipeline ({@code NAME})
   * @param props the pipeline's properties; {@code NAME.gazetteers} (else {@code
   *     entente.gazetteers}) lists comma-separated user gazetteer files to lay over the bundled
   *     ones
   */
  public AllianceAnnotator(String name, Properties props) {
    this.gazetteer = Settings.gazetteer(props, name);
    this.index = SurfaceIndex.of(gazetteer);
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Mention> mentions = new ArrayList<>();
    Map<String, AllianceEntry> found = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      // The same longest-match scan as the actors', so "UN Security Council" is UNSC, not UN.
      for (SurfaceMatch m : SurfaceMatch.find(text, tokens, index)) {
        if (m.surface().kind() == Surface.Kind.ALLIANCE) {
          String id = m.surface().id();
          found.putIfAbsent(id, gazetteer.alliances().get(id));
          mentions.add(new Mention(id, s, m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(),
              Mention.Via.NAME));
        }
      }
    }
    doc.set(EntenteAnnotations.AllianceMentionsAnnotation.class, List.copyOf(mentions));
    doc.set(EntenteAnnotations.AllianceEntitiesAnnotation.class,
        Collections.unmodifiableMap(found));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.AllianceMentionsAnnotation.class,
        EntenteAnnotations.AllianceEntitiesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}
