package org.entente.annotators;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.ReportedLexicon;
import org.entente.lexicon.StanceLexicon;
import org.entente.reference.Mention;
import org.entente.reference.QuoteMarks;
import org.entente.stances.learn.PolarityLexicons;

/**
 * Which sentences can carry a fact, and so need the dependency parse: those that hold a signal
 * (they lie in a quotation, or hold a speech cue or a stance word in the part of speech its list
 * gives it, or a verb whose agent takes a strong attitude to its theme, for the learned stance
 * sieve), and the sentences before them that a back-reference in them looks back to when those
 * hold a referent (an actor or alliance mention, a named person or body, or a word that refers
 * back to one: a personal pronoun, "the country", "the bloc", "the official"), and a sentence naming
 * an actor after one chosen for its own signal, whose speaker a stance may be carried from. Every
 * word list is the fact stages' own: the quote rules' cues, groups, unnamed sources and
 * documents, the learned noun cues of the reported-speech lexicon, the stance lexicon and the learned sieve's connotation frames, so a cue a user adds
 * to the quote rules also makes its sentences parsed. Immutable, so thread-safe.
 */
final class FactSentences {
  /**
   * Stance-lexicon classes whose words state a stance, by the part of speech they must have:
   * verbs ("condemn X", "stand with X", "urge X to"), nouns ("support for X", "ties") and
   * predicative adjectives ("opposed to X"). The light verbs of EXPRESS and UNDERGO carry a
   * stance only through such a noun, which then is there.
   */
  private static final List<String> VERB_CLASSES = List.of("VERB", "VPREP", "NAMING", "URGE");
  private static final List<String> NOUN_CLASSES = List.of("NOUN", "LABEL", "MUTUAL");
  private static final List<String> ADJ_CLASSES = List.of("ADJ");
  /** Stance-lexicon classes whose words refer to holders ("they", "both countries"). */
  private static final List<String> REFERENCE_CLASSES = List.of("PLURAL", "PLURAL_PERSON",
      "PLURAL_STATE", "LEADERS", "LEADER_TITLE");
  /** NER classes of names that can speak or hold a stance without being a known actor. */
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION");

  private final QuoteRules quoteRules;
  private final ReportedLexicon reported = ReportedLexicon.get();
  private final PolarityLexicons polarity;
  /**
   * The least agent-to-theme attitude (connotation frames, in [-1, 1]) of a verb the learned
   * stance sieve weighs ("infuriate", "challenge"): the stronger 60 % of the listed verbs. Any
   * listed verb parses 3 points more of the corpus's sentences for the same scores; this bound
   * lost 0.002 of stance F1 there.
   */
  private static final double ATTITUDE = 0.25;
  private final ImmutableSet<String> stanceVerbs;
  private final ImmutableSet<String> stanceNouns;
  private final ImmutableSet<String> stanceAdjectives;
  private final ImmutableSet<String> referenceWords;
  private final List<List<String>> accordingTo;

  FactSentences(QuoteRules quoteRules, StanceLexicon lexicon, Set<String> allianceAnaphors,
      PolarityLexicons polarity) {
    this.quoteRules = quoteRules;
    this.polarity = polarity;
    this.stanceVerbs = lemmas(lexicon, VERB_CLASSES);
    this.stanceNouns = lemmas(lexicon, NOUN_CLASSES);
    this.stanceAdjectives = lemmas(lexicon, ADJ_CLASSES);
    ImmutableSet.Builder<String> refs = ImmutableSet.builder();
    REFERENCE_CLASSES.forEach(c -> refs.addAll(lexicon.lemmas(c)));
    refs.addAll(allianceAnaphors);
    this.referenceWords = refs.build();
    this.accordingTo = quoteRules.accordingTo().stream().filter(p -> !p.isEmpty()).toList();
  }

