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
import org.entente.facts.Decision;
import org.entente.facts.FactExtractor;
import org.entente.facts.Sieve;
import org.entente.facts.SieveChain;
import org.entente.lexicon.QuoteRules;
import org.entente.reference.DocumentIndex;
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
    this.rules = rules;
    this.before = ImmutableList.copyOf(before);
  }

  @Override
  public List<String> sieves() {
    List<String> out = new ArrayList<>();
    before.forEach(s -> out.add(s.name()));
    out.addAll(DirectQuotes.SIEVES);
    out.addAll(IndirectQuotes.SIEVES);
    return List.copyOf(out);
  }

  /**
   * The quotes of one document and the unnamed sources that speak them.
   *
   * @param facts the quotes, in text order
   * @param speakers the unnamed sources among their speakers ("a Kremlin aide"), by id: anonymous
   *     people with the country their description gives, absent from the actor stage's output
   * @param mentions where those sources are named, in text order
   */
  public record Found(List<QuoteFact> facts, Map<String, Entity> speakers,
      List<Mention> mentions) {
    /**
     * Copies the lists and map.
     *
     * @param facts the quotes, in text order
     * @param speakers the unnamed sources among their speakers, by id
     * @param mentions where those sources are named, in text order
     */
    public Found {
      facts = ImmutableList.copyOf(facts);
      speakers = ImmutableMap.copyOf(speakers);
      mentions = ImmutableList.copyOf(mentions);
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
      return new Found(List.of(), Map.of(), List.of());
    }
    DocView v = new DocView(doc);
    List<QuoteMarks.Span> marks = doc.quotations();
    CueFinder cues = new CueFinder(v, rules);
    SpeakerResolver speakers = new SpeakerResolver(v, rules);
    List<QuoteFact> out = new ArrayList<>();
    for (DirectQuotes.Found f : new DirectQuotes(v, rules, cues, speakers, before).find(marks)) {
      out.add(fact(true, f.span().begin(), f.span().end(), f.attribution(), f.sieve(),
          f.confidence()));
    }
    speakers.lookBackForIssuers(true);
    Optional<SieveChain<QuoteCandidate, Attribution>> models = before.isEmpty()
        ? Optional.empty() : Optional.of(new SieveChain<>(before));
    for (IndirectQuotes.Found f : new IndirectQuotes(v, cues, speakers).find(marks)) {
      Attribution a = f.attribution();
      String sieve = IndirectQuotes.sieve(a);
      double confidence = rules.confidence(a == null ? "NONE" : a.route(), "INDIRECT");
      if (models.isPresent()) {
        Optional<Decision<Attribution>> d = models.get().decide(
            new QuoteCandidate(doc, false, f.begin(), f.end(), f.sentence()));
        if (d.isPresent()) {
          a = d.get().value();
          sieve = d.get().sieve();
          confidence = d.get().confidence();
        }
      }
      out.add(fact(false, f.begin(), f.end(), a, sieve, confidence));
    }
    out.sort(Comparator.comparingInt(QuoteFact::begin)
        .thenComparing(q -> !q.direct())); // DIRECT before INDIRECT, as the public enum orders
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
    List<Mention> mentions = speakers.anonymousMentions().stream()
        .filter(m -> sources.containsKey(m.id()))
        .sorted(Comparator.comparingInt(Mention::begin)).toList();
    return new Found(out, sources, mentions);
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
