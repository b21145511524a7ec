package org.entente.stances.learn;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.lexicon.StanceLexicon;
import org.entente.stances.Route;

/**
 * Proposes holder-target pairs generously, one per pair and sentence, by four routes: the
 * subject or agent of a clause with the actors in its objects, obliques and complements; the
 * speaker of a quote (and the speaker's state) with the actors its content names; coordinated
 * holders and targets one pair each; the speaker of the sentence before carried into a sentence
 * that has none. Each candidate carries the sparse features {@link StanceSieve} decides on.
 * Stateless, so thread-safe.
 */
public final class CandidateFinder {
  /** Relations from a predicate to whoever holds what it states. */
  private static final Set<String> HOLDER_RELS = Set.of("nsubj", "nsubj:xsubj", "obl:agent",
      "nmod:agent", "csubj", "nmod:poss", "obl:by", "nmod:by", "nmod:from");
  /** Relations a target is never reached through: other holders, punctuation, loose parts. */
  private static final Set<String> SKIP_RELS = Set.of("punct", "parataxis", "discourse",
      "nsubj:pass", "cc", "mark", "aux", "aux:pass", "cop", "det", "case");
  private static final int MAX_DEPTH = 4;
  private static final List<String> POLAR_CLASSES = List.of("VERB", "VPREP", "ADJ", "NOUN",
      "LABEL");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nor");

  private final StanceLexicon lexicon;
  private final PolarityLexicons polarity;
  private final PolarityModel polarityModel;

  /**
   * A finder over the given word lists and polarity model.
   *
   * @param lexicon the rules' stance lexicon, whose word classes become features
   * @param polarity VADER and connotation-frame polarities
   * @param polarityModel how a sentence speaks of a target, trained on NewsMTSC
   */
  public CandidateFinder(StanceLexicon lexicon, PolarityLexicons polarity,
      PolarityModel polarityModel) {
    this.lexicon = lexicon;
    this.polarity = polarity;
    this.polarityModel = polarityModel;
  }

  /** A pair being built: its first route, the words that tie it, and its features so far. */
  private static final class Draft {
    final String holder;
    final String target;
    final int sentence;
    Route route;
    final TreeSet<String> features = new TreeSet<>();
    IndexedWord trigger;
    double triggerStrength = -1;
    StanceContext.Ref targetRef;

    Draft(String holder, String target, int sentence, Route route) {
      this.holder = holder;
      this.target = target;
      this.sentence = sentence;
      this.route = route;
    }
  }

