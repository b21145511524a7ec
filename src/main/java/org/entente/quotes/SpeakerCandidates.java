package org.entente.quotes;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.reference.Entity;
import org.entente.reference.Mention;
import org.entente.lexicon.QuoteRules.CueFlag;
import org.entente.reference.QuoteMarks;

/**
 * The candidate speakers of a quotation and their features for the learned scorer: every actor
 * mentioned near it (three sentences back, one ahead, the quotation itself excepted), each at its
 * mention nearest the quotation, with the rules' pick and the previous quotation's speaker
 * marked, and the passage's current speaker (the person last shown speaking). The features
 * describe the mention (name, title or pronoun; actor kind), its syntactic
 * role (subject of a speech cue, object, possessor), its side and distance in tokens, sentences
 * and paragraphs, its rank by distance, and the quotation's place in its paragraph.
 */
final class SpeakerCandidates {
  /** How many sentences before the quotation's first one candidates may come from. */
  private static final int BACK = 3;
  /** How many sentences after its last one. */
  private static final int AHEAD = 1;

  /**
   * One candidate.
   *
   * @param id the actor id
   * @param name the actor's name
   * @param mention its mention nearest the quotation
   * @param features the scorer's features
   */
  record Candidate(String id, String name, Mention mention, List<String> features) {}

  private final DocView v;
  private final CueFinder cues;
  private final List<List<Mention>> bySentence = new ArrayList<>();
  private final int[] paragraphStarts; // offsets of the non-blank lines, ascending
  private final int[] firstToken; // global index of each sentence's first token
  private final Map<String, Integer> mentionCount = new LinkedHashMap<>();
  private final SpeakerResolver speakers;
  private final List<Mention> speaking;

  SpeakerCandidates(DocView v, CueFinder cues, SpeakerResolver speakers) {
    this.v = v;
    this.cues = cues;
    this.speakers = speakers;
    for (int s = 0; s < v.sentences(); s++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : v.mentions) {
      if (m.sentence() < bySentence.size()) {
        bySentence.get(m.sentence()).add(m);
      }
      mentionCount.merge(m.id(), 1, Integer::sum);
    }
    List<Integer> starts = new ArrayList<>();
    for (int b = 0; b <= v.text.length(); ) {
      int nl = v.text.indexOf('\n', b);
      int e = nl < 0 ? v.text.length() : nl;
      if (!v.text.substring(b, e).isBlank()) {
        starts.add(b);
      }
      if (nl < 0) {
        break;
      }
      b = nl + 1;
    }
    paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    firstToken = new int[v.sentences() + 1];
    for (int s = 0; s < v.sentences(); s++) {
      firstToken[s + 1] = firstToken[s] + v.tokens.get(s).size();
    }
    speaking = speakers.speakingPersons();
  }

