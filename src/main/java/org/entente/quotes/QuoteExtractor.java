package org.entente.quotes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import org.entente.facts.Decision;
import org.entente.facts.FactExtractor;
import org.entente.facts.Sieve;
import org.entente.facts.SieveChain;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.learn.CandidateRow;
import org.entente.quotes.learn.SpeakerScorer;
import org.entente.lexicon.Gazetteer;
import org.entente.reference.DocumentIndex;
import org.entente.reference.NationalBodies;
import org.entente.reference.Entity;
import org.entente.reference.Mention;
import org.entente.reference.QuoteMarks;

/**
 * Finds the direct and reported quotations of one document and says who said them. Direct
 * quotations are attributed by a chain of sieves: the sieves given to the constructor (a trained
 * attribution model, say), then the rules ({@link DirectQuotes#SIEVES}: the quotation's
 * continuation, the cue governing it, the nearest cue, "according to", a name and colon, the
 * adjacent sentence). Reported speech is found by its speech cue, and the given sieves may
 * re-attribute it; otherwise the rules' speaker stands. Immutable, so thread-safe: all
 * per-document state lives in the objects built for each call.
 */
public final class QuoteExtractor implements FactExtractor<QuoteFact> {
  private final QuoteRules rules;
  private final ImmutableList<Sieve<QuoteCandidate, Attribution>> before;
  private final SpeakerScorer scorer; // null: no speaker model after the rules
  private final NationalBodies bodies;

  /**
   * An extractor with the rules alone.
   *
   * @param rules the quote rules (speech cues, groups, confidences)
   */
  public QuoteExtractor(QuoteRules rules) {
    this(rules, List.of());
  }

  /**
   * An extractor that asks {@code before} first, in order, then the rules.
   *
   * @param rules the quote rules (speech cues, groups, confidences)
   * @param before sieves consulted before the rules; each may abstain
   */
  public QuoteExtractor(QuoteRules rules, List<Sieve<QuoteCandidate, Attribution>> before) {
    this(rules, before, null);
  }

  /**
   * An extractor that asks {@code before} first, in order, then the rules, then the trained
   * speaker scorer for direct quotations no rule attributed.
   *
   * @param rules the quote rules (speech cues, groups, confidences)
   * @param before sieves consulted before the rules; each may abstain
   * @param scorer the speaker scorer (see {@link SpeakerScorer#bundled()}), or null for none
   */
  public QuoteExtractor(QuoteRules rules, List<Sieve<QuoteCandidate, Attribution>> before,
      SpeakerScorer scorer) {
    this(rules, before, scorer, Gazetteer.defaults());
  }

  /**
   * As {@link #QuoteExtractor(QuoteRules, List, SpeakerScorer)}, naming unnamed sources' states
   * ("Iran's state media": {@code iranian-state-media}) by {@code gazetteer}'s adjectives.
   *
   * @param rules the quote rules (speech cues, groups, confidences)
   * @param before sieves consulted before the rules; each may abstain
   * @param scorer the speaker scorer, or null for none
   * @param gazetteer the gazetteer whose states and bodies ids name
   */
  public QuoteExtractor(QuoteRules rules, List<Sieve<QuoteCandidate, Attribution>> before,
      SpeakerScorer scorer, Gazetteer gazetteer) {
    this.rules = rules;
    this.before = ImmutableList.copyOf(before);
    this.scorer = scorer;
    this.bodies = NationalBodies.of(gazetteer);
  }

  @Override
  public List<String> sieves() {
    List<String> out = new ArrayList<>();
    before.forEach(s -> out.add(s.name()));
    out.addAll(DirectQuotes.SIEVES);
    if (scorer != null) {
      out.add(DirectQuotes.MODEL_SIEVE);
    }
    out.addAll(IndirectQuotes.SIEVES);
    return List.copyOf(out);
  }

  /**
   * The quotes of one document and the unnamed sources that speak them.
   *
   * @param facts the quotes, in text order
   * @param speakers the speakers the actor stage did not know, by id: unnamed sources ("a Kremlin
   *     aide": anonymous people with the country their description gives) and people only the
   *     parser's NER names
   * @param mentions where those speakers are named, and where actors speak under words the actor
   *     stage did not resolve (a pronoun, a description), in text order
   * @param rejected the quoted spans not taken as quotations, with the reason, in text order
   */
  public record Found(List<QuoteFact> facts, Map<String, Entity> speakers,
      List<Mention> mentions, List<Rejection> rejected) {
    /**
     * Copies the lists and map.
     *
     * @param facts the quotes, in text order
     * @param speakers the unnamed sources among their speakers, by id
     * @param mentions where those sources are named, in text order
     * @param rejected the quoted spans not taken as quotations, with the reason
     */
    public Found {
      facts = ImmutableList.copyOf(facts);
      speakers = ImmutableMap.copyOf(speakers);
      mentions = ImmutableList.copyOf(mentions);
      rejected = ImmutableList.copyOf(rejected);
    }
  }