  /**
   * The candidate pairs of a document, in sentence order.
   *
   * @param d the document
   * @return the candidates, one per holder, target and sentence
   */
  public List<Candidate> find(StanceContext d) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<StanceContext.Said> quotes = d.quotes();
    for (int s = 0; s < d.sentenceCount(); s++) {
      SemanticGraph g = d.graph(s);
      List<StanceContext.Ref> here = d.mentions(s);
      if (g == null || here.isEmpty() || d.tokens(s).isEmpty()) {
        continue;
      }
      clauses(d, s, g, drafts);
      between(d, s, g, drafts);
      List<CoreLabel> tokens = d.tokens(s);
      int sBegin = tokens.get(0).beginPosition();
      int sEnd = tokens.get(tokens.size() - 1).endPosition();
      boolean quoted = false;
      for (StanceContext.Said q : quotes) {
        if (q.speakers().isEmpty() || q.end() <= sBegin || q.begin() >= sEnd) {
          continue;
        }
        quoted = true;
        for (StanceContext.Ref m : here) {
          if (m.begin() >= q.begin() && m.end() <= q.end()) {
            for (String sp : q.speakers()) {
              quotePair(d, s, g, drafts, sp, m, q, Route.QUOTE_SPEAKER, false);
              String state = d.countryOf(sp);
              if (state != null && !state.equals(sp)) {
                quotePair(d, s, g, drafts, state, m, q, Route.QUOTE_SPEAKER, true);
              }
            }
          }
        }
      }
      if (!quoted && s > 0) {
        carried(d, s, g, drafts, sBegin);
      }
    }
    forStates(d, drafts);
    Map<String, Integer> rank = salience(d);
    List<Candidate> out = new ArrayList<>();
    for (Draft x : drafts.values()) {
      if (oneParty(d, x.holder, x.target)) {
        continue;
      }
      if (x.route == Route.CLAUSE_SUBJECT && x.features.contains("c:speech-pred")
          && x.features.contains("route:" + Route.QUOTE_SPEAKER)) {
        // "X said ... Y" where the clause is the quote: the quote names the route better.
        x.route = Route.QUOTE_SPEAKER;
      }
      addCommon(d, x);
      String trigger = x.trigger == null ? null : openLemma(x.trigger);
      if (trigger != null) {
        x.features.add("trig:" + trigger);
      }
      x.features.add("hrank:" + bucket(rank.getOrDefault(x.holder, 99)));
      x.features.add("trank:" + bucket(rank.getOrDefault(x.target, 99)));
      List<CoreLabel> tokens = d.tokens(x.sentence);
      out.add(new Candidate(x.holder, x.target, x.sentence, x.route,
          tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition(),
          x.trigger == null ? -1 : x.trigger.beginPosition(),
          x.trigger == null ? -1 : x.trigger.endPosition(), x.targetRef.begin(),
          x.targetRef.end(), ImmutableList.copyOf(x.features)));
    }
    return out;
  }

  /**
   * Whether the target is the holder's own state ("Putin" and Russia, a foreign ministry and its
   * government): an official's word is the state's position, not a stance towards it, as the
   * rule sieve's targets already leave out the holder's own side. None of the corpus's 472 gold
   * stances is of this kind, and the pairs the learned sieve kept were all false. (A state
   * against one of its own people, an exiled former leader, does occur, so the converse stays.)
   */
  static boolean oneParty(StanceContext d, String holder, String target) {
    return target.equals(d.countryOf(holder)) && !target.equals(holder);
  }

  /**
   * A person's stance is often reported as their state's ("the foreign minister condemned X"
   * stands for the ministry's government too): each pair of a person with a state proposes the
   * state's pair as well, where no route proposed it in that sentence.
   */
  private static void forStates(StanceContext d, Map<String, Draft> drafts) {
    for (Draft x : List.copyOf(drafts.values())) {
      String state = d.countryOf(x.holder);
      if (state == null || state.equals(x.holder) || state.equals(x.target)
          || d.kind(x.holder) != StanceContext.Kind.PERSON) {
        continue;
      }
      String key = state + "\t" + x.target + "\t" + x.sentence;
      if (drafts.containsKey(key)) {
        continue;
      }
      Draft y = new Draft(state, x.target, x.sentence, x.route);
      y.features.addAll(x.features);
      y.features.add("holder:state-of-person");
      y.trigger = x.trigger;
      y.triggerStrength = x.triggerStrength;
      y.targetRef = x.targetRef;
      drafts.put(key, y);
    }
  }

  /**
   * Each id's rank by how often the document mentions it (1 = most often; ties by first
   * mention): a stance is more often held by and on the actors an article is about.
   */
  private static Map<String, Integer> salience(StanceContext d) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (StanceContext.Ref m : d.mentions(s)) {
        counts.merge(m.id(), 1, Integer::sum);
      }
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      rank.put(ids.get(i), i + 1);
    }
    return rank;
  }

  private static String bucket(int rank) {
    return rank == 1 ? "1" : rank <= 3 ? "2-3" : rank <= 6 ? "4-6" : "7+";
  }

  /** Clause route: each predicate's holders with the actors below it. */
  private void clauses(StanceContext d, int s, SemanticGraph g, Map<String, Draft> drafts) {
    for (IndexedWord p : g.vertexListSorted()) {
      List<IndexedWord> subjects = new ArrayList<>();
      List<String> subjectRels = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(p)) {
        String rel = e.getRelation().toString();
        if (HOLDER_RELS.contains(rel)
            && (!rel.startsWith("nmod") || p.tag().startsWith("NN"))) {
          subjects.add(e.getDependent());
          subjectRels.add(rel);
        }
      }
      if (subjects.isEmpty()) {
        continue;
      }
      Map<String, List<IndexedWord>> holders = new LinkedHashMap<>();
      Map<String, String> holderRel = new HashMap<>();
      Map<String, Boolean> joint = new HashMap<>();
      for (int i = 0; i < subjects.size(); i++) {
        IndexedWord subj = subjects.get(i);
        boolean coordinated = hasConj(g, subj) || subjects.size() > 1;
        for (String id : d.resolve(s, subj)) {
          holders.computeIfAbsent(id, k -> new ArrayList<>()).add(subj);
          holderRel.putIfAbsent(id, subjectRels.get(i));
          joint.merge(id, coordinated, Boolean::logicalOr);
        }
      }
      if (holders.isEmpty()) {
        continue;
      }
      mutualSubjects(d, s, g, p, subjects, drafts);
      // Breadth first below the predicate: each actor named there, with the path that leads to it.
      Map<IndexedWord, List<IndexedWord>> paths = new LinkedHashMap<>();
      Map<IndexedWord, String> viaRel = new HashMap<>();
      Deque<IndexedWord> queue = new ArrayDeque<>();
      paths.put(p, List.of());
      queue.add(p);
      while (!queue.isEmpty()) {
        IndexedWord w = queue.poll();
        List<IndexedWord> path = paths.get(w);
        if (path.size() >= MAX_DEPTH) {
          continue;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
          String rel = e.getRelation().toString();
          IndexedWord dep = e.getDependent();
          if (SKIP_RELS.contains(rel) || (w == p && HOLDER_RELS.contains(rel))
              || subjects.contains(dep) || paths.containsKey(dep)) {
            continue;
          }
          List<IndexedWord> next = new ArrayList<>(path);
          next.add(dep);
          paths.put(dep, next);
          viaRel.put(dep, rel);
          queue.add(dep);
        }
      }
      for (Map.Entry<IndexedWord, List<IndexedWord>> e : paths.entrySet()) {
        IndexedWord t = e.getKey();
        if (t == p) {
          continue;
        }
        StanceContext.Ref m = refAt(d, s, t);
        if (m == null || !isHead(g, t, m)) {
          continue;
        }
        boolean coordTarget = viaRel.getOrDefault(t, "").startsWith("conj") || hasConj(g, t);
        for (Map.Entry<String, List<IndexedWord>> h : holders.entrySet()) {
          if (h.getKey().equals(m.id())) {
            continue;
          }
          boolean isJoint = joint.get(h.getKey()) || coordTarget;
          Draft x = draft(drafts, h.getKey(), m, s,
              isJoint ? Route.JOINT : Route.CLAUSE_SUBJECT);
          x.features.add("clause");
          x.features.add("hrel:" + holderRel.get(h.getKey()));
          x.features.add("pred-tag:" + coarse(p.tag()));
          if (isJoint) {
            x.features.add("joint");
          }
          x.features.add("depth:" + Math.min(e.getValue().size(), 4));
          StringBuilder rpath = new StringBuilder("rpath:" + holderRel.get(h.getKey()));
          for (IndexedWord w : e.getValue()) {
            String r = viaRel.get(w);
            rpath.append('>').append(r.startsWith("conj") ? "conj" : r);
          }
          x.features.add(rpath.toString());
          if (lexicon.has("SPEECH", p.lemma())) {
            x.features.add("c:speech-pred");
          }
          List<IndexedWord> scope = new ArrayList<>();
          scope.add(p);
          scope.addAll(e.getValue().subList(0, e.getValue().size() - 1));
          scopeFeatures(g, scope, "c", x);
          targetFeatures(g, t, x);
          distance(h.getValue().get(0).index(), t.index(), x);
          considerTrigger(x, p, 0.5);
        }
      }
    }
  }

  /**
   * Coordinated subjects of one predicate towards each other ("X and Y signed a pact", "X and
   * Y traded accusations"): what the clause states is often a relation between them, so each
   * proposes the other as a target (joint route, feature {@code mutual}).
   */
  private void mutualSubjects(StanceContext d, int s, SemanticGraph g, IndexedWord p,
      List<IndexedWord> subjects, Map<String, Draft> drafts) {
    if (subjects.size() < 2) {
      return;
    }
    mutualPairs(d, s, g, subjects, List.of(p), "subj", drafts);
  }

  /**
   * "Talks between X and Y", "tensions between X and Y": the pair of each word's
   * {@code between} dependents, with the word and its governor as the scope.
   */
  private void between(StanceContext d, int s, SemanticGraph g, Map<String, Draft> drafts) {
    for (IndexedWord w : g.vertexListSorted()) {
      List<IndexedWord> sides = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        if (rel.equals("nmod:between") || rel.equals("obl:between")) {
          sides.add(e.getDependent());
        }
      }
      if (sides.size() < 2) {
        continue;
      }
      List<IndexedWord> scope = new ArrayList<>();
      scope.add(w);
      for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
        scope.add(e.getGovernor());
        break;
      }
      mutualPairs(d, s, g, sides, scope, "between", drafts);
    }
  }

  private void mutualPairs(StanceContext d, int s, SemanticGraph g, List<IndexedWord> sides,
      List<IndexedWord> scope, String kind, Map<String, Draft> drafts) {
    for (IndexedWord a : sides) {
      List<String> as = d.resolve(s, a);
      for (IndexedWord b : sides) {
        if (a == b) {
          continue;
        }
        StanceContext.Ref m = refAt(d, s, b);
        if (m == null || !isHead(g, b, m)) {
          continue;
        }
        for (String h : as) {
          if (h.equals(m.id())) {
            continue;
          }
          Draft x = draft(drafts, h, m, s, Route.JOINT);
          x.features.add("mutual:" + kind);
          x.features.add("joint");
          scopeFeatures(g, scope, "c", x);
          targetFeatures(g, b, x);
          considerTrigger(x, scope.get(0), 0.5);
        }
      }
    }
  }

  /** Quote route: the speaker (or the speaker's state) with an actor the quote names. */
  private void quotePair(StanceContext d, int s, SemanticGraph g, Map<String, Draft> drafts,
      String holder, StanceContext.Ref m, StanceContext.Said q, Route route, boolean viaState) {
    if (holder.equals(m.id())) {
      return;
    }
    IndexedWord t = headOf(g, m);
    if (t == null) {
      return;
    }
    Draft x = draft(drafts, holder, m, s, route);
    x.features.add("quote:" + (q.direct() ? "DIRECT" : "INDIRECT"));
    if (viaState) {
      x.features.add("quote:speakers-state");
    }
    if (q.end() - q.begin() < 60) {
      x.features.add("quote:short");
    }
    scopeFeatures(g, ancestors(g, t), "q", x);
    targetFeatures(g, t, x);
    String cue = cue(d, s, q);
    if (cue != null) {
      x.features.add("cue:" + cue);
    }
  }

  /**
   * The speech verb that introduces a quote in this sentence: the first word outside the
   * quote's span that the lexicon lists as a speech verb ("said", "warned", "accused").
   */
  private String cue(StanceContext d, int s, StanceContext.Said q) {
    for (CoreLabel t : d.tokens(s)) {
      if (t.beginPosition() >= q.begin() && t.endPosition() <= q.end()) {
        continue;
      }
      String tag = t.tag() == null ? "" : t.tag();
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      if (tag.startsWith("VB") && lexicon.has("SPEECH", lemma.toLowerCase(Locale.ROOT))) {
        return lemma.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * A word's lemma, lower case, where it is an open-class word that is not a name (a verb,
   * common noun, adjective or adverb, letters and hyphens only): the words the model may learn
   * from, unlike names and function words, which say what an article is about, not whether a
   * stance is stated.
   */
  static String openLemma(IndexedWord w) {
    String tag = w.tag();
    if (tag == null || tag.startsWith("NNP") || !(tag.startsWith("VB") || tag.startsWith("NN")
        || tag.startsWith("JJ") || tag.startsWith("RB"))) {
      return null;
    }
    String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    return lemma.length() > 1 && lemma.matches("[a-z][a-z-]*") ? lemma : null;
  }

  /** Carried route: the speakers of the sentence before, in the same paragraph. */
  private void carried(StanceContext d, int s, SemanticGraph g, Map<String, Draft> drafts,
      int sBegin) {
    List<CoreLabel> prev = d.tokens(s - 1);
    if (prev.isEmpty()) {
      return;
    }
    int pBegin = prev.get(0).beginPosition();
    int pEnd = prev.get(prev.size() - 1).endPosition();
    boolean sameParagraph = d.text().substring(pEnd, sBegin).indexOf('\n') < 0;
    for (StanceContext.Said q : d.quotes()) {
      if (q.speakers().isEmpty() || q.end() <= pBegin || q.begin() >= pEnd) {
        continue;
      }
      for (String sp : q.speakers()) {
        for (StanceContext.Ref m : d.mentions(s)) {
          IndexedWord t = headOf(g, m);
          if (sp.equals(m.id()) || t == null) {
            continue;
          }
          Draft x = draft(drafts, sp, m, s, Route.CARRIED);
          x.features.add(sameParagraph ? "carried:same-paragraph" : "carried:next-paragraph");
          scopeFeatures(g, ancestors(g, t), "k", x);
          targetFeatures(g, t, x);
        }
      }
    }
  }

  private static Draft draft(Map<String, Draft> drafts, String h, StanceContext.Ref t, int s,
      Route route) {
    Draft x = drafts.computeIfAbsent(h + "\t" + t.id() + "\t" + s,
        k -> new Draft(h, t.id(), s, route));
    if (x.targetRef == null) {
      x.targetRef = t;
    }
    x.features.add("route:" + route);
    return x;
  }

  /** Features of the words that tie holder and target: polarity, negation, lemma. */
  private void scopeFeatures(SemanticGraph g, List<IndexedWord> scope, String prefix, Draft x) {
    for (IndexedWord w : scope) {
      String lemma = w.lemma() == null ? w.word().toLowerCase() : w.lemma().toLowerCase();
      String tag = coarse(w.tag());
      boolean negated = negated(g, w);
      String open = openLemma(w);
      if (open != null) {
        x.features.add("lem:" + prefix + ":" + open);
      }
      List<String> polar = new ArrayList<>();
      double strength = 0;
      var entry = lexicon.entryIn(lemma, POLAR_CLASSES);
      if (entry.isPresent() && entry.get().polarity() != null) {
        polar.add("sl:" + entry.get().polarity());
        polar.add("sl:" + entry.get().wordClass() + ":" + entry.get().polarity());
        strength = 1.0;
      }
      double v = polarity.valence(lemma);
      if (v == 0) {
        v = polarity.valence(w.word());
      }
      if (v != 0) {
        polar.add("vader:" + (v > 0 ? "pos" : "neg") + (Math.abs(v) >= 1.5 ? "2" : "1"));
        strength = Math.max(strength, Math.abs(v) / 4);
      }
      if (tag.equals("V")) {
        double cf = polarity.agentTheme(lemma);
        if (Math.abs(cf) > 0.25) {
          polar.add("cf:" + (cf > 0 ? "pos" : "neg"));
          strength = Math.max(strength, Math.abs(cf) * 0.8);
        }
        int cameo = polarity.cameo(lemma);
        if (cameo != 0) {
          polar.add("cameo:" + (cameo > 0 ? "coop" : "conflict"));
          strength = Math.max(strength, 0.6);
        }
      }
      for (String f : polar) {
        x.features.add(f);
        x.features.add(prefix + ":" + f);
        if (negated) {
          x.features.add("neg:" + f);
        }
      }
      if (negated) {
        x.features.add("negated");
      }
      if (strength > 0) {
        considerTrigger(x, w, strength);
      }
    }
  }

  private static void considerTrigger(Draft x, IndexedWord w, double strength) {
    if (strength > x.triggerStrength) {
      x.trigger = w;
      x.triggerStrength = strength;
    }
  }

  /**
   * How the target hangs in its sentence: its relation, with its governor's lemma, and the
   * governor's polarity.
   */
  private void targetFeatures(SemanticGraph g, IndexedWord t, Draft x) {
    for (SemanticGraphEdge e : g.incomingEdgeIterable(t)) {
      String rel = e.getRelation().toString();
      x.features.add("trel:" + rel);
      IndexedWord gov = e.getGovernor();
      String lemma = gov.lemma() == null ? gov.word().toLowerCase() : gov.lemma().toLowerCase();
      String open = openLemma(gov);
      if (open != null) {
        x.features.add("tgl:" + open);
        x.features.add("tgr:" + (rel.startsWith("conj") ? "conj" : rel) + ":" + open);
      }
      var entry = lexicon.entryIn(lemma, POLAR_CLASSES);
      if (entry.isPresent() && entry.get().polarity() != null) {
        x.features.add("gov:sl:" + entry.get().polarity());
      }
      double v = polarity.valence(lemma);
      if (v != 0) {
        x.features.add("gov:vader:" + (v > 0 ? "pos" : "neg"));
      }
      // How the target hangs off a polar word: "an attack on X", "support for X", "X's threats".
      int sign = entry.isPresent() && entry.get().polarity() != null
          ? (entry.get().polarity().name().equals("SUPPORT") ? 1 : -1)
          : v >= 1 ? 1 : v <= -1 ? -1 : polarity.cameo(lemma);
      if (sign != 0) {
        String r = rel.startsWith("conj") ? "conj" : rel;
        x.features.add("tgov:" + r + ":" + (sign > 0 ? "pos" : "neg"));
      }
      double cf = polarity.agentTheme(lemma);
      if (Math.abs(cf) > 0.25 && coarse(gov.tag()).equals("V")) {
        x.features.add("gov:cf:" + (cf > 0 ? "pos" : "neg"));
      }
      int cameo = coarse(gov.tag()).equals("V") ? polarity.cameo(lemma) : 0;
      if (cameo != 0) {
        x.features.add("gov:cameo:" + (cameo > 0 ? "coop" : "conflict"));
      }
      if (negated(g, gov)) {
        x.features.add("gov:negated");
      }
      break;
    }
    if (g.getRoots().contains(t)) {
      x.features.add("trel:root");
    }
  }

  private static void distance(int a, int b, Draft x) {
    int dist = Math.abs(a - b);
    x.features.add("dist:" + (dist <= 3 ? "0-3" : dist <= 8 ? "4-8" : dist <= 15 ? "9-15"
        : "16+"));
  }

  /** Features of the pair and its sentence, added once whatever the routes. */
  private void addCommon(StanceContext d, Draft x) {
    StanceContext.Kind hk = d.kind(x.holder);
    StanceContext.Kind tk = d.kind(x.target);
    x.features.add("hk:" + hk);
    x.features.add("tk:" + tk);
    x.features.add("hk-tk:" + hk + "|" + tk);
    String hs = d.countryOf(x.holder);
    String ts = d.countryOf(x.target);
    if (hs != null && hs.equals(ts)) {
      x.features.add("same-state");
    }
    List<CoreLabel> tokens = d.tokens(x.sentence);
    if (tokens.get(tokens.size() - 1).word().equals("?")) {
      x.features.add("question");
    }
    int pos = 0;
    int neg = 0;
    for (CoreLabel t : tokens) {
      double v = polarity.valence(t.lemma() == null ? t.word() : t.lemma());
      pos += v >= 1 ? 1 : 0;
      neg += v <= -1 ? 1 : 0;
      if (NEGATORS.contains(t.word().toLowerCase())) {
        x.features.add("sent:negator");
      }
    }
    double[] p = polarityModel.probabilities(tokens, x.targetRef.tokenBegin(),
        x.targetRef.tokenEnd());
    for (int k = 0; k < 3; k += 2) {
      String name = k == 0 ? "neg" : "pos";
      if (p[k] >= 0.6) {
        x.features.add("mtsc:" + name + "2");
      } else if (p[k] >= 0.35) {
        x.features.add("mtsc:" + name + "1");
      }
    }
    x.features.add("sent:pos" + Math.min(pos, 3));
    x.features.add("sent:neg" + Math.min(neg, 3));
    x.features.add("routes:" + x.features.stream().filter(f -> f.startsWith("route:")).count());
    // Whether the rules state the pair is not a feature: the rules were written on the first 35
    // corpus articles, where it is near certain, and a model that leans on it rejects what the
    // rules miss in unseen news (their stances stand anyway; see StanceExtractor).
  }

  private static boolean negated(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && NEGATORS.contains(e.getDependent().word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConj(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        return true;
      }
    }
    for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        return true;
      }
    }
    return false;
  }

  /** The target's governors up to the root, nearest first (at most {@link #MAX_DEPTH}). */
  private static List<IndexedWord> ancestors(SemanticGraph g, IndexedWord t) {
    List<IndexedWord> out = new ArrayList<>();
    IndexedWord w = t;
    for (int i = 0; i < MAX_DEPTH; i++) {
      IndexedWord up = null;
      for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
        if (!out.contains(e.getGovernor()) && e.getGovernor() != t) {
          up = e.getGovernor();
          break;
        }
      }
      if (up == null) {
        break;
      }
      out.add(up);
      w = up;
    }
    return out;
  }

  private static StanceContext.Ref refAt(StanceContext d, int s, IndexedWord w) {
    StanceContext.Ref best = null;
    for (StanceContext.Ref m : d.mentions(s)) {
      if (w.index() - 1 >= m.tokenBegin() && w.index() - 1 < m.tokenEnd()
          && (best == null || m.tokenEnd() - m.tokenBegin() > best.tokenEnd() - best.tokenBegin())) {
        best = m;
      }
    }
    return best;
  }

  /** Whether {@code w} is the head of mention {@code m}: no governor inside the mention. */
  private static boolean isHead(SemanticGraph g, IndexedWord w, StanceContext.Ref m) {
    for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
      int gi = e.getGovernor().index() - 1;
      if (gi >= m.tokenBegin() && gi < m.tokenEnd()) {
        return false;
      }
    }
    return true;
  }

  private static IndexedWord headOf(SemanticGraph g, StanceContext.Ref m) {
    IndexedWord last = null;
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w == null) {
        continue;
      }
      last = w;
      if (isHead(g, w, m)) {
        return w;
      }
    }
    return last;
  }

  private static String coarse(String tag) {
    if (tag == null || tag.isEmpty()) {
      return "X";
    }
    return switch (tag.charAt(0)) {
      case 'V' -> "V";
      case 'J' -> "J";
      case 'N' -> "N";
      case 'R' -> "R";
      default -> "X";
    };
  }
}