  /**
   * The candidates of the quotation [open, end) (open at its opening mark for a direct one).
   *
   * @param direct true for a direct quotation, false for reported speech
   * @param rule the rules' attribution, or null when they found none
   * @param previous the speakers of the quotation before, maybe empty
   */
  List<Candidate> of(boolean direct, int open, int end, Attribution rule, List<String> previous) {
    String kind = direct ? "DIRECT" : "INDIRECT";
    int s0 = v.sentenceAt(open);
    int s1 = v.sentenceAt(Math.max(open, end - 1));
    int qFirst = globalToken(s0, open);
    int qLast = globalToken(s1, end - 1);
    Map<String, Mention> nearest = new LinkedHashMap<>();
    Map<String, Integer> distance = new LinkedHashMap<>();
    for (int s = Math.max(0, s0 - BACK); s <= Math.min(v.sentences() - 1, s1 + AHEAD); s++) {
      for (Mention m : bySentence.get(s)) {
        if (m.begin() >= open && m.end() <= end + 1) {
          continue; // inside the quotation: its speaker is rarely named there
        }
        Entity e = v.entities.get(m.id());
        if (e == null) {
          continue;
        }
        int g = firstToken[s] + m.tokenBegin();
        int d = g < qFirst ? qFirst - (firstToken[s] + m.tokenEnd() - 1) : g - qLast;
        Integer best = distance.get(m.id());
        if (best == null || d < best) {
          distance.put(m.id(), Math.max(0, d));
          nearest.put(m.id(), m);
        }
      }
    }
    String currentSpeaker = speakers.currentSpeaker(s0, globalToken(s0, open) - firstToken[s0]);
    // The previous quotation's speakers and the passage's current speaker are candidates even
    // when last named before the window (a long run of quotations): at their last mention.
    java.util.Set<String> extra = new java.util.LinkedHashSet<>();
    List<String> far = new ArrayList<>(previous);
    if (currentSpeaker != null) {
      far.add(currentSpeaker);
    }
    for (String id : far) {
      Mention m = nearest.containsKey(id) ? null : lastMentionBefore(id, open);
      if (m != null && v.entities.containsKey(id)) {
        nearest.put(id, m);
        distance.put(id, Math.max(0, qFirst - (firstToken[m.sentence()] + m.tokenEnd() - 1)));
        extra.add(id);
      }
    }
    Governor governor = governor(s0, s1, open, end);
    java.util.Set<String> spoke = spokeBefore(open);
    String prevQuote = previousQuotation(open);
    List<String> ids = new ArrayList<>(nearest.keySet());
    ids.sort(Comparator.comparingInt(distance::get));
    List<Candidate> out = new ArrayList<>();
    int pq = paragraphIndex(open);
    boolean opensParagraph = v.paragraphBegin(open) == open;
    boolean endsParagraph = v.text.substring(end, v.paragraphEnd(end)).strip().length() <= 2;
    List<String> quote = quoteFeatures(direct, open, end, s0, s1, rule);
    for (int rank = 0; rank < ids.size(); rank++) {
      String id = ids.get(rank);
      Mention m = nearest.get(id);
      Entity e = v.entities.get(id);
      String side = m.begin() < open ? "B" : "A";
      int sd = m.sentence() < s0 ? s0 - m.sentence() : Math.max(0, m.sentence() - s1);
      int pd = Math.abs(pq - paragraphIndex(m.begin()));
      List<String> f = new ArrayList<>();
      f.add("bias");
      f.add("kind=" + kind);
      boolean picked = rule != null && rule.speakers().contains(id);
      f.add(rule == null ? "rule=none" : picked ? "rule=yes" : "rule=other");
      if (picked) {
        f.add("route=" + rule.route());
      }
      f.add("prev=" + previous.contains(id));
      boolean current = id.equals(currentSpeaker);
      f.add("current=" + current);
      f.add("current=" + current + ",prev=" + previous.contains(id));
      f.add("side=" + side);
      f.add("sd=" + Math.min(sd, 3) + side);
      f.add("pd=" + Math.min(pd, 2));
      f.add("td=" + bucket(distance.get(id)) + side);
      f.add("rank=" + Math.min(rank, 3));
      f.add("via=" + m.via());
      f.add("via=" + m.via() + ",side=" + side + ",sd=" + Math.min(sd, 2));
      f.add("actor=" + e.kind() + (e.anonymous() ? ",anon" : ""));
      f.add("count=" + countBucket(mentionCount.getOrDefault(id, 0)));
      f.add("qstart=" + opensParagraph);
      f.add("qend=" + endsParagraph);
      String role = role(m);
      String roleClass = role.contains(":cue:") ? role.substring(0, role.lastIndexOf(':')) : role;
      f.add("role=" + role);
      f.add("role=" + roleClass);
      f.add("role=" + roleClass + ",side=" + side + ",sd=" + Math.min(sd, 2));
      f.add("role=" + roleClass + ",qstart=" + opensParagraph);
      if (picked) {
        f.add("route=" + rule.route() + ",role=" + roleClass);
      }
      f.add("extra=" + extra.contains(id));
      f.add("gov=" + governed(m, governor));
      f.add("gov=" + governed(m, governor) + ",side=" + side);
      f.add("spoke=" + spoke.contains(id));
      f.add("prevq=" + prevQuote + ",prev=" + previous.contains(id));
      f.add("prevq=" + prevQuote + ",current=" + current);
      f.addAll(quote);
      if (rule == null) {
        f.add("none,role=" + roleClass + ",sd=" + Math.min(sd, 2));
      }
      out.add(new Candidate(id, e.name(), m, List.copyOf(f)));
    }
    return out;
  }

  /**
   * What the quotation itself looks like, for telling a quotation from a scare quote where no
   * rule found a speaker: its length, final punctuation, mark, a colon before it, a speech cue
   * outside it in its sentences.
   */
  private List<String> quoteFeatures(boolean direct, int open, int end, int s0, int s1,
      Attribution rule) {
    if (!direct) {
      return List.of();
    }
    String inner = v.text.substring(Math.min(open + 1, end), end).strip();
    int words = DirectQuotes.words(inner);
    String w = words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10"
        : words <= 20 ? "11-20" : "21+";
    boolean punct = !inner.isEmpty() && ".,!?;:".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    boolean cue = false;
    for (int s = s0; s <= s1 && !cue; s++) {
      for (int t = 0; t < v.tokens.get(s).size() && !cue; t++) {
        int b = v.token(s, t).beginPosition();
        cue = (b < open || b > end) && cues.cue(s, t, CueFlag.FRAGMENT) != null;
      }
    }
    int i = open - 1;
    while (i >= 0 && v.text.charAt(i) == ' ') {
      i--;
    }
    boolean colon = i >= 0 && v.text.charAt(i) == ':';
    char mark = v.text.charAt(open);
    String type = mark == '\'' || mark == '‘' ? "single" : "double";
    String r = rule == null ? "none" : "some";
    return List.of("qw=" + w, "qpunct=" + punct, "qcue=" + cue, "qcolon=" + colon,
        "qmark=" + type, r + ",qw=" + w, r + ",qpunct=" + punct + ",qcue=" + cue,
        r + ",qmark=" + type);
  }