  @Override
  public List<QuoteFact> extract(DocumentIndex doc) {
    return find(doc).facts();
  }

  /**
   * The quotes of {@code doc} with the unnamed sources that speak them, so that every speaker id
   * names an actor.
   *
   * @param doc the document's reference index
   * @return the quotes and their unnamed speakers
   */
  public Found find(DocumentIndex doc) {
    if (doc.sentenceCount() == 0) {
      return new Found(List.of(), Map.of(), List.of(), List.of());
    }
    DocView v = new DocView(doc);
    List<QuoteMarks.Span> marks = doc.quotations();
    CueFinder cues = new CueFinder(v, rules);
    SpeakerResolver speakers = new SpeakerResolver(v, rules, cues, bodies);
    List<QuoteFact> out = new ArrayList<>();
    DirectQuotes direct = new DirectQuotes(v, rules, cues, speakers, before, scorer);
    for (DirectQuotes.Found f : direct.find(marks)) {
      out.add(fact(true, f.span().begin(), f.span().end(), f.attribution(), f.sieve(),
          f.confidence()));
    }
    speakers.lookBackForIssuers(true);
    Optional<SieveChain<QuoteCandidate, Attribution>> models = before.isEmpty()
        ? Optional.empty() : Optional.of(new SieveChain<>(before));
    for (IndirectQuotes.Found f : new IndirectQuotes(v, cues, speakers).find(marks)) {
      int end = balancedEnd(v, marks, f.begin(), f.end());
      if (end <= f.begin()) {
        continue;
      }
      Attribution a = f.attribution();
      String sieve = IndirectQuotes.sieve(a);
      double confidence = rules.confidence(a == null ? "NONE" : a.route(), "INDIRECT");
      if (models.isPresent()) {
        Optional<Decision<Attribution>> d = models.get().decide(
            new QuoteCandidate(doc, false, f.begin(), end, f.sentence()));
        if (d.isPresent()) {
          a = d.get().value();
          sieve = d.get().sieve();
          confidence = d.get().confidence();
        }
      }
      out.add(fact(false, f.begin(), end, a, sieve, confidence));
    }
    out.sort(Comparator.comparingInt(QuoteFact::begin)
        .thenComparing(q -> !q.direct())); // DIRECT before INDIRECT, as the public enum orders
    List<QuoteFact> all = out;
    out = withoutPullQuotes(out, doc.text());
    List<Rejection> rejected = new ArrayList<>(direct.rejected());
    if (out.size() < all.size()) {
      Set<QuoteFact> kept = new HashSet<>(out);
      for (QuoteFact q : all) {
        if (!kept.contains(q)) {
          int open = marks.stream().filter(m -> m.begin() == q.begin()).mapToInt(
              QuoteMarks.Span::open).findFirst().orElse(q.begin());
          rejected.add(new Rejection(open, q.begin(), q.end(), Rejection.Reason.PULL_QUOTE));
        }
      }
      rejected.sort(Comparator.comparingInt(Rejection::begin));
    }
    // Unnamed sources that ended up speaking, and were not already actors.
    Set<String> spoken = new HashSet<>();
    out.forEach(q -> spoken.addAll(q.speakers()));
    Map<String, Entity> sources = new LinkedHashMap<>();
    speakers.anonymousSources().forEach((id, e) -> {
      if (spoken.contains(id) && !doc.actors().containsKey(id)
          && !doc.alliances().containsKey(id)) {
        sources.put(id, e);
      }
    });
    // Where the speakers are named though the actor stage saw no mention (an unresolved "she",
    // a description, a name it did not take), for the actors and sources that spoke.
    List<Mention> mentions = java.util.stream.Stream.concat(
        speakers.anonymousMentions().stream().filter(m -> sources.containsKey(m.id())),
        speakers.resolvedMentions().stream().filter(m -> spoken.contains(m.id())
            && (sources.containsKey(m.id()) || doc.actors().containsKey(m.id()))))
        .distinct().sorted(Comparator.comparingInt(Mention::begin)).toList();
    return new Found(out, sources, mentions, rejected);
  }

