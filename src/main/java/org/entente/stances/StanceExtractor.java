package org.entente.stances;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.facts.Decision;
import org.entente.facts.FactExtractor;
import org.entente.facts.Sieve;
import org.entente.facts.SieveChain;
import org.entente.lexicon.Leaning;
import org.entente.lexicon.StanceLexicon;
import org.entente.lexicon.StancePatterns;
import org.entente.reference.DocumentIndex;
import org.entente.stances.learn.StanceSieve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds stances: who supports or opposes which actor or alliance. Runs the Semgrex patterns of
 * {@code models/rules/stance-patterns.semgrex} over each sentence's enhanced++ dependencies, with
 * the word classes of {@code models/rules/stance-lexicon.tsv}; resolves holders ({@link
 * StanceHolders}) and targets ({@link StanceTargets}) to the actor and alliance mentions, and
 * drops negated, conditional and interrogative matches ({@link StanceNegation}). Each (holder,
 * target) pair so found is a {@link StanceCandidate} carrying the rules' proposed polarity; a
 * chain of sieves decides its polarity: the sieves given to the constructor (a trained polarity
 * model, say), then the {@link LexiconSieve}.
 *
 * <p>When the document index carries the quote stage's utterances, "we" inside a quotation
 * resolves to the quote's speakers; without them, to the subject of the sentence's speech verb.
 * Immutable, so thread-safe.
 */
public final class StanceExtractor implements FactExtractor<StanceFact> {
  private static final Logger log = LoggerFactory.getLogger(StanceExtractor.class);
  /** Classes whose entries give a trigger's polarity, in the order they are consulted. */
  private static final List<String> POLAR_CLASSES = List.of("VERB", "VPREP", "ADJ", "NOUN",
      "LABEL");

  private final StanceLexicon lexicon;
  private final List<StancePatterns.Rule> rules;
  private final StanceHolders holders;
  private final StanceTargets targets;
  private final StanceNegation negation;
  private final SieveChain<StanceCandidate, Leaning> chain;
  private final boolean rulesOnly;
  /** The learned sieve run after the rules on its own candidate pairs, or null. */
  private final StanceSieve learned;

  /**
   * An extractor with the rules alone.
   *
   * @param lexicon the stance lexicon
   * @param rules the stance patterns
   */
  public StanceExtractor(StanceLexicon lexicon, List<StancePatterns.Rule> rules) {
    this(lexicon, rules, List.of());
  }

  /**
   * An extractor whose polarity decisions ask {@code before} first, in order, then the lexicon.
   *
   * @param lexicon the stance lexicon
   * @param rules the stance patterns
   * @param before sieves consulted before the {@link LexiconSieve}; each may abstain
   */
  public StanceExtractor(StanceLexicon lexicon, List<StancePatterns.Rule> rules,
      List<Sieve<StanceCandidate, Leaning>> before) {
    this(lexicon, rules, before, null);
  }

  /**
   * An extractor with the rules (polarity by {@code before}, then the lexicon) and, after them, a
   * learned sieve that proposes its own candidate pairs ({@link StanceSieve}) and adds the
   * stances the rules do not state.
   *
   * @param lexicon the stance lexicon
   * @param rules the stance patterns
   * @param before sieves consulted before the {@link LexiconSieve}; each may abstain
   * @param learned the learned sieve, or null for the rules alone
   */
  public StanceExtractor(StanceLexicon lexicon, List<StancePatterns.Rule> rules,
      List<Sieve<StanceCandidate, Leaning>> before, StanceSieve learned) {
    this.learned = learned;
    this.lexicon = lexicon;
    this.rules = List.copyOf(rules);
    this.holders = new StanceHolders(lexicon);
    this.negation = new StanceNegation(lexicon);
    this.targets = new StanceTargets(lexicon);
    List<Sieve<StanceCandidate, Leaning>> all = new ArrayList<>(before);
    all.add(new LexiconSieve());
    this.chain = new SieveChain<>(all);
    this.rulesOnly = before.isEmpty();
  }

