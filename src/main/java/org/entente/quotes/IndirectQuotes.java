package org.entente.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.reference.Entity;
import org.entente.lexicon.QuoteRules.Cue;
import org.entente.lexicon.ReportedLexicon;
import org.entente.lexicon.QuoteRules.CueFlag;
import org.entente.reference.EntityKind;
import org.entente.reference.QuoteMarks;

/**
 * Finds reported speech without quotation marks: a speech-cue verb with a speaker subject and a
 * clausal complement ("X said (that) ...", "..., X said"), an object ("X stressed the importance
 * of ...") or an object and infinitive ("X urged Y to ..."), and "according to X, ...". The text is
 * the reported content only.
 */
final class IndirectQuotes {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(
      IndirectQuotes.class);
  private Covered covered; // the index of coveredSpans, built on first use
  private List<QuoteMarks.Span> coveredSpans;
  /** Reported content needs at least this many words outside quotation marks. */
  private static final int MIN_WORDS = 2;
  /** A line of at most this many words without final punctuation is a headline. */
  private static final int HEADLINE_WORDS = 25;
  /** ... and at least this many tenths of its words. */
  private static final int RATIO = 1;
  /** A cue closing its sentence may be followed by this many words ("on Tuesday"). */
  private static final int MAX_TRAILING = 6;

  /** The rule sieves' names: a speech cue's clause, an "according to" phrase. */
  static final List<String> SIEVES = List.of("speech-cue", "according-to-clause");

  /** The name of the rule sieve that found {@code a}. */
  static String sieve(Attribution a) {
    return a != null && a.route().equals("ACCORDING_TO") ? SIEVES.get(1) : SIEVES.get(0);
  }

  /** A found reported speech: content offsets and attribution. */
  record Found(int begin, int end, Attribution attribution, int sentence, int cueToken) {}

  private final DocView v;
  private final ReportedLexicon lexicon = ReportedLexicon.get();
  private final CueFinder cues;
  private final SpeakerResolver speakers;
  private final NounCues nouns;

  IndirectQuotes(DocView v, CueFinder cues, SpeakerResolver speakers) {
    this.v = v;
    this.cues = cues;
    this.speakers = speakers;
    this.nouns = new NounCues(v, cues, speakers, lexicon);
  }

  List<Found> find(List<QuoteMarks.Span> marks) {
    List<QuoteMarks.Span> outer = marks.stream().filter(m -> m.depth() == 0).toList();
    List<Found> out = new ArrayList<>();
    for (int s = 0; s < v.sentences(); s++) {
      List<Found> inSentence = new ArrayList<>();
      for (int t = 0; t < v.tokens.get(s).size(); t++) {
        if (quoted(outer, v.token(s, t).beginPosition())) {
          continue;
        }
        Found f = withoutSource(s, fromCue(s, t, outer));
        if (f != null) {
          inSentence.add(f);
        }
      }
      for (int t = 0; t < v.tokens.get(s).size(); t++) {
        Found f = quoted(outer, v.token(s, t).beginPosition()) ? null : fromNoun(s, t, outer);
        if (f != null && inSentence.stream().noneMatch(g -> g.begin() < f.end()
            && f.begin() < g.end())) {
          inSentence.add(f);
        }
      }
      if (inSentence.isEmpty()) {
        Found f = accordingTo(s, outer);
        if (f != null) {
          inSentence.add(f);
        }
      }
      out.addAll(relayed(inSentence));
    }
    return out;
  }