  /**
   * The candidate speakers of every quotation the rules find in {@code doc}, attributed or not,
   * with the rules' pick among their features: the rows the speaker scorer is trained on.
   *
   * @param doc the document's reference index
   * @return one row per quotation and candidate, direct quotations first, each in text order
   */
  public List<CandidateRow> candidateRows(DocumentIndex doc) {
    if (doc.sentenceCount() == 0) {
      return List.of();
    }
    DocView v = new DocView(doc);
    List<QuoteMarks.Span> marks = doc.quotations();
    CueFinder cues = new CueFinder(v, rules);
    SpeakerResolver speakers = new SpeakerResolver(v, rules, cues, bodies);
    SpeakerCandidates candidates = new SpeakerCandidates(v, cues, speakers);
    List<CandidateRow> rows = new ArrayList<>();
    Map<String, List<int[]>> spans = new HashMap<>();
    DirectQuotes direct = new DirectQuotes(v, rules, cues, speakers, before, null);
    direct.find(marks);
    for (DirectQuotes.Seen q : direct.seen()) {
      Attribution a = q.attribution();
      if (a == null || a.speakers().size() == 1 && a.outlet() == null) {
        addRows(rows, spans, v, "DIRECT", q.span().begin(), q.span().end(), candidates.of(
            true, q.span().open(), q.span().end(), a, q.previous()));
      }
    }
    speakers.lookBackForIssuers(true);
    for (IndirectQuotes.Found f : new IndirectQuotes(v, cues, speakers).find(marks)) {
      int end = balancedEnd(v, marks, f.begin(), f.end());
      Attribution a = f.attribution();
      if (end > f.begin() && a != null && a.speakers().size() == 1 && a.outlet() == null) {
        addRows(rows, spans, v, "INDIRECT", f.begin(), end,
            candidates.of(false, f.begin(), end, a, List.of()));
      }
    }
    return rows;
  }

  private static void addRows(List<CandidateRow> rows, Map<String, List<int[]>> spans,
      DocView v, String kind, int begin, int end, List<SpeakerCandidates.Candidate> cs) {
    for (SpeakerCandidates.Candidate c : cs) {
      rows.add(new CandidateRow(kind, begin, end, c.id(), c.name(),
          spans.computeIfAbsent(c.id(), id -> v.mentions.stream()
              .filter(m -> m.id().equals(id)).map(m -> new int[] {m.begin(), m.end()})
              .toList()), c.features()));
    }
  }

  /** How far reported content may run on to close a quotation it opens. */
  private static final int RUN_ON = 150;

  /**
   * Where reported content that opens a quotation ends: at its closing mark when that closes
   * within {@link #RUN_ON} characters, else before the opening mark, so that a span never ends
   * on an unclosed mark ("warned against "bloc confrontation").
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

  /**
   * A pull quote repeats words of the body on a line of its own: it is dropped when another
   * direct quote holds its words, so that the quotation counts once.
   */
  static List<QuoteFact> withoutPullQuotes(List<QuoteFact> quotes, String text) {
    List<QuoteFact> direct = quotes.stream().filter(QuoteFact::direct).toList();
    if (direct.size() < 2) {
      return quotes;
    }
    List<String> keys = direct.stream().map(q -> letters(text.substring(q.begin(), q.end())))
        .toList();
    List<QuoteFact> out = new ArrayList<>();
    for (QuoteFact q : quotes) {
      int i = direct.indexOf(q);
      boolean pull = false;
      if (i >= 0 && ownLine(text, q) && !keys.get(i).isEmpty()) {
        for (int j = 0; j < direct.size() && !pull; j++) {
          pull = j != i && !ownLine(text, direct.get(j)) && keys.get(j).contains(keys.get(i));
        }
      }
      if (!pull) {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean ownLine(String text, QuoteFact q) {
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

  private static QuoteFact fact(boolean direct, int begin, int end, Attribution a, String sieve,
      double confidence) {
    if (a == null) {
      return new QuoteFact(direct, begin, end, List.of(), -1, -1, null, null, "NONE", sieve,
          confidence);
    }
    return new QuoteFact(direct, begin, end, a.speakers(), a.cueBegin(), a.cueEnd(),
        a.addressee(), a.outlet(), a.route(), sieve, confidence);
  }
}