  @Override
  public List<String> sieves() {
    if (learned == null) {
      return chain.names();
    }
    List<String> names = new ArrayList<>(chain.names());
    names.add(learned.name());
    return names;
  }

  /**
   * The learned sieve's candidate pairs of a document, gathered by pair, for training.
   *
   * @param index the document's reference index
   * @param finder the candidate finder
   * @return the candidates
   */
  public List<org.entente.stances.learn.Candidate> candidates(DocumentIndex index,
      org.entente.stances.learn.CandidateFinder finder) {
    return finder.find(view(index));
  }

  private StanceView view(DocumentIndex index) {
    return new StanceView(new StanceDoc(index), holders, index.quotations(),
        index.utterances());
  }

  @Override
  public List<StanceFact> extract(DocumentIndex index) {
    StanceDoc d = new StanceDoc(index);
    // Keyed by holder, target, polarity and trigger offset: two patterns that find the same
    // stance at the same word give it once, with the higher confidence.
    Map<String, StanceFact> found = new LinkedHashMap<>();
    for (int s = 0; s < d.sentences.size(); s++) {
      SemanticGraph g = d.graph(s);
      if (g == null || d.mentionsIn(s).isEmpty()) {
        continue;
      }
      for (StancePatterns.Rule rule : rules) {
        SemgrexMatcher m = rule.pattern().matcher(g);
        while (m.find()) {
          for (StanceCandidate c : candidates(d, index, s, g, rule, m)) {
            Optional<Decision<Leaning>> decided = chain.decide(c);
            if (decided.isEmpty()) {
              continue;
            }
            StanceFact st = new StanceFact(c.holder(), c.target(), decided.get().value(),
                c.triggerBegin(), c.triggerEnd(), c.evidenceBegin(), c.evidenceEnd(),
                decided.get().sieve(), decided.get().confidence());
            String key = st.holder() + "|" + st.target() + "|" + st.polarity() + "|"
                + st.triggerBegin();
            StanceFact old = found.get(key);
            if (old == null || old.confidence() < st.confidence()) {
              found.put(key, st);
            }
          }
        }
      }
    }
    List<StanceFact> out = new ArrayList<>(found.values());
    if (learned != null) {
      // The rules' stances stand; the learned sieve adds the triples they do not state.
      Set<String> have = new java.util.HashSet<>();
      out.forEach(f -> have.add(f.holder() + "|" + f.target() + "|" + f.polarity()));
      for (org.entente.stances.learn.Candidate c : learned.pairs(view(index))) {
        Optional<Decision<Leaning>> decided = learned.decide(c);
        if (decided.isPresent()
            && have.add(c.holder() + "|" + c.target() + "|" + decided.get().value())) {
          out.add(StanceSieve.fact(c, decided.get()));
        }
      }
    }
    out.sort(Comparator.comparingInt(StanceFact::triggerBegin)
        .thenComparingInt(StanceFact::evidenceBegin));
    return List.copyOf(out);
  }

