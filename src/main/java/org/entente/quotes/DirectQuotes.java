package org.entente.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;
import org.entente.facts.Decision;
import org.entente.facts.Sieve;
import org.entente.facts.SieveChain;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.QuoteRules.CueFlag;
import org.entente.quotes.learn.SpeakerScorer;
import org.entente.reference.QuoteMarks;

/**
 * Finds direct quotations: quoted words that someone said, as opposed to headlines, labels and
 * scare quotes, and attributes each through the speech cue that governs it, the nearest cue in
 * its sentence, "according to", a colon introduction, or the adjacent sentence.
 */
final class DirectQuotes {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DirectQuotes.class);
  private Covered covered; // the index of coveredSpans, built on first use
  private List<QuoteMarks.Span> coveredSpans;
  /** A quotation of at most this many words is a fragment and needs a cue in its sentence. */
  private static final int FRAGMENT_WORDS = 5;
  /** A line of at most this many words without final punctuation may be a headline. */
  private static final int HEADLINE_WORDS = 20;

  /**
   * A found direct quotation with its attribution, the sieve that decided it and that sieve's
   * confidence (for a rule sieve, the calibrated confidence of the final route).
   */
  record Found(QuoteMarks.Span span, Attribution attribution, String sieve, double confidence) {}

  /** The rule sieves' names, in the order they are consulted. */
  static final List<String> SIEVES = List.of("continuation", "governing-cue", "frame",
      "nearest-cue", "according-to", "colon-name", "signed", "adjacent");

  private final DocView v;
  private final QuoteRules rules;
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final SieveChain<QuoteCandidate, Attribution> chain;
  private final SpeakerScorer scorer; // null: the rules alone
  private final SpeakerCandidates candidates;
  private final List<Seen> seen = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private final java.util.Set<String> ruleSieves = new java.util.HashSet<>();
  // The quotation the rule sieves are deciding: they read it here, beside the candidate, since
  // their state (the quotation before, the speakers remembered) is this document's.
  private Current current;

  // said: a passage (a clause or a long phrase) or a fragment beside a speech verb, kept even
  // when no speaker is found.
  private record Current(QuoteMarks.Span q, int s0, int s1, boolean fragment, boolean said,
      List<QuoteMarks.Span> outer, Found previous) {}

  DirectQuotes(DocView v, QuoteRules rules, CueFinder cues, SpeakerResolver speakers,
      List<Sieve<QuoteCandidate, Attribution>> before, SpeakerScorer scorer) {
    this.scorer = scorer;
    this.candidates = new SpeakerCandidates(v, cues, speakers);
    this.v = v;
    this.rules = rules;
    this.cues = cues;
    this.speakers = speakers;
    List<Sieve<QuoteCandidate, Attribution>> all = new ArrayList<>(before);
    all.add(rule("continuation", c -> continuation(c)));
    all.add(rule("governing-cue", c -> governingCue(c.q(), c.s0(), c.s1(), c.fragment())));
    SpeechFrame frame = new SpeechFrame(v, speakers);
    all.add(rule("frame", c -> c.fragment() ? null : frame.after(c.q())));
    all.add(rule("nearest-cue", c -> nearestCue(c.q(), c.s0(), c.s1(), c.outer())));
    all.add(rule("according-to", c -> accordingTo(c.q(), c.s0(), c.s1())));
    all.add(rule("colon-name", c -> colonName(c.q(), c.s0())));
    all.add(rule("signed", c -> speakers.signedBy(c.q().end())));
    all.add(rule("adjacent", c -> c.fragment() ? null : adjacent(c.q(), c.s0(), c.s1(),
        c.previous())));
    if (scorer != null) {
      all.add(model());
    }
    all.add(rule(CLAUSE_SIEVE, DirectQuotes::clause));
    this.chain = new SieveChain<>(all);
  }

  private Sieve<QuoteCandidate, Attribution> rule(String name,
      java.util.function.Function<Current, Attribution> body) {
    ruleSieves.add(name);
    return new Sieve<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public java.util.Optional<Decision<Attribution>> decide(QuoteCandidate candidate) {
        Attribution a = body.apply(current);
        return a == null ? java.util.Optional.empty() : java.util.Optional.of(
            new Decision<>(a, name, rules.confidence(a.route(), "DIRECT")));
      }
    };
  }

  /** The quotation runs on from the previous paragraph's: the same speaker. */
  private Attribution continuation(Current c) {
    Found previous = c.previous();
    if (previous != null && previous.span().continues()
        && v.paragraphBegin(c.q().open()) == v.paragraphEnd(previous.span().open()) + 1) {
      return previous.attribution() == null || previous.attribution().speakers().isEmpty() ? null
          : previous.attribution().withRoute("CONTINUATION");
    }
    return null;
  }

  List<Found> find(List<QuoteMarks.Span> marks) {
    speakers.nameDescribedSources(true);
    try {
      return findAll(marks);
    } finally {
      speakers.nameDescribedSources(false);
    }
  }

  private List<Found> findAll(List<QuoteMarks.Span> marks) {
    List<QuoteMarks.Span> outer = marks.stream().filter(m -> m.depth() == 0).toList();
    List<Found> out = new ArrayList<>();
    Found previous = null;
    for (QuoteMarks.Span q : outer) {
      int s0 = v.sentenceAt(q.begin());
      int s1 = v.sentenceAt(q.end() - 1);
      boolean fragment = isFragment(q, s0);
      // A headline quotes someone when a speech verb introduces the words ("X Says Y Will ...").
      boolean headline = isHeadline(q);
      if (headline && !spokenHeadline(q, s0)) {
        reject(q, Rejection.Reason.HEADLINE);
        continue;
      }
      if (fragment && isLabel(q, s0, s1, headline)) {
        reject(q, Rejection.Reason.TITLE_OR_NAME);
        continue;
      }
      boolean said = isClause(q, s0, s1) || cued(q, s0, s1, outer) || characterised(q, s0);
      current = new Current(q, s0, s1, fragment, said, outer, previous);
      java.util.Optional<Decision<Attribution>> d = chain.decide(
          new QuoteCandidate(v.index, true, q.begin(), q.end(), s0));
      if (d.isPresent() && d.get().value() == Blocked.INSTANCE) {
        reject(q, Rejection.Reason.CANCELLED_CUE);
        continue;
      }
      // The scorer's training sees a quotation kept without a speaker as unattributed.
      seen.add(new Seen(q, d.filter(x -> !x.sieve().equals(CLAUSE_SIEVE))
          .map(Decision::value).orElse(null),
          previous == null ? List.of() : previous.attribution().speakers()));
      if (d.isEmpty()) {
        // A word or phrase no one is found to have said, with no speech verb near: a scare quote.
        reject(q, Rejection.Reason.SCARE_QUOTE);
        continue;
      }
      Attribution a = relayed(q, s0, s1, d.get().value(), outer);
      String sieve = d.get().sieve();
      double confidence = ruleSieves.contains(sieve) ? rules.confidence(a.route(), "DIRECT")
          : d.get().confidence();
      // Hook for the learned scorer: it overrules a weak rule's pick (see SpeakerRanking).
      if (scorer != null && a.speakers().size() == 1 && a.outlet() == null
          && SpeakerRanking.WEAK_ROUTES.contains(a.route())) {
        SpeakerRanking.Pick p = SpeakerRanking.overrule(scorer, candidates.of(true, q.open(),
            q.end(), a, previous == null ? List.of() : previous.attribution().speakers()),
            a.speakers().get(0));
        if (p != null) {
          a = new Attribution(List.of(p.candidate().id()), "SPEAKER_MODEL", a.cueBegin(),
              a.cueEnd(), a.addressee(), null);
          sieve = MODEL_SIEVE;
          confidence = p.probability();
        }
      }
      Found f = new Found(q, a, sieve, confidence);
      out.add(f);
      if (sieve.equals(CLAUSE_SIEVE) || sieve.equals(MODEL_SIEVE) && confidence < RESCUE) {
        // Kept as a full clause on a weak guess: not a speaker later quotations may inherit.
        continue;
      }
      speakers.remember(a);
      previous = f;
    }
    return out;
  }

  private void reject(QuoteMarks.Span q, Rejection.Reason reason) {
    rejected.add(new Rejection(q.open(), q.begin(), q.end(), reason));
    if (log.isDebugEnabled()) {
      log.debug("not a quotation at {}: {} ({})", q.open(), reason.explanation(),
          v.text.substring(q.begin(), Math.min(q.end(), q.begin() + 60)));
    }
  }

  /** The quoted spans the last {@link #find} did not take as quotations, with the reason. */
  List<Rejection> rejected() {
    return List.copyOf(rejected);
  }

  /**
   * Whether a speech verb outside quotation marks, a document noun ("statement") or "according
   * to" stands in the quotation's sentences: then a short quoted phrase is someone's words even
   * when no rule finds whose ("the government said it was 'deeply disappointed'").
   */
  private boolean cued(QuoteMarks.Span q, int s0, int s1, List<QuoteMarks.Span> outer) {
    for (int s = s0; s <= s1; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        int b = toks.get(t).beginPosition();
        // A verb inside a hyphenated word is no speech ("so-called").
        if (quoted(outer, b) || b > 0 && v.text.charAt(b - 1) == '-') {
          continue;
        }
        if (cues.anyCue(s, t) || cues.accordingTo(s, t) >= 0 || speechNoun(s, t)) {
          log.trace("quotation at {} is beside the speech word '{}'", q.open(),
              toks.get(t).word());
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A common noun that stands for words: a document ("statement"), or a speech verb's noun
   * before "that" ("Trump's claim that ...").
   */
  private boolean speechNoun(int s, int t) {
    String tag = v.tag(s, t);
    if (!tag.startsWith("NN") || tag.startsWith("NNP")) {
      return false;
    }
    String lemma = v.lemma(s, t);
    return rules.isDocument(lemma) || t + 1 < v.tokens.get(s).size()
        && v.token(s, t + 1).word().equalsIgnoreCase("that") && !rules.cues(lemma).isEmpty();
  }

  /**
   * "likened the rules to ...", "hailed him as a 'strong leader'": a quoted phrase after "as"
   * that follows a verb's object characterises it, in someone's words. Not after a label word
   * ("known as").
   */
  private boolean characterised(QuoteMarks.Span q, int s0) {
    int t = lastTokenBefore(s0, q.open());
    if (t >= 0 && DETERMINERS.contains(lower(v.token(s0, t).word()))) {
      t--;
    }
    if (t < 1 || !lower(v.token(s0, t).word()).equals("as")) {
      return false;
    }
    String before = v.token(s0, t - 1).word();
    return !rules.isLabelCue(before) && !v.tag(s0, t - 1).startsWith("VB")
        && !AS_PHRASES.contains(lower(before));
  }

  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the");

  /** Words that make "as" a conjunction or comparison, not a characterisation. */
  private static final java.util.Set<String> AS_PHRASES = java.util.Set.of("such", "well", "so",
      "same", "just", "much", "many", "soon", "long", "far");

  /** A headline whose speech verb, with a clausal complement, comes before the quotation. */
  private boolean spokenHeadline(QuoteMarks.Span q, int s0) {
    int pb = v.paragraphBegin(q.open());
    for (int s = v.sentenceAt(pb); s <= s0; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        int b = toks.get(t).beginPosition();
        // Title case misleads the tagger ("Says" as a proper noun): the word's lower case counts.
        if (b >= pb && b < q.open() && rules.cues(headlineLemma(toks.get(t).word())).stream()
            .anyMatch(c -> c.particle() == null && c.flags().contains(CueFlag.CLAUSE))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lemma of a headline's verb in the third person present ("Says", "Warns"). */
  private static String headlineLemma(String word) {
    String w = lower(word);
    if (w.equals("says")) {
      return "say";
    }
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * A quotation that reached the sieves, with the decided attribution (null when none decided)
   * and the previous quotation's speakers: what the speaker scorer's training reads.
   */
  record Seen(QuoteMarks.Span span, Attribution attribution, List<String> previous) {}

  /** The quotations that reached the sieves in the last {@link #find}, in text order. */
  List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The name of the speaker scorer's sieve, after the rules. */
  static final String MODEL_SIEVE = "speaker-model";

  /** The speaker scorer keeps a quotation no rule attributed when a candidate scores this. */
  static final double RESCUE = 0.5;

  /**
   * The sieve after the rules: the scorer's best candidate for a quotation no rule attributed,
   * when it scores {@link #RESCUE} or more.
   */
  private Sieve<QuoteCandidate, Attribution> model() {
    return new Sieve<>() {
      @Override
      public String name() {
        return MODEL_SIEVE;
      }

      @Override
      public java.util.Optional<Decision<Attribution>> decide(QuoteCandidate candidate) {
        Current c = current;
        List<String> prev = c.previous() == null ? List.of()
            : c.previous().attribution().speakers();
        SpeakerRanking.Pick best = SpeakerRanking.best(scorer,
            candidates.of(true, c.q().open(), c.q().end(), null, prev));
        // Words someone said (a full clause, or words beside a speech verb) are said by someone
        // even where no candidate is likely: the best one, with its probability as confidence.
        // Measured: more right speakers than none on the corpus and on PolNeAR dev.
        double floor = c.said() ? CLAUSE_RESCUE : RESCUE;
        return best == null || best.probability() < floor ? java.util.Optional.empty()
            : java.util.Optional.of(new Decision<>(new Attribution(
                List.of(best.candidate().id()), "SPEAKER_MODEL", -1, -1, null, null), name(),
                best.probability()));
      }
    };
  }

  /**
   * The scorer's best candidate for a quotation kept as said (a full clause, or beside a speech
   * verb) that no rule attributed needs this.
   */
  static final double CLAUSE_RESCUE = 0.1;

  /** The name of the last sieve: a full clause no one is found for, kept without a speaker. */
  static final String CLAUSE_SIEVE = "full-clause";

  /**
   * The last sieve: a quotation that is a full clause (a verb, {@link #CLAUSE_WORDS} words or
   * more, not a title), or any quotation beside a speech verb, is a quotation even when no
   * speaker is found: a scare quote or a label is a word or a phrase no one is said to say. Kept
   * with no speaker (route NONE).
   */
  private static Attribution clause(Current c) {
    return c.said() ? new Attribution(List.of(), "NONE", -1, -1, null, null) : null;
  }

  /** A quotation of at least this many words with a verb may be a full clause. */
  static final int CLAUSE_WORDS = 6;

  /**
   * Words with a verb, not in title case: a clause or sentence someone said ("to intensifying our
   * support ..." too: a long quoted phrase with a verb is words, not a name).
   */
  private boolean isClause(QuoteMarks.Span q, int s0, int s1) {
    String inner = v.text.substring(q.begin(), q.end());
    int n = words(inner);
    boolean ended = inner.matches("(?s).*[.!?][\\s”\"’']*$");
    // A short complete sentence with a verb ("It was destined to fail.") is words too; a title
    // keeps its capitals when its final stop is set inside the marks ("The Art of War.").
    boolean sentence = ended && n >= 2 && Character.isUpperCase(inner.charAt(0));
    if (n < CLAUSE_WORDS && !sentence
        || titleCase(inner.replaceAll("[.!?\\s”\"’']+$", ""))) {
      return false;
    }
    // A sentence without a verb ("No sympathy, no plan. The worst candidate ever.") or a long
    // passage is someone's words as well: a title or label is short.
    if (n >= 2 * CLAUSE_WORDS || ended && n >= CLAUSE_WORDS) {
      return true;
    }
    for (int s = s0; s <= s1; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        CoreLabel tok = toks.get(t);
        String tag = v.tag(s, t);
        if (tok.beginPosition() >= q.begin() && tok.endPosition() <= q.end()
            && (tag.startsWith("VB") || tag.equals("MD"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Marker for a quotation governed by a cancelled cue ("refrained from calling it ..."). */
  private static final class Blocked {
    static final Attribution INSTANCE = new Attribution(List.of(), "BLOCKED", -1, -1, null, null);
  }

  private boolean isFragment(QuoteMarks.Span q, int s0) {
    int words = words(v.text.substring(q.begin(), q.end()));
    if (words > FRAGMENT_WORDS) {
      return false;
    }
    // A short quotation that opens its paragraph is a whole utterance, not a fragment.
    return v.paragraphBegin(q.open()) != q.open();
  }

  /**
   * A quoted label: a name in title case (unless the line is a headline that quotes someone), a
   * noun compound before a noun, or after "named".
   */
  private boolean isLabel(QuoteMarks.Span q, int s0, int s1, boolean headline) {
    String inner = v.text.substring(q.begin(), q.end());
    // In a headline every word is capitalised: title case there tells nothing.
    if (!inner.chars().anyMatch(Character::isLetter) || titleCase(inner) && !headline) {
      return true;
    }
    int before = lastTokenBefore(s0, q.open());
    if (before >= 0 && rules.isLabelCue(v.token(s0, before).word())
        || rules.isLabelCue(wordBefore(q.open()))) {
      return true;
    }
    int after = firstTokenAfter(s1, q.end() + 1);
    boolean endsInPunct = ".,!?;:".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    return after >= 0 && !endsInPunct && words(inner) <= 4
        && v.tag(s1, after).startsWith("NN") && !v.tag(s1, after).startsWith("NNP")
        && v.token(s1, after).beginPosition() <= q.end() + 2 && !evaluative(q, s1);
  }

  /**
   * Whether the quoted words before a noun end in an adjective, adverb or participle: someone's
   * judgement ("its 'ironclad' commitment", "'wrongful and dangerous' remarks"), where a quoted
   * noun compound is a name ("the 'no limits' partnership").
   */
  private boolean evaluative(QuoteMarks.Span q, int s) {
    int last = lastTokenBefore(s, q.end());
    while (last >= 0 && !v.token(s, last).word().chars().anyMatch(Character::isLetterOrDigit)) {
      last--;
    }
    if (last < 0 || v.token(s, last).beginPosition() < q.begin()) {
      return false;
    }
    String tag = v.tag(s, last);
    if (tag.startsWith("JJ") || tag.startsWith("RB") || tag.startsWith("VB") || tag.equals("RP")) {
      return true;
    }
    // A quoted verb phrase before its object ("agreed to 'cool down' tensions") is words too.
    for (int t = last; t >= 0 && v.token(s, t).beginPosition() >= q.begin(); t--) {
      if (v.tag(s, t).startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** The whitespace-delimited word before {@code offset}, as written: "so-called" whole. */
  private String wordBefore(int offset) {
    int e = offset;
    while (e > 0 && Character.isWhitespace(v.text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && !Character.isWhitespace(v.text.charAt(b - 1))) {
      b--;
    }
    return lower(v.text.substring(b, e));
  }

  private static boolean titleCase(String s) {
    int caps = 0;
    for (String w : s.split("[\\s\\-]+")) {
      String word = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (word.isEmpty() || SMALL_WORDS.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      caps++;
    }
    return caps > 0 && !s.matches(".*[,.!?]\\s*$");
  }

  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "vs");

  /** A short line without final punctuation in title case: a headline or section title. */
  private boolean isHeadline(QuoteMarks.Span q) {
    int pb = v.paragraphBegin(q.open());
    int pe = v.paragraphEnd(q.open());
    if (words(v.text, pb, pe, HEADLINE_WORDS) > HEADLINE_WORDS) {
      return false;
    }
    String line = v.text.substring(pb, pe).strip();
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?:”\"’'»".indexOf(last) >= 0 && !(titleCase(line) && "”\"’'»".indexOf(last) >= 0
        && q.open() > pb)) {
      return false;
    }
    return titleCase(line);
  }

  /** The speech cue that governs the quotation in the dependency tree. */
  private Attribution governingCue(QuoteMarks.Span q, int s0, int s1, boolean fragment) {
    for (int s = s0; s <= s1; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        CoreLabel tok = toks.get(t);
        if (tok.beginPosition() < q.begin() || tok.endPosition() > q.end()) {
          continue;
        }
        IndexedWord w = v.node(s, t);
        IndexedWord p = w == null ? null : v.parent(s, w);
        if (p == null || inside(q, s, p)) {
          continue;
        }
        // w attaches the quotation to the sentence: climb from its head to the first cue.
        for (int hop = 0; hop < 4 && p != null; hop++) {
          if (!inside(q, s, p) && cues.cue(s, p.index() - 1, CueFlag.FRAGMENT) != null) {
            if (fragment && cues.blocked(s, p)) {
              return Blocked.INSTANCE;
            }
            Attribution a = speakers.fromCue(s, p);
            if (a == null) {
              a = speakers.unnamedSpeaker(s, p);
            }
            if (a != null) {
              return colonRoute(q, a);
            }
          }
          p = v.parent(s, p);
        }
      }
    }
    return null;
  }

  /** The nearest cue outside quotations in the quotation's sentences with a known speaker. */
  private Attribution nearestCue(QuoteMarks.Span q, int s0, int s1,
      List<QuoteMarks.Span> outer) {
    List<int[]> candidates = new ArrayList<>();
    for (int s = s0; s <= s1; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        int b = toks.get(t).beginPosition();
        if (quoted(outer, b) || cues.cue(s, t, CueFlag.FRAGMENT) == null) {
          continue;
        }
        int dist = b < q.open() ? q.open() - b : b - q.end();
        candidates.add(new int[] {s, t, dist});
      }
    }
    candidates.sort(Comparator.comparingInt(c -> c[2]));
    for (int[] c : candidates) {
      Attribution a = speakers.fromCue(c[0], v.node(c[0], c[1]));
      if (a != null) {
        return colonRoute(q, a);
      }
    }
    return null;
  }

  /**
   * "..., the ministry said ..., Yonhap reported": when the cue found is a medium's, another
   * speaker in the sentence (or the one it cites) said the words and the medium is the outlet.
   */
  private Attribution relayed(QuoteMarks.Span q, int s0, int s1, Attribution a,
      List<QuoteMarks.Span> outer) {
    if (a.speakers().size() != 1 || a.cueBegin() < 0) {
      return a;
    }
    Entity medium = v.entities.get(a.speakers().get(0));
    if (medium == null || medium.kind() != EntityKind.ORGANIZATION) {
      return a;
    }
    int cs = v.sentenceAt(a.cueBegin());
    int ct = firstTokenAfter(cs, a.cueBegin());
    if (ct < 0 || cues.cue(cs, ct, CueFlag.OUTLET) == null) {
      return a;
    }
    for (int s = s0; s <= s1; s++) {
      List<CoreLabel> toks = v.tokens.get(s);
      for (int t = 0; t < toks.size(); t++) {
        if (s == cs && t == ct || quoted(outer, toks.get(t).beginPosition())) {
          continue;
        }
        IndexedWord w = v.node(s, t);
        Attribution other = null;
        if (cues.cue(s, t, CueFlag.FRAGMENT) != null) {
          other = speakers.fromCue(s, w);
        } else if (toks.get(t).word().equalsIgnoreCase("citing")) {
          for (IndexedWord o : v.children(s, w, "obj")) {
            other = speakers.speakersOf(s, o, speakers.tokenSpan(s, w));
          }
        }
        if (other != null && !other.speakers().equals(a.speakers())
            && !other.route().equals("SUBJECT_PHRASE")) {
          return other.withOutlet(medium.id());
        }
      }
    }
    return a;
  }

  private Attribution colonRoute(QuoteMarks.Span q, Attribution a) {
    if (a.cueBegin() < q.open() && charBefore(q.open()) == ':') {
      return a.withRoute("COLON");
    }
    return a;
  }

  /** "..., according to X" in the quotation's sentences. */
  private Attribution accordingTo(QuoteMarks.Span q, int s0, int s1) {
    for (int s = s0; s <= s1; s++) {
      Attribution a = IndirectQuotes.accordingToAttribution(v, cues, speakers, s, q.open(),
          q.end());
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** "Putin: '...'": a name and a colon before the quotation. */
  private Attribution colonName(QuoteMarks.Span q, int s0) {
    if (charBefore(q.open()) != ':') {
      return null;
    }
    int colon = v.text.lastIndexOf(':', q.open());
    int s = v.sentenceAt(colon);
    int t = lastTokenBefore(s, colon);
    Mention m = t < 0 ? null : v.mentionAt(s, t);
    if (m != null) {
      return new Attribution(List.of(m.id()), "COLON", colon, colon + 1, null, null);
    }
    // "Lopez had one message for the crowd: '...'": the subject of the clause the colon closes.
    IndexedWord head = t < 0 ? null : v.node(s, t);
    while (head != null && v.parent(s, head) != null
        && v.token(s, v.parent(s, head).index() - 1).beginPosition() < colon) {
      head = v.parent(s, head);
    }
    if (head == null || !v.tag(s, head.index() - 1).startsWith("VB")) {
      return null;
    }
    for (IndexedWord subject : speakers.subjects(s, head)) {
      Attribution a = speakers.speakersOf(s, subject, new int[] {colon, colon + 1});
      if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
        return a.withRoute("COLON");
      }
    }
    return null;
  }

  /** A bare quotation paragraph: the speaker of the quotation or cue just before it. */
  private Attribution adjacent(QuoteMarks.Span q, int s0, int s1, Found previous) {
    int pb = v.paragraphBegin(q.open());
    if (previous != null && previous.attribution() != null
        && !previous.attribution().speakers().isEmpty()
        && v.paragraphBegin(previous.span().open()) >= v.paragraphBegin(Math.max(0, pb - 2))) {
      return previous.attribution().withRoute("ADJACENT_SENTENCE");
    }
    if (s0 > 0) {
      Attribution a = lastCue(s0 - 1);
      if (a != null) {
        return a.withRoute("ADJACENT_SENTENCE");
      }
    }
    if (s1 + 1 < v.sentences()) {
      Attribution a = lastCue(s1 + 1);
      if (a != null && v.sentenceBegin(s1 + 1) < v.paragraphEnd(q.end()) + 2) {
        return a.withRoute("ADJACENT_SENTENCE");
      }
    }
    return null;
  }

  private Attribution lastCue(int s) {
    for (int t = v.tokens.get(s).size() - 1; t >= 0; t--) {
      if (cues.cue(s, t, CueFlag.FRAGMENT) != null) {
        Attribution a = speakers.fromCue(s, v.node(s, t));
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  private boolean inside(QuoteMarks.Span q, int s, IndexedWord w) {
    CoreLabel tok = v.token(s, w.index() - 1);
    return tok.beginPosition() >= q.open() && tok.endPosition() <= q.end() + 1;
  }

  private boolean quoted(List<QuoteMarks.Span> outer, int offset) {
    if (covered == null || coveredSpans != outer) {
      covered = Covered.of(outer);
      coveredSpans = outer;
    }
    return covered.covers(offset);
  }


  private char charBefore(int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(v.text.charAt(i)) && v.text.charAt(i) != '\n') {
      i--;
    }
    return i >= 0 ? v.text.charAt(i) : '\n';
  }

  private int lastTokenBefore(int s, int offset) {
    int best = -1;
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 0; t < toks.size(); t++) {
      if (toks.get(t).endPosition() <= offset) {
        best = t;
      }
    }
    return best;
  }

  private int firstTokenAfter(int s, int offset) {
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 0; t < toks.size(); t++) {
      if (toks.get(t).beginPosition() >= offset) {
        String w = toks.get(t).word();
        if (w.equals("''") || w.equals("'") || w.equals("\"") || w.equals("”")) {
          continue;
        }
        return t;
      }
    }
    return -1;
  }

  /**
   * The words of {@code text[begin, end)}, counted up to {@code cap + 1} at most: callers that
   * only ask "is this line short?" then cost no more than the short line, however long the
   * paragraph (a headline test per cue or per quotation would otherwise be quadratic).
   */
  static int words(String text, int begin, int end, int cap) {
    int n = 0;
    int i = begin;
    while (i < end && n <= cap) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      boolean wordly = false;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        wordly |= Character.isLetterOrDigit(text.charAt(i));
        i++;
      }
      if (wordly) {
        n++;
      }
    }
    return n;
  }

  static int words(String s) {
    int n = 0;
    for (String w : s.strip().split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