  private Found fromCue(int s, int t, List<QuoteMarks.Span> outer) {
    IndexedWord w = v.node(s, t);
    if (w == null || isHeadline(s)) {
      return null;
    }
    int[] range = null;
    IndexedWord speaking = participleHost(s, w); // whose subjects speak
    IndexedWord marked = markedClause(s, w);
    if (marked != null && cues.cue(s, t, CueFlag.CLAUSE) != null) {
      // ", saying A": the parser made the participle a marker of A's verb, A an adverbial
      // clause of the verb whose subject speaks
      range = new int[] {w.index(), v.subtree(s, marked)[1]};
      speaking = v.parent(s, marked);
    }
    if (range == null && cues.cue(s, t, CueFlag.CLAUSE) != null) {
      range = relative(s, w);
      if (range == null) {
        range = clause(s, w);
        if (range != null) {
          range = withConjoinedClause(s, w, range);
        }
      }
      if (range == null) {
        range = rightOfCue(s, w, speaking);
      }
      if (range == null) {
        range = parenthetical(s, w);
      }
    }
    if (range == null && cues.cue(s, t, CueFlag.TO_VERB) != null) {
      List<IndexedWord> x = v.children(s, w, "xcomp");
      if (!x.isEmpty()) {
        range = v.subtree(s, x.get(0));
        for (IndexedWord o : v.children(s, w, "obj")) {
          range[0] = Math.min(range[0], v.subtree(s, o)[0]);
        }
      }
    }
    if (range == null && cues.cue(s, t, CueFlag.OBJECT) != null) {
      List<IndexedWord> o = v.children(s, w, "obj");
      if (!o.isEmpty()) {
        range = v.subtree(s, o.get(0));
      }
    }
    if (range == null && cues.cue(s, t, CueFlag.OF_CLAUSE) != null) {
      range = ofClause(s, w);
    }
    if (range == null && lexicon.isVerbCue(v.lemma(s, t))) {
      range = question(s, w);
    }
    if (range == null) {
      return null;
    }
    if (cues.cue(s, t, CueFlag.CLAUSE) != null) {
      range = beforeNextCue(s, w, range);
    }
    int[] chars = trim(s, range[0], range[1]);
    if (chars == null || !reported(chars[0], chars[1], outer)) {
      return null;
    }
    Attribution a = speakers.fromCue(s, speaking);
    if (a != null && speaking != w) {
      a = new Attribution(a.speakers(), a.route(), v.token(s, t).beginPosition(),
          v.token(s, t).endPosition(), a.addressee(), a.outlet());
    }
    if (a != null) {
      a = speakers.outsideContent(s, range[0], range[1],
          speakers.documentContent(s, range[0], range[1], a));
    }
    if (a == null && range[1] < w.index() - 1) {
      a = invertedSpeaker(s, w);
    }
    if (a == null && range[0] < w.index() - 1) {
      int cut = speakers.commaBefore(s, w);
      a = speakers.postposedSpeaker(s, w, range[0]);
      chars = a == null || cut < range[0] ? null : trim(s, range[0], cut);
    }
    if (chars != null && (a == null || a.route().equals("SUBJECT_PHRASE"))
        && cues.cue(s, t, CueFlag.CLAUSE) != null) {
      Attribution described = speakers.describedOrganisation(s, speaking);
      a = described != null ? described
          : speakers.unnamedSubject(s, speaking);
    }
    if (a == null || chars == null || a.route().equals("SUBJECT_PHRASE")) {
      if (chars != null && log.isDebugEnabled()) {
        log.debug("reported content {}-{} without a speaker: cue '{}' ({})", chars[0], chars[1],
            w.word(), a == null ? "no subject resolved" : "subject only names " + a.speakers());
      }
      return null;
    }
    speakers.remember(a);
    return new Found(chars[0], chars[1], a, s, t);
  }

  /** Reported speech a noun introduces ("the claim that ..."), or null. */
  private Found fromNoun(int s, int t, List<QuoteMarks.Span> outer) {
    NounCues.Hit h = isHeadline(s) ? null : nouns.find(s, t);
    int[] chars = h == null ? null : trim(s, h.from(), h.to());
    if (chars == null || !reported(chars[0], chars[1], outer)) {
      return null;
    }
    Attribution a = speakers.outsideContent(s, h.from(), h.to(), h.attribution());
    speakers.remember(a);
    return new Found(chars[0], chars[1], a, s, t);
  }

  /**
   * "X said A, adding that B": the parser hangs the second cue inside A's clause, but A ends at
   * the comma before it, as PolNeAR's gold contents do (each cue has its own content). Token
   * range {@code range}, cut there.
   */
  private int[] beforeNextCue(int s, IndexedWord w, int[] range) {
    for (int t = Math.max(range[0], w.index()) + 1; t <= range[1]; t++) {
      if (v.tag(s, t).equals("VBG") && v.token(s, t - 1).word().equals(",")
          && (cues.anyCue(s, t) || lexicon.isVerbCue(v.lemma(s, t)))) {
        // only a clause of its own ends there, not an object ("welcomed the talks, saying")
        for (int k = range[0]; k < t - 1; k++) {
          if (v.tag(s, k).startsWith("VB") || v.tag(s, k).equals("MD")) {
            return new int[] {range[0], t - 2};
          }
        }
        return range;
      }
    }
    return range;
  }

  /** Relations the parser hangs a participle set off by a comma on its clause's verb with. */
  private static final List<String> PARTICIPLE_RELATIONS = List.of("dep", "advcl", "xcomp",
      "conj", "parataxis");

  /**
   * Whose subject speaks for cue {@code w}: itself, or, for a participle that follows its
   * clause after a comma or dash ("X blamed the press, saying ..."), the clause's verb, which
   * the parser often hangs it on as "dep", a relation the subject search does not climb.
   */
  private IndexedWord participleHost(int s, IndexedWord w) {
    int t = w.index() - 1;
    IndexedWord h = v.parent(s, w);
    boolean slip = h != null && h.index() > w.index() && v.relation(s, w).matches("[cn]subj.*");
    if (slip) {
      // ", arguing the deal had been made ...": the participle read as the subject of the
      // reported verb, which hangs on the clause before the comma
      h = v.parent(s, h);
    }
    if (t < 1 || h == null || h.index() > w.index() || !v.tag(s, t).equals("VBG")
        || !slip && (!subjects(s, w).isEmpty()
            || !PARTICIPLE_RELATIONS.contains(v.relation(s, w)))) {
      return w;
    }
    String before = v.token(s, t - 1).word();
    if (!(before.equals(",") || before.equals("—") || before.equals("--"))) {
      return w;
    }
    // "X reported that A, suggesting B": hung on A's verb, the participle is still X's
    IndexedWord up = v.parent(s, h);
    return up != null && v.relation(s, h).equals("ccomp") && up.index() < h.index()
        && cues.cue(s, up.index() - 1, CueFlag.CLAUSE) != null ? up : h;
  }