  private static ImmutableSet<String> lemmas(StanceLexicon lexicon, List<String> classes) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    classes.forEach(c -> b.addAll(lexicon.lemmas(c)));
    return b.build();
  }

  /**
   * The sentences to parse.
   *
   * @param quotations the quotations of the document's text ({@link QuoteMarks#find})
   * @param sentences its sentences, with tokens, tags, lemmas and NER
   * @param mentions entente's actor and alliance mentions (either may be null)
   * @return the indices of the sentences that can carry a fact
   */
  BitSet select(List<QuoteMarks.Span> quotations, List<CoreMap> sentences,
      List<List<Mention>> mentions) {
    int n = sentences.size();
    BitSet mentioned = new BitSet(n);
    for (List<Mention> ms : mentions) {
      if (ms != null) {
        ms.stream().filter(m -> m.sentence() >= 0 && m.sentence() < n)
            .forEach(m -> mentioned.set(m.sentence()));
      }
    }
    BitSet out = new BitSet(n);
    BitSet referents = new BitSet(n);
    BitSet backReferences = new BitSet(n);
    for (int s = 0; s < n; s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      boolean referent = mentioned.get(s);
      boolean back = false;
      boolean signal = quoted(quotations, tokens.get(0).beginPosition(),
          tokens.get(tokens.size() - 1).endPosition());
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel tok = tokens.get(t);
        String word = tok.word().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma() == null ? word : tok.lemma().toLowerCase(Locale.ROOT);
        back = back || referenceWord(tok, word, lemma);
        referent = referent || back || NAMED.contains(tok.ner());
        signal = signal || cueOrStance(tok, word, lemma) || accordingTo(tokens, t)
            || nounCue(tokens, t, lemma);
      }
      referents.set(s, referent);
      backReferences.set(s, back);
      // Two referents without a signal (a bare candidate pair) found no more facts on the
      // corpus and would parse 7 % more of its sentences.
      // A signal alone suffices: requiring a referent as well lost reported speech whose speaker
      // is a common noun ("campaign aides said") on PolNeAR dev (0.673 -> 0.660 F1).
      out.set(s, signal);
    }
    // A stance may be carried from the speaker of the sentence before ("...," she said. Aid
    // from X arrived."): a sentence naming an actor after one chosen for its own signal.
    BitSet own = (BitSet) out.clone();
    for (int s = 1; s < n; s++) {
      if (own.get(s - 1) && mentioned.get(s)) {
        out.set(s);
      }
    }
    // A back-reference ("the statement", "the two leaders", "he") is resolved from the
    // sentences before it, through their graphs: a parsed sentence that holds one has the
    // sentence before it parsed too when that one names someone, and so on back.
    for (int s = n - 1; s > 0; s--) {
      if (out.get(s) && backReferences.get(s) && referents.get(s - 1)) {
        out.set(s - 1);
      }
    }
    return out;
  }

  /** A speech cue or stance word, in the part of speech its list gives it. */
  private boolean cueOrStance(CoreLabel tok, String word, String lemma) {
    String tag = tok.tag() == null ? "" : tok.tag();
    // A polar word the learned sieve reads a target off ("an attack on X", "praised X"): a
    // clear VADER valence, or a verb of a CAMEO cooperation or conflict class.
    if (Math.abs(polarity.valence(lemma)) >= 1 || Math.abs(polarity.valence(word)) >= 1
        || tag.startsWith("VB") && polarity.cameo(lemma) != 0) {
      return true;
    }
    if (tag.startsWith("VB")) {
      if (Math.abs(polarity.agentTheme(lemma)) >= ATTITUDE) {
        return true;
      }
      if (!quoteRules.cues(lemma).isEmpty() || reported.isVerbCue(lemma)
          || stanceVerbs.contains(lemma)
          || tag.equals("VBN") && stanceAdjectives.contains(word)) {
        return true;
      }
    } else if (tag.startsWith("NN")) {
      if (stanceNouns.contains(lemma) || stanceNouns.contains(word)) {
        return true;
      }
    } else if (tag.startsWith("JJ") && stanceAdjectives.contains(lemma)) {
      return true;
    }
    return quoteRules.isLabelCue(word);
  }

  /**
   * A noun the quote stage reads reported speech off: a learned noun cue ("statement",
   * "claim"), or a weaker one followed by "is that" ("her position is that ...").
   */
  /** "The claim is that ...": compiled once, the check runs on nouns of unsignalled sentences. */
  private static final Pattern COPULA = Pattern.compile("(?i)is|was|'s");

  private boolean nounCue(List<CoreLabel> tokens, int t, String lemma) {
    String tag = tokens.get(t).tag();
    if (tag == null || !tag.startsWith("NN")) {
      return false;
    }
    if (reported.isNounCue(lemma, false)) {
      return true;
    }
    return t + 2 < tokens.size() && COPULA.matcher(tokens.get(t + 1).word()).matches()
        && tokens.get(t + 2).word().equalsIgnoreCase("that") && reported.isNounCue(lemma, true);
  }

  /** Whether an "according to" phrase starts at token {@code t}. */
  private boolean accordingTo(List<CoreLabel> tokens, int t) {
    for (List<String> phrase : accordingTo) {
      int k = 0;
      while (k < phrase.size() && t + k < tokens.size()
          && tokens.get(t + k).word().equalsIgnoreCase(phrase.get(k))) {
        k++;
      }
      if (k == phrase.size()) {
        return true;
      }
    }
    return false;
  }

  private boolean referenceWord(CoreLabel tok, String word, String lemma) {
    String tag = tok.tag() == null ? "" : tok.tag();
    // Personal and possessive pronouns: "he", "its", "we", "they".
    return tag.equals("PRP") || tag.equals("PRP$") || referenceWords.contains(lemma)
        || referenceWords.contains(word) || quoteRules.groupKind(lemma) != null
        || quoteRules.isAnonymousSource(lemma) || quoteRules.isDocument(lemma);
  }

  /** Whether [begin, end) overlaps a quotation, its marks included. */
  private static boolean quoted(List<QuoteMarks.Span> quotations, int begin, int end) {
    for (QuoteMarks.Span q : quotations) {
      if (q.open() < end && q.end() + 1 > begin) {
        return true;
      }
    }
    return false;
  }
}
