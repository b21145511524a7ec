package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.entente.Polarity;
import org.entente.Span;
import org.entente.Stance;
import org.entente.lexicon.StanceLexicon;
import org.entente.lexicon.StancePatterns;
import org.entente.stances.learn.CandidateFinder;
import org.entente.stances.learn.PolarityLexicons;
import org.entente.stances.learn.PolarityModel;
import org.entente.stances.learn.StanceContext;
import org.entente.stances.learn.StanceSieve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds stances: who supports or opposes which actor or alliance. Runs the Semgrex patterns of
 * {@code models/rules/stance-patterns.semgrex} over each sentence's enhanced++ dependencies, with
 * the word classes of {@code models/rules/stance-lexicon.tsv}; resolves holders ({@link
 * StanceHolders}) and targets ({@link StanceTargets}) to the actor and alliance mentions, and
 * drops negated, conditional and interrogative matches ({@link StanceNegation}). Writes {@link
 * EntenteAnnotations.StancesAnnotation}, in text order.
 *
 * <p>Use it after the actor and alliance annotators: {@code customAnnotatorClass.entente_stances =
 * org.entente.annotators.StanceAnnotator}. When the quote annotator ran before it, "we" inside a
 * quotation resolves to the quote's speakers; without it, to the subject of the sentence's speech
 * verb. Stateless between documents, so thread-safe.
 */
public final class StanceAnnotator implements Annotator {
  private static final Logger log = LoggerFactory.getLogger(StanceAnnotator.class);
  /** Classes whose entries give a trigger's polarity, in the order they are consulted. */
  private static final List<String> POLAR_CLASSES = List.of("VERB", "VPREP", "ADJ", "NOUN",
      "LABEL");

