package org.entente.annotators;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.entente.lexicon.AllianceEntry;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.Rules;
import org.entente.lexicon.Surface;
import org.entente.lexicon.SurfaceIndex;
import org.entente.reference.Mention;

/**
 * Finds alliances, blocs and international organisations under any alias in the gazetteer.
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
    mentions = withAnaphors(sentences, mentions);
    doc.set(EntenteAnnotations.AllianceMentionsAnnotation.class, List.copyOf(mentions));
    doc.set(EntenteAnnotations.AllianceEntitiesAnnotation.class,
        Collections.unmodifiableMap(found));
  }

  /**
   * Adds "the alliance", "the bloc" and the like as mentions of the alliance named last, when
   * it was named in the same or one of the previous {@link #ANAPHOR_REACH} sentences.
   */
  private static List<Mention> withAnaphors(List<CoreMap> sentences, List<Mention> named) {
    if (named.isEmpty()) {
      return named;
    }
    List<Mention> out = new ArrayList<>(named);
    int next = 0; // the first named mention not yet passed
    Mention last = null;
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 1; t < tokens.size(); t++) {
        while (next < named.size() && before(named.get(next), s, t)) {
          last = named.get(next++);
        }
        if (last != null && s - last.sentence() <= ANAPHOR_REACH
            && isAnaphor(tokens, t)) {
          CoreLabel the = tokens.get(t - 1);
          CoreLabel noun = tokens.get(t);
          out.add(new Mention(last.id(), s, t - 1, t + 1,
              the.beginPosition(), noun.endPosition(), Mention.Via.TITLE));
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }

  private static boolean before(Mention m, int s, int t) {
    return m.sentence() < s || m.sentence() == s && m.tokenEnd() <= t - 1;
  }

  // "the alliance" alone: not "the alliance of ...", nor part of a longer name.
  private static boolean isAnaphor(List<CoreLabel> tokens, int t) {
    if (!ANAPHORS.get().contains(tokens.get(t).word().toLowerCase(Locale.ROOT))
        || !tokens.get(t - 1).word().equalsIgnoreCase("the")) {
      return false;
    }
    if (t + 1 < tokens.size()) {
      String after = tokens.get(t + 1).word();
      return !after.equals("of") && !Character.isUpperCase(after.charAt(0));
    }
    return true;
  }

  private static final int ANAPHOR_REACH = 2;

  private static final Supplier<Set<String>> ANAPHORS = Suppliers.memoize(
      () -> Set.copyOf(Rules.lines("models/rules/alliance-anaphors.txt")));

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
