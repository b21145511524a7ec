package org.entente.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.Mention;
import org.entente.quotes.learn.CandidateRow;
import org.entente.quotes.learn.SpeakerScorer;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.Span;
import org.entente.lexicon.QuoteRules;

/**
 * Finds the direct and reported quotations of one annotated document (tokens, POS, lemmas,
 * dependency graphs and entente's actor mentions) and turns them into {@link Quote}s in text
 * order. Stateless: all per-document state lives in the objects built for each call.
 */
public final class Quotations {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Quotations.class);
  private Quotations() {}

  /** How far reported content may run on to close a quotation it opens. */
  private static final int RUN_ON = 150;
  /** A rules-only quotation without a speaker is kept when its best candidate scores this. */
  static final double RESCUE = 0.5;

  /**
   * The quotes of {@code doc}, in text order, with the bundled speaker scorer when there is one.
   *
   * @param doc a CoreNLP document annotated as above
   * @return its direct and reported quotes, in text order; empty for a document with no sentences
   */
  public static List<Quote> find(edu.stanford.nlp.util.CoreMap doc) {
    return find(doc, SpeakerScorer.bundled().orElse(null));
  }

  /**
   * The quotes of {@code doc}, in text order.
   *
   * @param doc a CoreNLP document annotated as above
   * @param scorer the speaker scorer, or null for the rules alone
   * @return its direct and reported quotes, in text order; empty for a document with no sentences
   */
  public static List<Quote> find(edu.stanford.nlp.util.CoreMap doc, SpeakerScorer scorer) {
    List<Quote> out = new ArrayList<>();
    run(doc, (kind, begin, end, open, rule, candidates) -> {
      Attribution a = rule;
      double confidence = -1;
      if (scorer != null && candidates != null) {
        Decision d = decide(scorer, rule, candidates.get());
        a = d.attribution();
        confidence = d.confidence();
      }
      if (a == null) {
        log.debug("not a quotation at {}: no likely speaker", open);
        return;
      }
      QuoteRules rules = QuoteRules.get();
      out.add(quote(doc.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class), rules, kind, begin, end, a, confidence));
    });
    out.sort(Comparator.comparingInt(Quote::begin).thenComparing(Quote::kind));
    return List.copyOf(withoutPullQuotes(out,
        doc.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class)));
  }

  /**
   * A pull quote repeats words of the body on a line of its own: it is dropped when another
   * direct quote holds its words, so that the quotation counts once.
   */
  static List<Quote> withoutPullQuotes(List<Quote> quotes, String text) {
    List<Quote> direct = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    if (direct.size() < 2) {
      return quotes;
    }
    List<String> keys = direct.stream().map(q -> letters(q.text())).toList();
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      int i = direct.indexOf(q);
      boolean pull = false;
      if (i >= 0 && ownLine(text, q) && !keys.get(i).isEmpty()) {
        for (int j = 0; j < direct.size() && !pull; j++) {
          pull = j != i && !ownLine(text, direct.get(j)) && keys.get(j).contains(keys.get(i));
        }
      }
      if (pull) {
        log.debug("not a quotation at {}: pull quote repeating the body", q.begin());
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean ownLine(String text, Quote q) {
    int b = text.lastIndexOf('\n', Math.max(0, q.begin() - 1)) + 1;
    int e = text.indexOf('\n', q.end());
    String rest = text.substring(b, q.begin()) + text.substring(q.end(), e < 0 ? text.length() : e);
    return rest.chars().noneMatch(Character::isLetterOrDigit);
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * The candidate speakers of every quotation the rules find in {@code doc} (with or without a
   * speaker of their own), for training the scorer.
   *
   * @param doc a CoreNLP document annotated as above
   * @return one row per quotation and candidate, in text order of the quotations
   */
  public static List<CandidateRow> candidateRows(edu.stanford.nlp.util.CoreMap doc) {
    List<CandidateRow> rows = new ArrayList<>();
    Map<String, List<int[]>> spans = new HashMap<>();
    run(doc, (kind, begin, end, open, rule, candidates) -> {
      if (candidates == null) {
        return;
      }
      for (SpeakerCandidates.Candidate c : candidates.get()) {
        rows.add(new CandidateRow(kind.name(), begin, end, c.id(), c.name(),
            spans.computeIfAbsent(c.id(), id -> mentionSpans(doc, id)), c.features()));
      }
    });
    return rows;
  }

  private static List<int[]> mentionSpans(edu.stanford.nlp.util.CoreMap doc, String id) {
    List<Mention> ms = doc.get(EntenteAnnotations.ActorMentionsAnnotation.class);
    return ms == null ? List.of() : ms.stream().filter(m -> m.id().equals(id))
        .map(m -> new int[] {m.begin(), m.end()}).toList();
  }

  /** What is done with each quotation the rules find. */
  private interface Sink {
    /** {@code candidates} is null where the scorer does not judge (joint and group speakers). */
    void accept(QuoteKind kind, int begin, int end, int open, Attribution rule,
        Supplier<List<SpeakerCandidates.Candidate>> candidates);
  }

  private static void run(edu.stanford.nlp.util.CoreMap doc, Sink sink) {
    QuoteRules rules = QuoteRules.get();
    DocView v = new DocView(doc);
    if (v.sentences() == 0) {
      return;
    }
    List<QuoteMarks.Span> marks = QuoteMarks.find(v.text);
    CueFinder cues = new CueFinder(v, rules);
    SpeakerResolver speakers = new SpeakerResolver(v, rules);
    SpeakerCandidates candidates = new SpeakerCandidates(v, cues);
    List<String> previous = List.of();
    for (DirectQuotes.Found f : new DirectQuotes(v, rules, cues, speakers).find(marks)) {
      Attribution a = f.attribution();
      List<String> prev = previous;
      QuoteMarks.Span q = f.span();
      sink.accept(QuoteKind.DIRECT, q.begin(), q.end(), q.open(), a, judged(a)
          ? () -> candidates.of(QuoteKind.DIRECT, q.open(), q.end(), a, prev) : null);
      if (a != null) {
        previous = a.speakers();
      }
    }
    speakers.lookBackForIssuers(true);
    for (IndirectQuotes.Found f : new IndirectQuotes(v, cues, speakers).find(marks)) {
      int end = balancedEnd(v, marks, f.begin(), f.end());
      if (end <= f.begin()) {
        continue;
      }
      Attribution a = f.attribution();
      sink.accept(QuoteKind.INDIRECT, f.begin(), end, f.begin(), a, judged(a)
          ? () -> candidates.of(QuoteKind.INDIRECT, f.begin(), end, a, List.of()) : null);
    }
  }

  /** The scorer judges single speakers, and quotations the rules found no speaker for. */
  private static boolean judged(Attribution a) {
    return a == null || a.speakers().size() == 1 && a.outlet() == null;
  }

  private record Decision(Attribution attribution, double confidence) {}

  /**
   * The rules' pick stands when the scorer ranks it first or cannot see it (an unnamed source);
   * else the scorer's best candidate. A quotation without a rules' speaker takes the best
   * candidate when it scores {@link #RESCUE} or more, else it is dropped.
   */
  private static Decision decide(SpeakerScorer scorer, Attribution rule,
      List<SpeakerCandidates.Candidate> candidates) {
    SpeakerCandidates.Candidate best = null;
    double bestScore = -1;
    double ruleScore = -1;
    for (SpeakerCandidates.Candidate c : candidates) {
      double p = scorer.score(c.features());
      if (p > bestScore) {
        best = c;
        bestScore = p;
      }
      if (rule != null && rule.speakers().get(0).equals(c.id())) {
        ruleScore = p;
      }
    }
    if (rule == null) {
      return best != null && bestScore >= RESCUE
          ? new Decision(new Attribution(List.of(best.id()), "MODEL", -1, -1, null, null),
              bestScore)
          : new Decision(null, 0);
    }
    if (ruleScore < 0 || best == null || best.id().equals(rule.speakers().get(0))) {
      return new Decision(rule, -1);
    }
    String addressee = best.id().equals(rule.addressee()) ? null : rule.addressee();
    return new Decision(new Attribution(List.of(best.id()), "MODEL", rule.cueBegin(),
        rule.cueEnd(), addressee, null), bestScore);
  }

  /**
   * Where reported content that opens a quotation ends: at its closing mark when that closes
   * within {@link #RUN_ON} characters, else before the opening mark, so that a span never ends on an unclosed
   * mark ("warned against "bloc confrontation").
   */
  private static int balancedEnd(DocView v, List<QuoteMarks.Span> marks, int begin, int end) {
    int e = end;
    for (QuoteMarks.Span m : marks) {
      if (m.open() < begin || m.open() >= e || m.end() < e) {
        continue;
      }
      if (m.closed() && m.end() - e <= RUN_ON) {
        e = m.end() + 1;
      } else {
        e = m.open();
        while (e > begin && !Character.isLetterOrDigit(v.text.charAt(e - 1))) {
          e--;
        }
        break;
      }
    }
    return e;
  }

  /** A quote; {@code confidence} below 0 takes the route's confidence from the rule files. */
  private static Quote quote(String text, QuoteRules rules, QuoteKind kind, int begin, int end,
      Attribution a, double confidence) {
    String route = a.route();
    Span cue = a.cueBegin() < 0 ? null : Span.of(text, a.cueBegin(), a.cueEnd());
    return new Quote(kind, text.substring(begin, end), begin, end, a.speakers(), cue,
        a.addressee(), a.outlet(), route,
        confidence >= 0 ? confidence : rules.confidence(route, kind.name()));
  }
}