  /**
   * The clause a participle cue was read as the marker of (", saying A": mark(A, saying),
   * advcl(main verb, A)), A after the cue; or null.
   */
  private IndexedWord markedClause(int s, IndexedWord w) {
    IndexedWord h = v.parent(s, w);
    if (h == null || !v.relation(s, w).equals("mark") || h.index() < w.index()
        || !v.tag(s, w.index() - 1).equals("VBG")) {
      return null;
    }
    IndexedWord up = v.parent(s, h);
    return up != null && (v.relation(s, h).startsWith("advcl")
        || v.relation(s, h).equals("ccomp")) ? h : null;
  }

  /**
   * What "accused X of ..." charges X with: the clause or noun phrase "of" opens after the cue;
   * token range, or null.
   */
  private int[] ofClause(int s, IndexedWord w) {
    for (String rel : List.of("advcl", "obl")) {
      for (IndexedWord c : v.children(s, w, rel)) {
        int[] span = v.subtree(s, c);
        if (c.index() > w.index() && span[0] > 0 && span[0] < c.index() - 1
            && v.token(s, span[0]).word().equalsIgnoreCase("of")) {
          return new int[] {span[0] + 1, span[1]};
        }
      }
    }
    return null;
  }

  /**
   * A reported question: a learned cue verb's complement opened by "whether", "if" or a
   * wh-word ("asked whether the plant would close", "wondered why ..."); token range, or null.
   * A directive ("asked X to ...") is no such clause.
   */
  private int[] question(int s, IndexedWord w) {
    for (IndexedWord c : v.children(s, w, "ccomp")) {
      int[] span = v.subtree(s, c);
      String first = v.token(s, span[0]).word();
      // "rejected what it termed ...": a free relative around a naming cue asks nothing
      boolean naming = first.equalsIgnoreCase("what") && cues.anyCue(s, c.index() - 1);
      if (c.index() > w.index() && (first.equalsIgnoreCase("whether")
          || first.equalsIgnoreCase("if") || v.tag(s, span[0]).startsWith("W") && !naming)) {
        return span;
      }
    }
    return null;
  }

  /** The clausal complement of a cue, or the clause it is a parenthetical of; token range. */
  private int[] clause(int s, IndexedWord w) {
    List<IndexedWord> c = v.children(s, w, "ccomp").stream()
        .filter(x -> !participleMarked(s, x)).toList();
    IndexedWord relay = null;
    if (!c.isEmpty()) {
      if (!bareCue(s, w, c.get(0))) {
        return withoutAddressee(s, w, c.get(0));
      }
      // "..., Miller said, Interfax reports.": the complement is a second cue, not content.
      relay = c.get(0);
    }
    int[] slip = objectSlip(s, w);
    if (slip != null) {
      return slip;
    }
    // A parser slip: "announced that ..." read with "that" as the object.
    for (IndexedWord o : v.children(s, w, "obj")) {
      if (o.word().equalsIgnoreCase("that") && o.index() > w.index()) {
        return v.subtree(s, o);
      }
    }
    // A parser slip: "said attempts ... would fail" read as "said attempts", advcl of "fail".
    IndexedWord up = v.parent(s, w);
    if (up != null && up.index() > w.index() && v.relation(s, w).equals("advcl")
        && !v.children(s, w, "obj").isEmpty()) {
      return new int[] {w.index(), v.subtree(s, up)[1]};
    }
    for (IndexedWord p : v.children(s, w, "parataxis")) {
      if (p.index() < w.index()) {
        return v.subtree(s, p);
      }
    }
    String rel = v.relation(s, w);
    IndexedWord head = v.parent(s, w);
    if (head != null && head.index() > w.index() && rel.startsWith("advcl")
        && v.children(s, w, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("as"))) {
      // "As Lopez said on Friday, A": A is the clause the cue's phrase opens
      int[] mine = v.subtree(s, w);
      int[] host = v.subtree(s, head);
      return mine[1] < host[1] ? new int[] {mine[1] + 1, host[1]} : null;
    }
    // "A, X said" or "A, as X said", but not "A, while X urged ...": a subordinate clause
    // of its own reports none of A
    boolean subordinate = v.children(s, w, "mark").stream()
        .anyMatch(m -> !m.word().equalsIgnoreCase("as"));
    if (head != null && head.index() < w.index() && !ownComplement(s, w)
        && (rel.equals("parataxis") || rel.equals("advcl") && commaBefore(s, w) && !subordinate)) {
      int[] mine = v.subtree(s, w);
      int[] host = v.subtree(s, head);
      return new int[] {host[0], mine[0] - 1};
    }
    return postposed(s, w, relay);
  }