  /**
   * The mention's syntactic role: its head's relation, with "cue" and the cue's lemma when its
   * head word is a speech cue ("nsubj:cue:say" for the subject of "said").
   */
  private String role(Mention m) {
    int s = m.sentence();
    int head = m.tokenEnd() - 1;
    IndexedWord w = null;
    for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
      IndexedWord n = v.node(s, t);
      IndexedWord p = n == null ? null : v.parent(s, n);
      if (n != null && (p == null || p.index() - 1 < m.tokenBegin()
          || p.index() - 1 >= m.tokenEnd())) {
        w = n;
        head = t;
        break;
      }
    }
    if (w == null) {
      w = v.node(s, head);
    }
    if (w == null) {
      return "none";
    }
    String rel = v.relation(s, w);
    int colon = rel.indexOf(':');
    String base = rel.startsWith("nsubj") || rel.equals("nmod:poss") || colon < 0 ? rel
        : rel.substring(0, colon);
    IndexedWord p = v.parent(s, w);
    if (p != null && cues.cue(s, p.index() - 1, CueFlag.FRAGMENT) != null) {
      return base + ":cue:" + v.lemma(s, p.index() - 1).toLowerCase(java.util.Locale.ROOT);
    }
    if (m.tokenBegin() >= 2 && cues.accordingTo(s, m.tokenBegin() - 2) == m.tokenBegin()) {
      return "according";
    }
    return base;
  }

  /** The last mention of actor {@code id} ending before {@code offset}, or null. */
  private Mention lastMentionBefore(String id, int offset) {
    Mention best = null;
    for (Mention m : v.mentions) {
      if (m.id().equals(id) && m.end() <= offset) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The word outside the quotation [open, end) that the quotation hangs from in the parse (the
   * verb of "“...,” Lopez retorted"), or null.
   */
  private Governor governor(int s0, int s1, int open, int end) {
    for (int s = s0; s <= s1; s++) {
      for (int t = 0; t < v.tokens.get(s).size(); t++) {
        int b = v.token(s, t).beginPosition();
        IndexedWord w = b < open || b >= end ? null : v.node(s, t);
        IndexedWord p = w == null ? null : v.parent(s, w);
        if (p != null) {
          int pb = v.token(s, p.index() - 1).beginPosition();
          if (pb < open || pb > end) {
            return new Governor(s, p.index());
          }
        }
      }
    }
    return null;
  }

  /**
   * How the mention's head hangs from the quotation's governor: its subject ("subj"), object
   * ("obj"), another dependent ("other") or not at all ("none").
   */
  private String governed(Mention m, Governor governor) {
    if (governor == null || m.sentence() != governor.sentence()) {
      return "none";
    }
    for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
      IndexedWord n = v.node(m.sentence(), t);
      IndexedWord p = n == null ? null : v.parent(m.sentence(), n);
      if (p != null && p.index() == governor.index()) {
        String rel = v.relation(m.sentence(), n);
        return rel.startsWith("nsubj") ? "subj" : rel.equals("obj") || rel.equals("iobj") ? "obj"
            : "other";
      }
    }
    return "none";
  }

  /** A word in a sentence: its sentence and 1-based index. */
  private record Governor(int sentence, int index) {}

  /** The people shown speaking (a speech cue's subject) before {@code offset}. */
  private java.util.Set<String> spokeBefore(int offset) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Mention m : speaking) {
      if (m.end() <= offset) {
        out.add(m.id());
      }
    }
    return out;
  }

  /**
   * Where the quotation before this one stands: in the same paragraph ("same"), the paragraph
   * before ("next"), further back ("far"), or none before ("none").
   */
  private String previousQuotation(int open) {
    QuoteMarks.Span before = null;
    for (QuoteMarks.Span q : v.index.quotations()) {
      if (q.depth() == 0 && q.end() < open) {
        before = q;
      }
    }
    if (before == null) {
      return "none";
    }
    int d = paragraphIndex(open) - paragraphIndex(before.open());
    return d == 0 ? "same" : d == 1 ? "next" : "far";
  }

  private int globalToken(int s, int offset) {
    var toks = v.tokens.get(s);
    int best = 0;
    for (int t = 0; t < toks.size(); t++) {
      if (toks.get(t).beginPosition() <= offset) {
        best = t;
      }
    }
    return firstToken[s] + best;
  }

  /** The number of non-blank lines before the one holding {@code offset}. */
  private int paragraphIndex(int offset) {
    int i = java.util.Arrays.binarySearch(paragraphStarts, v.paragraphBegin(offset));
    return i >= 0 ? i : -i - 2;
  }

  private static String bucket(int d) {
    return d <= 2 ? "0-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20"
        : d <= 40 ? "21-40" : "41+";
  }

  private static String countBucket(int n) {
    return n <= 1 ? "1" : n <= 3 ? "2-3" : n <= 8 ? "4-8" : "9+";
  }
}