  private List<StanceCandidate> candidates(StanceDoc d, DocumentIndex index, int s,
      SemanticGraph g, StancePatterns.Rule rule, SemgrexMatcher m) {
    IndexedWord trigger = m.getNode("trigger");
    IndexedWord target = m.getNode("target");
    if (trigger == null) {
      return List.of();
    }
    String prepRel = m.getRelnString("prep");
    if (prepRel != null && !takesPrep(trigger, prepRel)) {
      return List.of();
    }
    IndexedWord cue = m.getNode("cue");
    Leaning polarity = rule.polarity() != null ? rule.polarity()
        : polarity(cue != null ? cue : trigger).orElse(null);
    if (polarity == null && rulesOnly) {
      return List.of(); // the lexicon sieve would decide none of them
    }
    IndexedWord pred = m.getNode("pred");
    boolean nounTrigger = trigger.tag() != null && trigger.tag().startsWith("NN");
    if (pred == null && nounTrigger) {
      pred = expressGovernor(g, trigger);
    }
    List<CoreLabel> tokens = d.tokens(s);
    if (negation.cancelled(g, trigger, pred, tokens.stream().map(CoreLabel::word).toList())) {
      return List.of();
    }
    List<String> holderIds = holderIds(d, s, g, m.getNode("holder"), trigger, pred, nounTrigger);
    if (holderIds.isEmpty()) {
      return List.of();
    }
    int evidenceBegin = tokens.get(0).beginPosition();
    int evidenceEnd = tokens.get(tokens.size() - 1).endPosition();
    Candidates out = new Candidates(index, s, trigger, evidenceBegin, evidenceEnd, polarity,
        rule);
    if (target != null && StanceTargets.reciprocal(g, target) && holderIds.size() == 1
        && firstPersonSubject(g, pred != null ? pred : trigger)) {
      // "we support each other" in one speaker's words: the speaker's state and its partner.
      String own = d.countryOf(holderIds.get(0));
      String other = own == null ? null : holders.partnerOf(d, s, own);
      if (other != null) {
        holderIds = List.of(own, other);
      }
    }
    if (target == null || StanceTargets.reciprocal(g, target)) {
      // "Russia and China support each other": every holder toward every other.
      for (String h : holderIds) {
        for (String t : holderIds) {
          if (!h.equals(t)) {
            out.add(h, t, false);
          }
        }
      }
      return out.list;
    }
    for (String h : holderIds) {
      List<String> victims = victims(d, s, g, target, h);
      for (String t : targets.find(d, s, g, target, h, holders)) {
        out.add(h, t, victims.contains(t));
      }
    }
    if (!out.list.isEmpty() && log.isDebugEnabled()) {
      log.debug("{}: {} in \"{}\"", rule.family(), out.list,
          d.text.substring(evidenceBegin, evidenceEnd));
    }
    return out.list;
  }

  /** The candidates of one pattern match, sharing its trigger, evidence and proposal. */
  private static final class Candidates {
    final List<StanceCandidate> list = new ArrayList<>();
    private final DocumentIndex index;
    private final int sentence;
    private final IndexedWord trigger;
    private final int evidenceBegin;
    private final int evidenceEnd;
    private final Leaning proposed;
    private final StancePatterns.Rule rule;

    Candidates(DocumentIndex index, int sentence, IndexedWord trigger, int evidenceBegin,
        int evidenceEnd, Leaning proposed, StancePatterns.Rule rule) {
      this.index = index;
      this.sentence = sentence;
      this.trigger = trigger;
      this.evidenceBegin = evidenceBegin;
      this.evidenceEnd = evidenceEnd;
      this.proposed = proposed;
      this.rule = rule;
    }

    void add(String holder, String target, boolean againstMeasure) {
      list.add(new StanceCandidate(index, sentence, holder, target, trigger.index() - 1,
          trigger.beginPosition(), trigger.endPosition(), evidenceBegin, evidenceEnd, proposed,
          againstMeasure, rule.family(), rule.confidence()));
    }
  }

  /** Relations from a hostile measure to whom it is aimed at: "sanctions on/against X". */
  private static final Set<String> AIMED_AT = Set.of("nmod:against", "nmod:on", "nmod:of",
      "nmod:over", "acl");

  /**
   * Whom {@code node} is aimed at when it is a hostile measure ("sanctions against Iran", "a
   * boycott of the Beijing Games"): the targets under its "against", "on" or "of"; else empty.
   */
  private List<String> victims(StanceDoc d, int s, SemanticGraph g, IndexedWord node,
      String holder) {
    if (!lexicon.entry("NOUN", node.lemma()).map(e -> e.polarity() == Leaning.OPPOSE)
        .orElse(false)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      if (AIMED_AT.contains(e.getRelation().toString())) {
        out.addAll(targets.find(d, s, g, e.getDependent(), holder, holders));
      }
    }
    return out;
  }