  /**
   * The clausal complement {@code c} of cue {@code w} without the addressee the parser hung
   * inside it ("told Baker the state was ...": "Baker" a "dep" of the reported predicate): a
   * noun phrase right after an addressee cue, before the complement's own subject, is whom
   * the words were said to. Token range.
   */
  private int[] withoutAddressee(int s, IndexedWord w, IndexedWord c) {
    int[] span = v.subtree(s, c);
    if (span[0] != w.index() || cues.cue(s, w.index() - 1, CueFlag.ADDRESSEE) == null) {
      return span;
    }
    for (IndexedWord x : v.children(s, c, "nsubj")) {
      int from = v.subtree(s, x)[0];
      for (String rel : List.of("dep", "obj", "iobj")) {
        for (IndexedWord d : v.children(s, c, rel)) {
          int[] ds = v.subtree(s, d);
          String tag = v.tag(s, d.index() - 1);
          if (ds[0] == span[0] && ds[1] + 1 == from
              && (tag.startsWith("NNP") || tag.equals("PRP"))) {
            return new int[] {from, span[1]};
          }
        }
      }
    }
    return span;
  }

  /** Words that open a relative clause ("a race that it says will ...", "which they say ..."). */
  private static final List<String> RELATIVES = List.of("that", "which", "who", "what", "whom");