  private final StanceLexicon lexicon;
  private final List<StancePatterns.Rule> rules;
  private final StanceHolders holders;
  private final StanceTargets targets;
  private final StanceNegation negation;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. Uses the bundled stance
   * lexicon and patterns.
   *
   * @param name the annotator's name in the pipeline ({@code NAME}); unused
   * @param props the pipeline's properties; unused
   */
  public StanceAnnotator(String name, Properties props) {
    this.lexicon = StanceLexicon.bundled();
    this.rules = StancePatterns.bundled();
    this.holders = new StanceHolders(lexicon);
    this.negation = new StanceNegation(lexicon);
    this.targets = new StanceTargets(lexicon);
    // Read under the annotator's own name, so CoreNLP's annotator pool (which tells annotators
    // apart by the properties prefixed with their name) never shares one across settings.
    String learned = props.getProperty(name + "." + LEARNED, "true");
    String threshold = props.getProperty(name + "." + THRESHOLD, "NaN");
    double t;
    try {
      t = Double.parseDouble(threshold);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "." + THRESHOLD + " is not a number: "
          + threshold, e);
    }
    boolean keep = Boolean.parseBoolean(props.getProperty(name + "." + CANDIDATES, "false"));
    CandidateFinder f = null;
    if (keep || Boolean.parseBoolean(learned)) {
      String pm = props.getProperty(name + "." + POLARITY_MODEL);
      f = new CandidateFinder(lexicon, PolarityLexicons.bundled(), POLARITY.apply(pm));
    }
    this.sieve = Boolean.parseBoolean(learned) ? StanceSieve.bundled(t, f) : null;
    this.finder = keep ? f : null;
  }

  /**
   * Property (after the annotator's name and a dot, {@code entente_stances.learned} in the
   * extractor's pipeline): whether the learned sieve runs after the rules ({@code true}).
   */
  public static final String LEARNED = "learned";
  /** Property (after the annotator's name): the least probability of a learned stance. */
  public static final String THRESHOLD = "threshold";
  /**
   * Property (after the annotator's name): when {@code true}, the candidate pairs and their
   * features are kept in {@link EntenteAnnotations.StanceCandidatesAnnotation}, for training.
   */
  public static final String CANDIDATES = "candidates";

  /**
   * Property (after the annotator's name): a polarity model file to use instead of the bundled
   * one (the trainer's freshly trained model).
   */
  public static final String POLARITY_MODEL = "polarityModel";

  /** Polarity models by file (null: the bundled one), loaded once per process and shared. */
  private static final java.util.function.Function<String, PolarityModel> POLARITY =
      new java.util.function.Function<>() {
        private final java.util.concurrent.ConcurrentMap<String, PolarityModel> loaded =
            new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public PolarityModel apply(String file) {
          return loaded.computeIfAbsent(file == null ? "" : file, k -> PolarityModel.load(
              k.isEmpty() ? null : java.nio.file.Path.of(k), PolarityLexicons.bundled()));
        }
      };

  private final StanceSieve sieve;
  private final CandidateFinder finder;

  @Override
  public void annotate(Annotation annotation) {
    StanceDoc d = new StanceDoc(annotation);
    // Keyed by holder, target, polarity and trigger offset: two patterns that find the same
    // stance at the same word give it once, with the higher confidence.
    Map<String, Stance> found = new LinkedHashMap<>();
    for (int s = 0; s < d.sentences.size(); s++) {
      SemanticGraph g = d.graph(s);
      if (g == null || d.mentionsIn(s).isEmpty()) {
        continue;
      }
      for (StancePatterns.Rule rule : rules) {
        SemgrexMatcher m = rule.pattern().matcher(g);
        while (m.find()) {
          for (Stance st : stances(d, s, g, rule, m)) {
            String key = st.holder() + "|" + st.target() + "|" + st.polarity() + "|"
                + st.trigger().begin();
            Stance old = found.get(key);
            if (old == null || old.confidence() < st.confidence()) {
              found.put(key, st);
            }
          }
        }
      }
    }
    List<Stance> out = new ArrayList<>(found.values());
    if (sieve != null || finder != null) {
      StanceContext view = new StanceView(d, holders, List.copyOf(out));
      if (finder != null) {
        annotation.set(EntenteAnnotations.StanceCandidatesAnnotation.class,
            List.copyOf(finder.find(view)));
      }
      if (sieve != null) {
        // The rules' stances stand; the sieve adds the holder-target-polarity triples they miss.
        java.util.Set<String> have = new java.util.HashSet<>();
        out.forEach(st -> have.add(st.holder() + "\t" + st.target() + "\t" + st.polarity()));
        for (Stance st : sieve.stances(view)) {
          if (have.add(st.holder() + "\t" + st.target() + "\t" + st.polarity())) {
            out.add(st);
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((Stance st) -> st.evidence().begin())
        .thenComparingInt(st -> st.trigger() == null ? -1 : st.trigger().begin()));
    annotation.set(EntenteAnnotations.StancesAnnotation.class, List.copyOf(out));
  }

  private List<Stance> stances(StanceDoc d, int s, SemanticGraph g, StancePatterns.Rule rule,
      SemgrexMatcher m) {
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
    Polarity polarity = rule.polarity() != null ? rule.polarity()
        : polarity(cue != null ? cue : trigger).orElse(null);
    if (polarity == null) {
      return List.of();
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
    Span triggerSpan = Span.of(d.text, trigger.beginPosition(), trigger.endPosition());
    Span evidence = Span.of(d.text, tokens.get(0).beginPosition(),
        tokens.get(tokens.size() - 1).endPosition());
    List<Stance> out = new ArrayList<>();
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
            out.add(new Stance(h, t, polarity, triggerSpan, evidence, rule.confidence()));
          }
        }
      }
      return out;
    }
    for (String h : holderIds) {
      List<String> victims = victims(d, s, g, target, h);
      for (String t : targets.find(d, s, g, target, h, holders)) {
        if (!victims.contains(t)) {
          out.add(new Stance(h, t, polarity, triggerSpan, evidence, rule.confidence()));
        } else if (polarity == Polarity.SUPPORT) {
          // "backed sanctions against Iran": support for a measure against X opposes X.
          out.add(new Stance(h, t, Polarity.OPPOSE, triggerSpan, evidence, rule.confidence()));
        }
        // Opposing a measure against X is not plainly support for X: no stance on X.
      }
    }
    if (!out.isEmpty() && log.isDebugEnabled()) {
      log.debug("{}: {} in \"{}\"", rule.family(), out, evidence.text());
    }
    return out;
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
    if (!lexicon.entry("NOUN", node.lemma()).map(e -> e.polarity() == Polarity.OPPOSE)
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
      if (rel.equals("nmod:of") && IMPORTANCE.contains(e.getGovernor().lemma())) {
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

  /** Nouns through which a verb states a stance noun: "noted the importance of cooperation". */
  private static final Set<String> IMPORTANCE = Set.of("importance", "necessity", "need",
      "significance");

  private Optional<Polarity> polarity(IndexedWord w) {
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

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EntenteAnnotations.StancesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    // Quotes are used when present but not required: the annotator degrades without them.
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        EntenteAnnotations.ActorMentionsAnnotation.class,
        EntenteAnnotations.ActorEntitiesAnnotation.class,
        EntenteAnnotations.AllianceMentionsAnnotation.class,
        EntenteAnnotations.AllianceEntitiesAnnotation.class);
  }
}
