package org.entente.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.Span;
import org.entente.lexicon.QuoteRules;

/**
 * Finds the direct and reported quotations of one annotated document (tokens, POS, lemmas,
 * dependency graphs and entente's actor mentions) and turns them into {@link Quote}s in text
 * order. Stateless: all per-document state lives in the objects built for each call.
 */
public final class Quotations {
  private Quotations() {}

  /**
   * The quotes of {@code doc}, in text order.
   *
   * @param doc a CoreNLP document annotated as above
   * @return its direct and reported quotes, in text order; empty for a document with no sentences
   */
  public static List<Quote> find(edu.stanford.nlp.util.CoreMap doc) {
    QuoteRules rules = QuoteRules.get();
    DocView v = new DocView(doc);
    if (v.sentences() == 0) {
      return List.of();
    }
    List<QuoteMarks.Span> marks = QuoteMarks.find(v.text);
    CueFinder cues = new CueFinder(v, rules);
    SpeakerResolver speakers = new SpeakerResolver(v, rules);
    List<Quote> out = new ArrayList<>();
    for (DirectQuotes.Found f : new DirectQuotes(v, rules, cues, speakers).find(marks)) {
      out.add(quote(v, rules, QuoteKind.DIRECT, f.span().begin(), f.span().end(),
          f.attribution()));
    }
    speakers.lookBackForIssuers(true);
    for (IndirectQuotes.Found f : new IndirectQuotes(v, cues, speakers).find(marks)) {
      out.add(quote(v, rules, QuoteKind.INDIRECT, f.begin(), f.end(), f.attribution()));
    }
    out.sort(Comparator.comparingInt(Quote::begin).thenComparing(Quote::kind));
    return List.copyOf(out);
  }

  private static Quote quote(DocView v, QuoteRules rules, QuoteKind kind, int begin, int end,
      Attribution a) {
    String route = a == null ? "NONE" : a.route();
    Span cue = a == null || a.cueBegin() < 0 ? null : Span.of(v.text, a.cueBegin(), a.cueEnd());
    return new Quote(kind, Span.of(v.text, begin, end),
        a == null ? List.of() : a.speakers(), cue, a == null ? null : a.addressee(),
        a == null ? null : a.outlet(), QuoteRoute.valueOf(route),
        rules.confidence(route, kind.name()));
  }
}
