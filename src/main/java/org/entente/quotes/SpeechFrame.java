package org.entente.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.reference.QuoteMarks;

/**
 * The speech frame after a quotation: "“...,” an angry Lopez retorted." A quotation closed by a
 * comma, "!" or "?" and followed at once by a short clause of subject and verb, in either order
 * ("..., said the senator"), was said by that subject whatever the verb: the frame makes any verb
 * a speech verb ("shot back", "went on", "riffed"), where the cue list knows only the common ones.
 * The verb takes no object or clause of its own (then it says something else: "..., Lopez told
 * the crowd it was over" is the governing-cue rule's), and is no auxiliary or copula.
 */
final class SpeechFrame {
  /** How many tokens after the closing mark the frame's verb may stand. */
  static final int REACH = 6;
  /** Verbs that make no speech frame: "“...,” the answer is simple." */
  private static final Set<String> NOT_FRAMES = Set.of("be", "have", "do", "get", "seem");
  /** The tags a subject or adverb before the frame's verb may have. */
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS",
      "NNP", "NNPS", "PRP", "PRP$", "POS", "RB", "CD", ",", "HYPH");
  /** Complements that show the verb says something of its own. */
  private static final List<String> OWN_COMPLEMENTS = List.of("obj", "iobj", "ccomp", "xcomp");

  private final DocView v;
  private final SpeakerResolver speakers;

  SpeechFrame(DocView v, SpeakerResolver speakers) {
    this.v = v;
    this.speakers = speakers;
  }

  /** The speaker the frame after {@code q} names, or null when no frame follows it. */
  Attribution after(QuoteMarks.Span q) {
    String inner = v.text.substring(q.begin(), q.end()).strip();
    if (!q.closed() || inner.isEmpty() || ",!?".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      return null;
    }
    int s = v.sentenceAt(q.end());
    int t = firstAfter(s, q.end() + 1);
    if (t < 0 && s + 1 < v.sentences()
        && v.sentenceBegin(s + 1) <= v.paragraphEnd(q.end())) {
      s++; // "“...?” Lopez asked." split after the mark
      t = 0;
    }
    if (t < 0) {
      return null;
    }
    List<CoreLabel> toks = v.tokens.get(s);
    for (int i = t; i < toks.size() && i < t + REACH; i++) {
      String tag = v.tag(s, i);
      if (tag.equals(".") || tag.equals(":") || tag.equals("``") || tag.equals("''")) {
        return null;
      }
      if (!tag.startsWith("VB")) {
        if (!NOUN_PHRASE.contains(tag)) {
          return null; // "..., and the crowd cheered": a clause of its own, no frame
        }
        continue;
      }
      IndexedWord verb = v.node(s, i);
      return verb == null || !frames(s, verb, q) ? null : speaker(s, verb, q);
    }
    return null;
  }

  private boolean frames(int s, IndexedWord verb, QuoteMarks.Span q) {
    if (NOT_FRAMES.contains(v.lemma(s, verb.index() - 1).toLowerCase(Locale.ROOT))
        || !v.children(s, verb, "aux:pass").isEmpty()) {
      return false;
    }
    for (String rel : OWN_COMPLEMENTS) {
      for (IndexedWord c : v.children(s, verb, rel)) {
        if (v.token(s, c.index() - 1).beginPosition() > q.end()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The verb's subject after the quotation, when it names a speaker other than a phrase's. */
  private Attribution speaker(int s, IndexedWord verb, QuoteMarks.Span q) {
    for (IndexedWord subject : speakers.subjects(s, verb)) {
      int[] span = v.subtree(s, subject);
      if (v.token(s, span[0]).beginPosition() <= q.end()) {
        continue; // the quotation is inside the subject, or the subject before it
      }
      Attribution a = speakers.speakersOf(s, subject, speakers.tokenSpan(s, verb));
      if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
        return a;
      }
    }
    return null;
  }

  /** The first token of sentence s at or after {@code offset} that is no quotation mark. */
  private int firstAfter(int s, int offset) {
    List<CoreLabel> toks = v.tokens.get(s);
    for (int t = 0; t < toks.size(); t++) {
      if (toks.get(t).beginPosition() < offset) {
        continue;
      }
      String w = toks.get(t).word();
      if (w.equals("''") || w.equals("'") || w.equals("\"") || w.equals("”") || w.equals("’")) {
        continue;
      }
      return t;
    }
    return -1;
  }
}