  /**
   * "a deadline that officials said went unnoticed", "which Democrats say could help her": a
   * cue inside a relative clause whose reported verb follows it at once, its subject gapped.
   * The parser hangs these many ways; the words show it: a relative word, the cue's subject,
   * the cue, a finite verb or modal. The content runs from that verb to the next comma or the
   * end of the sentence; token range, or null.
   */
  private int[] relative(int s, IndexedWord w) {
    int cue = w.index() - 1;
    int next = cue + 1;
    while (next < v.tokens.get(s).size() && v.tag(s, next).startsWith("RB")) {
      next++;
    }
    if (!predicateAt(s, next)) {
      return null;
    }
    for (IndexedWord x : subjects(s, w)) {
      int[] span = v.subtree(s, x);
      if (span[1] != cue - 1 || span[0] < 1
          || !RELATIVES.contains(v.token(s, span[0] - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<CoreLabel> toks = v.tokens.get(s);
      int to = toks.size() - 1;
      for (int t = next + 1; t < toks.size(); t++) {
        if (toks.get(t).word().equals(",")) {
          to = t - 1;
          break;
        }
      }
      return new int[] {next, to};
    }
    return null;
  }

  /**
   * Whether cue {@code w} has content of its own after it ("..., as it vowed to raise taxes"):
   * an infinitive, a clause or, unless it names whom the words were said to, an object. Such a
   * cue reports that, not the clause before its comma.
   */
  private boolean ownComplement(int s, IndexedWord w) {
    for (String rel : List.of("xcomp", "ccomp", "obj")) {
      for (IndexedWord c : v.children(s, w, rel)) {
        // ", saying B" read as the cue's complement is the participle's content, not the cue's
        if (c.index() > w.index() && !(rel.equals("obj")
            && cues.cue(s, w.index() - 1, CueFlag.ADDRESSEE) != null)
            && !(rel.equals("ccomp") && participleMarked(s, c))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "The first step, her allies say, will be to ...": a cue and its subject set off by commas
   * inside the clause they report, however the parser hung them. The content is what follows
   * the second comma, when it holds a verb; token range, or null.
   */
  private int[] parenthetical(int s, IndexedWord w) {
    int cue = w.index() - 1;
    int start = Integer.MAX_VALUE;
    for (IndexedWord x : subjects(s, w)) {
      if (x.index() < w.index()) {
        start = Math.min(start, v.subtree(s, x)[0]);
      }
    }
    if (start == Integer.MAX_VALUE || start < 2 || !v.token(s, start - 1).word().equals(",")) {
      return null;
    }
    List<CoreLabel> toks = v.tokens.get(s);
    int comma = -1;
    for (int t = cue + 1; t < toks.size() && t <= cue + MAX_TRAILING && comma < 0; t++) {
      if (toks.get(t).word().equals(",")) {
        comma = t;
      } else if (v.tag(s, t).startsWith("VB") || v.tag(s, t).equals("MD")) {
        return null;
      }
    }
    if (comma < 0) {
      return null;
    }
    int last = toks.size() - 1;
    while (last > comma && isPunct(toks.get(last))) {
      last--;
    }
    if (comma + 1 <= last && v.tag(s, comma + 1).equals("VBG")) {
      // ", citing two officials" is the cue's adjunct, not the rest of a clause it interrupts
      return null;
    }
    int words = 0;
    boolean verb = false;
    for (int t = comma + 1; t <= last; t++) {
      words += isPunct(toks.get(t)) ? 0 : 1;
      verb |= v.tag(s, t).startsWith("VB") || v.tag(s, t).equals("MD");
    }
    return verb && words >= MIN_WORDS ? new int[] {comma + 1, last} : null;
  }

  /** How many tokens of adjuncts ("on Tuesday", "in a statement") may stand before "that". */
  private static final int ADJUNCT_TOKENS = 8;

  /**
   * "X said (on Friday) (that) A would ...", however the parser hung the clause: when a clause
   * cue with its subject before it has no complement in the parse, the content is the rest of
   * the sentence, from after "that" (adjuncts before it skipped) or from a noun phrase
   * right after the cue that a verb follows. Null when neither starts there.
   */
  private int[] rightOfCue(int s, IndexedWord w, IndexedWord speaking) {
    int cue = w.index() - 1;
    List<CoreLabel> toks = v.tokens.get(s);
    boolean subjectBefore = subjects(s, speaking).stream().anyMatch(x -> x.index() < w.index());
    if (!subjectBefore || cue + 2 >= toks.size()) {
      return null;
    }
    int from = -1;
    for (int t = cue + 1; t < toks.size() && t <= cue + ADJUNCT_TOKENS; t++) {
      String tag = v.tag(s, t);
      if (toks.get(t).word().equalsIgnoreCase("that") && tag.equals("IN")) {
        from = t + 1;
        break;
      }
      if (tag.startsWith("VB") || tag.equals("MD") || toks.get(t).word().equals(",")
          && t > cue + 1) {
        break;
      }
    }
    if (from < 0) {
      int t = cue + 1;
      while (t < toks.size() && (v.tag(s, t).equals("RP") || v.tag(s, t).equals(","))) {
        t++;
      }
      // "noted in her filing a payment was ...": an adjunct of the cue before the clause
      boolean adjunct = false;
      for (IndexedWord o : v.children(s, w, "obl")) {
        int[] span = v.subtree(s, o);
        // a comma after it closes the clause ("agreed on the plan, Euractiv reports")
        if (span[0] == t && v.tag(s, t).equals("IN") && span[1] + 1 < toks.size()
            && !v.tag(s, span[1] + 1).equals(",")) {
          t = span[1] + 1;
          adjunct = true;
        }
      }
      // "told reporters (that) ...": the addressee (one phrase) is not content, unless a verb
      // follows it at once ("warned the new tariffs were ..."): then it is the reported subject
      boolean skipped = false;
      for (String rel : List.of("iobj", "obj")) {
        for (IndexedWord o : v.children(s, w, rel)) {
          int[] span = v.subtree(s, o);
          if (!skipped && span[0] == t && cues.cue(s, cue, CueFlag.ADDRESSEE) != null
              && !predicateAt(s, span[1] + 1)) {
            t = span[1] + 1;
            skipped = true;
          }
        }
      }
      if (t < toks.size() && toks.get(t).word().equalsIgnoreCase("that")) {
        t++;
      }
      String tag = t < toks.size() ? v.tag(s, t) : "";
      boolean np = tag.startsWith("NN") || tag.equals("PRP") || tag.equals("DT") || tag.equals("$")
          || tag.equals("PRP$") || tag.equals("CD") || tag.equals("EX") || tag.equals("JJ");
      // after an adjunct, a common noun may still be the adjunct's ("in her filing")
      if (!np || tag.equals("PRP") && !toks.get(t).word().matches("(?i)i|we|he|she|they|it|you")
          || adjunct && (tag.equals("NN") || tag.equals("NNS") || tag.equals("JJ"))) {
        return null;
      }
      from = t;
    }
    // a predicate, not a participle inside a noun phrase ("announced a list of ten names,
    // including ...")
    boolean verb = false;
    for (int t = from + 1; t < toks.size() && !verb; t++) {
      verb = v.tag(s, t).startsWith("VB") && !v.tag(s, t).equals("VBG")
          || v.tag(s, t).equals("MD");
    }
    int to = toks.size() - 1;
    if (v.relation(s, w).startsWith("acl")) {
      // "officials, who said A, left early": A ends where the relative clause is set off
      for (int t = from + 1; t < toks.size(); t++) {
        if (toks.get(t).word().equals(",")) {
          to = t - 1;
          break;
        }
      }
    }
    return verb && from <= to ? new int[] {from, to} : null;
  }

  /**
   * Whether clause {@code c} is marked by a participle cue after a comma (", saying A"): A is
   * that participle's content, not its head's.
   */
  private boolean participleMarked(int s, IndexedWord c) {
    for (IndexedWord m : v.children(s, c, "mark")) {
      int t = m.index() - 1;
      if (t > 0 && m.index() < c.index() && v.tag(s, t).equals("VBG")
          && v.token(s, t - 1).word().equals(",") && cues.cue(s, t, CueFlag.CLAUSE) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X said A and B": the parser hangs B, a clause with a subject of its own, on the cue as its
   * conjunct rather than on A; B is reported too when it holds no cue of its own. Token range
   * {@code range}, widened over B when B follows it at once.
   */
  private int[] withConjoinedClause(int s, IndexedWord w, int[] range) {
    if (range[0] < w.index()) {
      return range;
    }
    for (IndexedWord c : v.children(s, w, "conj")) {
      int[] span = v.subtree(s, c);
      boolean next = span[0] > range[1] && span[0] <= range[1] + 2;
      // "... and he agrees with parts of it": a cue verb is a report of its own only with
      // content of its own
      boolean cue = cues.anyCue(s, c.index() - 1) || lexicon.isVerbCue(v.lemma(s, c.index() - 1));
      if (next && !speakers.subjects(s, c).isEmpty() && v.children(s, c, "nsubj").stream()
          .anyMatch(x -> x.index() < c.index()) && !(cue && ownComplement(s, c))) {
        return new int[] {range[0], span[1]};
      }
    }
    return range;
  }

  /** Relations the parser gives the subject after an inverted cue ("..., said Lopez."). */
  private static final List<String> INVERTED = List.of("nsubj", "xcomp", "obj", "iobj", "dep",
      "appos");

  /**
   * "A, said Lopez." or "A, said a senior aide who ...": a cue after its content and a comma,
   * its subject after it, which the parser reads as its object or complement. The speaker that
   * phrase names, or an unnamed source its head names; null for anything else.
   */
  private Attribution invertedSpeaker(int s, IndexedWord w) {
    int t = w.index() - 1;
    if (t < 1 || !v.token(s, t - 1).word().equals(",")) {
      return null;
    }
    int[] cue = speakers.tokenSpan(s, w);
    for (String rel : INVERTED) {
      for (IndexedWord x : v.children(s, w, rel)) {
        int[] span = v.subtree(s, x);
        if (span[0] != t + 1 || v.tag(s, x.index() - 1).startsWith("VB")) {
          continue;
        }
        Attribution a = speakers.speakersOf(s, x, cue);
        if (a == null || a.route().equals("SUBJECT_PHRASE")) {
          a = speakers.unnamedPhrase(s, x, cue);
        }
        if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
          return a;
        }
      }
    }
    return null;
  }

  /** The subjects of a cue, as the speaker resolver finds them. */
  private List<IndexedWord> subjects(int s, IndexedWord w) {
    return speakers.subjects(s, w);
  }

  /** Whether complement {@code c} of cue {@code w} is only another cue and its subject. */
  private boolean bareCue(int s, IndexedWord w, IndexedWord c) {
    if (c.index() < w.index() || cues.cue(s, c.index() - 1, CueFlag.CLAUSE) == null) {
      return false;
    }
    int[] span = v.subtree(s, c);
    int words = 0;
    for (int t = span[0]; t <= span[1]; t++) {
      words += isPunct(v.token(s, t)) ? 0 : 1;
    }
    return words <= 4 && v.children(s, c, "ccomp").isEmpty() && v.children(s, c, "obj").isEmpty();
  }

  /**
   * A parser slip on "said the aircraft flew ..." or "said China and Europe should ...": the
   * reported subject read as the cue's object, its verb hung on the cue as "dep" or made the
   * cue's head. The content runs from the object to the end of that verb's phrase.
   */
  private int[] objectSlip(int s, IndexedWord w) {
    List<IndexedWord> objs = v.children(s, w, "obj");
    if (objs.isEmpty() || objs.get(0).index() < w.index()
        || !v.tag(s, objs.get(0).index() - 1).startsWith("NN")
        && !v.tag(s, objs.get(0).index() - 1).equals("PRP")) {
      return null;
    }
    int from = v.subtree(s, objs.get(0))[0];
    if (from != w.index()) {
      return null;
    }
    int objEnd = v.subtree(s, objs.get(0))[1];
    for (IndexedWord d : v.children(s, w, "dep")) {
      if (predicateAfter(s, objEnd, d)) {
        return new int[] {from, v.subtree(s, d)[1]};
      }
    }
    IndexedWord up = v.parent(s, w);
    String rel = v.relation(s, w);
    if (up != null && predicateAfter(s, objEnd, up)
        && (rel.startsWith("csubj") || rel.startsWith("nsubj") || rel.equals("dep"))) {
      return new int[] {from, v.subtree(s, up)[1]};
    }
    return null;
  }

  /** Whether token {@code t} opens a predicate: a finite verb or a modal. */
  private boolean predicateAt(int s, int t) {
    if (t >= v.tokens.get(s).size()) {
      return false;
    }
    String tag = v.tag(s, t);
    return tag.equals("MD") || tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
  }

  /** Whether verb {@code d} follows token {@code end} with only auxiliaries and adverbs between. */
  private boolean predicateAfter(int s, int end, IndexedWord d) {
    if (d.index() - 1 <= end || !v.tag(s, d.index() - 1).startsWith("VB")) {
      return false;
    }
    for (int t = end + 1; t < d.index() - 1; t++) {
      String tag = v.tag(s, t);
      if (!(tag.equals("MD") || tag.startsWith("RB") || tag.startsWith("VB"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "..., he said." or "..., Miller said on Tuesday.": a cue closing its sentence, its subject
   * set off by a comma, reports everything before that comma, however the parser hung it.
   */
  private int[] postposed(int s, IndexedWord w, IndexedWord relay) {
    List<IndexedWord> subj = v.children(s, w, "nsubj");
    if (subj.isEmpty() || subj.get(0).index() > w.index()) {
      return null;
    }
    int start = v.subtree(s, subj.get(0))[0];
    if (start < 2 || !v.token(s, start - 1).word().equals(",")) {
      return null;
    }
    // what may follow the cue: the addressee ("told a radio station"), adjuncts ("during a
    // speech to supporters who had gathered ...") and a participle set off by a comma
    // (", citing two officials"), each a subtree of the cue's that may hold verbs of its own
    List<int[]> skip = new ArrayList<>();
    if (relay != null) {
      skip.add(v.subtree(s, relay));
    }
    for (String rel : List.of("obj", "iobj", "xcomp")) {
      for (IndexedWord c : v.children(s, w, rel)) {
        boolean addressee = !rel.equals("xcomp") && c.index() > w.index()
            && cues.cue(s, w.index() - 1, CueFlag.ADDRESSEE) != null;
        if (!addressee && !setOffParticiple(s, c)) {
          return null;
        }
        skip.add(v.subtree(s, c));
      }
    }
    for (String rel : List.of("obl", "nmod", "advmod", "dep", "advcl")) {
      for (IndexedWord c : v.children(s, w, rel)) {
        if (c.index() > w.index() && (rel.startsWith("obl") || rel.startsWith("nmod")
            || rel.equals("advmod") || setOffParticiple(s, c))) {
          skip.add(v.subtree(s, c));
        }
      }
    }
    // a clause with a finite verb, not a participle phrase ("Speaking to students, X said")
    boolean verb = false;
    for (int t = 0; t < start - 1 && !verb; t++) {
      verb = predicateAt(s, t);
    }
    if (!verb) {
      return null;
    }
    int trailing = 0;
    for (int t = w.index(); t < v.tokens.get(s).size(); t++) {
      final int k = t;
      if (isPunct(v.token(s, t)) || skip.stream().anyMatch(r -> k >= r[0] && k <= r[1])) {
        continue;
      }
      if (v.tag(s, t).startsWith("VB") || ++trailing > MAX_TRAILING) {
        return null;
      }
    }
    return new int[] {0, start - 2};
  }

  /** Whether {@code c} is a participle set off by a comma before it (", citing officials"). */
  private boolean setOffParticiple(int s, IndexedWord c) {
    int from = v.subtree(s, c)[0];
    return v.tag(s, c.index() - 1).equals("VBG") && from == c.index() - 1 && from > 0
        && v.token(s, from - 1).word().equals(",");
  }

  /** Whether a sentence sits on a line without final punctuation: a headline. */
  private boolean isHeadline(int s) {
    int pb = v.paragraphBegin(v.sentenceBegin(s));
    int pe = v.paragraphEnd(v.sentenceBegin(s));
    if (DirectQuotes.words(v.text, pb, pe, HEADLINE_WORDS) > HEADLINE_WORDS) {
      return false;
    }
    // web text often ends a sentence with no-break spaces, which String.strip keeps
    int end = pe;
    while (end > pb && (Character.isWhitespace(v.text.charAt(end - 1))
        || Character.isSpaceChar(v.text.charAt(end - 1)))) {
      end--;
    }
    return end > pb && ".!?:;\"”’'»)".indexOf(v.text.charAt(end - 1)) < 0;
  }

  /** Enough words outside quotation marks to be reported speech, not a quotation. */
  private boolean reported(int b, int e, List<QuoteMarks.Span> outer) {
    int unquoted = unquotedWords(b, e, outer);
    int all = DirectQuotes.words(v.text.substring(b, e));
    return unquoted >= MIN_WORDS && unquoted * 10 >= all * RATIO;
  }

  private boolean commaBefore(int s, IndexedWord w) {
    int[] mine = v.subtree(s, w);
    return mine[0] > 0 && v.token(s, mine[0] - 1).word().equals(",");
  }

  /** "according to X, ..." anywhere in sentence s: the rest of the sentence is the content. */
  private Found accordingTo(int s, List<QuoteMarks.Span> outer) {
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 0; t < toks.size(); t++) {
      int after = cues.accordingTo(s, t);
      if (after < 0 || after >= toks.size() || quoted(outer, toks.get(t).beginPosition())) {
        continue;
      }
      IndexedWord head = v.parent(s, v.node(s, t));
      if (head == null || head.index() - 1 < after) {
        continue;
      }
      int npEnd = v.subtree(s, head)[1];
      int[] cue = {toks.get(t).beginPosition(), toks.get(after - 1).endPosition()};
      Attribution a = speakers.speakersOf(s, head, cue);
      if ((a == null || a.route().equals("SUBJECT_PHRASE"))
          && !quotedIn(outer, toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition())) {
        // an unnamed source, unless the sentence quotes someone who may be the one reported
        a = speakers.accordingToPhrase(s, head, cue);
      }
      if (a == null || isHeadline(s)) {
        return null;
      }
      int[] range;
      if (middle(s, t, npEnd)) {
        // "A, according to X, B": B when it is a clause of its own, else the whole sentence.
        range = hasSubject(s, npEnd + 1) ? new int[] {npEnd + 1, toks.size() - 1}
            : new int[] {0, toks.size() - 1};
      } else {
        boolean before = t > toks.size() - npEnd;
        range = before ? new int[] {0, t - 1} : new int[] {npEnd + 1, toks.size() - 1};
      }
      int[] chars = trim(s, range[0], range[1]);
      a = speakers.documentContent(s, range[0], range[1], a).withRoute("ACCORDING_TO");
      if (chars == null || !reported(chars[0], chars[1], outer)) {
        return null;
      }
      return new Found(chars[0], chars[1], a, s, t);
    }
    return null;
  }

  /**
   * Content never holds its own source: "X said A, according to Y." loses the phrase closing
   * the sentence, and "A, according to Y, they agreed B" is Y's report, not a cue's: null.
   */
  private Found withoutSource(int s, Found f) {
    if (f == null) {
      return null;
    }
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 1; t < toks.size(); t++) {
      int b = toks.get(t).beginPosition();
      if (b < f.begin() || b >= f.end() || cues.accordingTo(s, t) < 0) {
        continue;
      }
      IndexedWord head = v.parent(s, v.node(s, t));
      int npEnd = head == null ? toks.size() - 1 : v.subtree(s, head)[1];
      for (int k = npEnd + 1; k < toks.size() && isPunct(toks.get(k)); k++) {
        npEnd = k;
      }
      if (npEnd < toks.size() - 1) {
        return null;
      }
      int last = t - 1;
      while (last > 0 && isPunct(toks.get(last))) {
        last--;
      }
      int end = toks.get(last).endPosition();
      return end <= f.begin() ? null
          : new Found(f.begin(), end, f.attribution(), f.sentence(), f.cueToken());
    }
    return f;
  }

  /** Whether "according to X" at token t, ending at npEnd, is set off by commas mid-sentence. */
  private boolean middle(int s, int t, int npEnd) {
    List<CoreLabel> toks = v.tokens.get(s);
    int words = 0;
    for (int i = npEnd + 2; i < toks.size(); i++) {
      words += isPunct(toks.get(i)) ? 0 : 1;
    }
    return t > 1 && toks.get(t - 1).word().equals(",") && npEnd + 1 < toks.size()
        && toks.get(npEnd + 1).word().equals(",") && words >= MIN_WORDS;
  }

  /** Whether the tokens from {@code from} to the end of sentence s hold a subject and its verb. */
  private boolean hasSubject(int s, int from) {
    for (int t = from; t < v.tokens.get(s).size(); t++) {
      IndexedWord w = v.node(s, t);
      IndexedWord head = w == null ? null : v.parent(s, w);
      if (head != null && v.relation(s, w).startsWith("nsubj") && head.index() - 1 >= from) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of "according to X" in sentence s outside [from, to), for direct quotes. */
  static Attribution accordingToAttribution(DocView v, CueFinder cues, SpeakerResolver speakers,
      int s, int from, int to) {
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 0; t < toks.size(); t++) {
      int after = cues.accordingTo(s, t);
      if (after < 0 || after >= toks.size() || toks.get(t).beginPosition() >= from
          && toks.get(t).beginPosition() < to) {
        continue;
      }
      IndexedWord head = v.parent(s, v.node(s, t));
      if (head == null || head.index() - 1 < after) {
        continue;
      }
      Attribution a = speakers.speakersOf(s, head, new int[] {
          toks.get(t).beginPosition(), toks.get(after - 1).endPosition()});
      if (a != null) {
        return a.withRoute("ACCORDING_TO");
      }
    }
    return null;
  }

  /** A medium relaying another cue ("Xinhua reported Xi told ...") becomes its outlet. */
  private List<Found> relayed(List<Found> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Found> out = new ArrayList<>(found);
    for (Found f : found) {
      if (cues.cue(f.sentence(), f.cueToken(), CueFlag.OUTLET) == null
          || f.attribution().speakers().size() != 1) {
        continue;
      }
      Entity e = v.entities.get(f.attribution().speakers().get(0));
      if (e == null || e.kind() != EntityKind.ORGANIZATION) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Found g = out.get(i);
        if (g != f && g.attribution().cueBegin() >= f.begin() - 1
            && g.attribution().cueBegin() < f.end()
            || g != f && f.attribution().cueBegin() >= g.begin()
            && f.attribution().cueBegin() < g.end()) {
          out.set(i, new Found(g.begin(), g.end(), g.attribution().withOutlet(e.id()),
              g.sentence(), g.cueToken()));
          out.remove(f);
          break;
        }
      }
    }
    return out;
  }

  /** Character offsets of tokens [a, b] without leading "that", commas and trailing marks. */
  private int[] trim(int s, int a, int b) {
    List<CoreLabel> toks = v.tokens.get(s);
    while (a <= b && (isPunct(toks.get(a)) || a < b && toks.get(a).word().equalsIgnoreCase("that")
        && v.relation(s, v.node(s, a)).equals("mark"))) {
      a++;
    }
    while (b >= a && isPunct(toks.get(b))) {
      b--;
    }
    if (a > b) {
      return null;
    }
    return new int[] {toks.get(a).beginPosition(), toks.get(b).endPosition()};
  }

  private static boolean isPunct(CoreLabel tok) {
    return !tok.word().chars().anyMatch(Character::isLetterOrDigit);
  }

  private int unquotedWords(int b, int e, List<QuoteMarks.Span> outer) {
    StringBuilder sb = new StringBuilder();
    for (int i = b; i < e; i++) {
      sb.append(quoted(outer, i) ? ' ' : v.text.charAt(i));
    }
    return DirectQuotes.words(sb.toString());
  }

  /** Whether any character of [b, e) lies in a quotation. */
  private boolean quotedIn(List<QuoteMarks.Span> outer, int b, int e) {
    for (int i = b; i < e; i++) {
      if (quoted(outer, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean quoted(List<QuoteMarks.Span> outer, int offset) {
    if (covered == null || coveredSpans != outer) {
      covered = Covered.of(outer);
      coveredSpans = outer;
    }
    return covered.covers(offset);
  }

}
