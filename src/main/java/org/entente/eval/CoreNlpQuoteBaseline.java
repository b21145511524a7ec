package org.entente.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.entente.Extraction;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.Span;

/**
 * The yardstick for entente's quotes: plain CoreNLP ({@code tokenize, ssplit, pos, lemma, ner,
 * depparse, coref, quote} with default settings) and its own quote attribution, turned into
 * extractions that hold only DIRECT quotes.
 *
 * <p>A quote's speaker is CoreNLP's canonical speaker when it found one, else its speaker mention,
 * mapped to an id by {@link #speakerId}. The pipeline loads coreference models: give the JVM about
 * 6 GB of heap. Build one per process; {@link #extract} is not meant for concurrent use.
 */
public final class CoreNlpQuoteBaseline {
  /** The annotators the baseline runs; nothing entente adds. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /** The route recorded on every quote, so baseline lines are recognisable. */
  public static final QuoteRoute ROUTE = QuoteRoute.CORENLP_QUOTE_ATTRIBUTION;

  private final StanfordCoreNLP pipeline;

  /** Loads the CoreNLP models (tens of seconds). */
  public CoreNlpQuoteBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(p);
  }

  /**
   * The DIRECT quotes CoreNLP finds in {@code text}, as an extraction with id {@code id}, language
   * {@code en} and no actors, alliances or stances.
   *
   * @param id the document's id, or null
   * @param text the article's text; not null
   * @return the extraction; each quote has confidence 0, route {@link #ROUTE}, its text without
   *     quotation marks, and at most one speaker
   */
  public Extraction extract(String id, String text) {
    requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Quote> quotes = new ArrayList<>();
    for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
      quotes.add(toQuote(text, q));
    }
    return new Extraction(id, "en", List.of(), List.of(), quotes, List.of());
  }

  private static Quote toQuote(String text, CoreMap q) {
    int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    // CoreNLP's quote span includes its quotation marks; gold texts never do.
    int b = begin;
    int e = end;
    while (b < e && isQuoteMark(text.charAt(b))) {
      b++;
    }
    while (e > b && isQuoteMark(text.charAt(e - 1))) {
      e--;
    }
    String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
    if (speaker == null || speaker.isBlank()) {
      speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
    }
    String id = speaker == null ? "" : speakerId(speaker);
    List<String> speakers = id.isEmpty() ? List.of() : ImmutableList.of(id);
    // CoreNLP gives no probability: confidence 0 says "unknown", not "wrong".
    return new Quote(QuoteKind.DIRECT, Span.of(text, b, e), speakers, null, null, null, ROUTE,
        0.0);
  }

  private static boolean isQuoteMark(char c) {
    return "\"'“”‘’«»„‟‹›`".indexOf(c) >= 0;
  }

  /**
   * A speaker's name as an entente person id: accents dropped, lower case, ASCII words joined by
   * {@code -} ("Vladimir Putin" gives {@code vladimir-putin}, "Peskov" gives {@code peskov}).
   *
   * @param name a name as CoreNLP gives it
   * @return the id; empty when the name has no ASCII letter or digit
   */
  public static String speakerId(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    return String.join("-", ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .replaceAll("^-+|-+$", "");
  }
}