  private List<String> holderIds(StanceDoc d, int s, SemanticGraph g, IndexedWord named,
      IndexedWord trigger, IndexedWord pred, boolean nounTrigger) {
    List<IndexedWord> nodes = new ArrayList<>();
    if (named != null) {
      nodes.add(named);
    } else if (nounTrigger) {
      // "Beijing's support", "sanctions by the US", else the subject of "voiced opposition".
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(trigger)) {
        String rel = e.getRelation().toString();
        if (rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:agent")
            || rel.equals("nmod:from")) {
          nodes.add(e.getDependent());
        }
      }
      if (pred != null && resolveAll(d, s, g, nodes).isEmpty()) {
        // "pledged its solidarity": an unresolved possessor defers to the subject.
        nodes.clear();
        nodes.addAll(holders.subjects(g, pred, false));
      }
    } else {
      IndexedWord p = pred != null ? pred : trigger;
      boolean adjectival = !p.tag().startsWith("VB") || p.tag().equals("VBN");
      nodes.addAll(holders.subjects(g, p, adjectival));
    }
    if (named == null && !nodes.isEmpty()) {
      nodes.addAll(joined(g, trigger, pred));
    }
    return resolveAll(d, s, g, nodes);
  }

  /**
   * Those whom the holder joined in the stance: "joined Norway and Sweden in a boycott of X",
   * "joined France in condemning X" (the objects of "join" whose "in" leads to the stance).
   */
  private static List<IndexedWord> joined(SemanticGraph g, IndexedWord trigger,
      IndexedWord pred) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord w : new IndexedWord[] {trigger, pred}) {
      if (w == null) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        IndexedWord join = e.getGovernor();
        if ((rel.equals("obl:in") || rel.equals("advcl:in")) && join.lemma().equals("join")) {
          for (SemanticGraphEdge o : g.outgoingEdgeIterable(join)) {
            if (o.getRelation().toString().equals("obj") && !out.contains(o.getDependent())) {
              out.add(o.getDependent());
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean firstPersonSubject(SemanticGraph g, IndexedWord pred) {
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(pred)) {
      if (e.getRelation().toString().startsWith("nsubj")
          && e.getDependent().word().equalsIgnoreCase("we")) {
        return true;
      }
    }
    return false;
  }

  private List<String> resolveAll(StanceDoc d, int s, SemanticGraph g, List<IndexedWord> nodes) {
    List<String> ids = new ArrayList<>();
    for (IndexedWord n : nodes) {
      for (String id : holders.resolve(d, s, g, n)) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * The light verb or adjective that the stance noun completes ("voiced opposition", "joined a
   * boycott", "ready for cooperation"), or null.
   */
  private IndexedWord expressGovernor(SemanticGraph g, IndexedWord noun) {
    for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("obj") || rel.startsWith("obl:")) && lexicon.has("EXPRESS",
          e.getGovernor().lemma())) {
        return e.getGovernor();
      }
      // "stressed the importance of cooperation with X": the verb that states the importance.
      if (rel.equals("nmod:of") && lexicon.has("IMPORTANCE", e.getGovernor().lemma())) {
        for (SemanticGraphEdge up : g.incomingEdgeIterable(e.getGovernor())) {
          if (up.getRelation().toString().equals("obj")
              && up.getGovernor().tag().startsWith("VB")) {
            return up.getGovernor();
          }
        }
      }
    }
    return null;
  }


  private Optional<Leaning> polarity(IndexedWord w) {
    for (String form : new String[] {w.lemma(), w.word()}) {
      Optional<StanceLexicon.Entry> e = lexicon.entryIn(form, POLAR_CLASSES);
      if (e.isPresent() && e.get().polarity() != null) {
        return Optional.of(e.get().polarity());
      }
    }
    return Optional.empty();
  }

  /** Whether the preposition of relation {@code rel} ("obl:with") introduces the target. */
  private boolean takesPrep(IndexedWord trigger, String rel) {
    int colon = rel.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String prep = rel.substring(colon + 1);
    if (prep.equals("agent")) {
      prep = "by"; // "concerned by X" parsed as a passive's agent
    }
    for (String c : List.of("VPREP", "ADJ", "NOUN")) {
      for (String form : new String[] {trigger.lemma(), trigger.word()}) {
        Optional<StanceLexicon.Entry> e = lexicon.entry(c, form);
        if (e.isPresent() && e.get().takes(prep)) {
          return true;
        }
      }
    }
    return false;
  }

}
