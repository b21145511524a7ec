package org.entente.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.entente.lexicon.AllianceEntry;

/**
 * One annotated document as the fact extractors read it, built once per document by the
 * reference stage: sentences with their tokens and both dependency graphs, the actor and alliance
 * mentions by sentence and by token, the actors and alliances by id, the quotation marks'
 * spans and the paragraphs (lines). Immutable after construction; the CoreNLP objects it hands
 * out are the pipeline's own and must not be changed.
 */
public final class DocumentIndex {
  private final String text;
  private final ImmutableList<CoreMap> sentences;
  private final ImmutableList<List<CoreLabel>> tokens;
  private final List<SemanticGraph> basic; // unmodifiable; null where a sentence has no parse
  private final List<SemanticGraph> enhanced;
  private final ImmutableList<Mention> actorMentions;
  private final ImmutableMap<String, Entity> actors;
  private final ImmutableList<Mention> allianceMentions;
  private final ImmutableMap<String, AllianceEntry> alliances;
  private final ImmutableList<ImmutableList<Mention>> bySentence;
  private final ImmutableList<Mention[]> actorByToken;
  private final ImmutableList<QuoteMarks.Span> quotations;
  private final int[] newlines; // offsets of the line breaks, ascending
  private final ImmutableList<Utterance> utterances; // null until a quote stage gave them
  private final ImmutableMap<String, Boolean> genders; // see Pronouns.genders
  private final BackReferences backReferences = new BackReferences(this);

  /**
   * Indexes {@code doc}.
   *
   * @param doc a CoreNLP document with text, sentences, tokens and (where a fact can be) the
   *     dependency graphs
   * @param actorMentions every actor mention, in text order; null for none
   * @param actors the actors by id; null for none
   * @param allianceMentions every alliance mention, in text order; null for none
   * @param alliances the alliances by id; null for none
   * @param claimed per sentence, the tokens the actor stage read, where no pronoun is resolved;
   *     null when unknown
   * @param allianceAnaphors the nouns that after "the" refer back to the alliance named last
   *     ("bloc"), lower case; empty for none
   * @param quotations the quotations of the text, as {@link QuoteMarks#find} gives them (the
   *     parse stage has found them already)
   * @return the index, whose actor mentions add the resolved pronouns ("he", "his") and whose
   *     alliance mentions add the resolved anaphors ("the bloc")
   */
  public static DocumentIndex of(CoreMap doc, List<Mention> actorMentions,
      Map<String, Entity> actors, List<Mention> allianceMentions,
      Map<String, AllianceEntry> alliances, List<BitSet> claimed, Set<String> allianceAnaphors,
      List<QuoteMarks.Span> quotations) {
    return new DocumentIndex(doc, actorMentions, actors, allianceMentions, alliances, claimed,
        allianceAnaphors, quotations);
  }

  private DocumentIndex(CoreMap doc, List<Mention> actorMentions, Map<String, Entity> actors,
      List<Mention> allianceMentions, Map<String, AllianceEntry> alliances,
      List<BitSet> claimed, Set<String> allianceAnaphors, List<QuoteMarks.Span> quotations) {
    this.text = requireNonNull(doc.get(CoreAnnotations.TextAnnotation.class), "text");
    List<CoreMap> ss = doc.get(CoreAnnotations.SentencesAnnotation.class);
    this.sentences = ss == null ? ImmutableList.of() : ImmutableList.copyOf(ss);
    this.actors = actors == null ? ImmutableMap.of() : ImmutableMap.copyOf(actors);
    this.alliances = alliances == null ? ImmutableMap.of() : ImmutableMap.copyOf(alliances);
    ImmutableList.Builder<List<CoreLabel>> toks = ImmutableList.builder();
    List<SemanticGraph> b = new ArrayList<>();
    List<SemanticGraph> e = new ArrayList<>();
    List<List<Mention>> inSentence = new ArrayList<>();
    List<Mention[]> byToken = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
      toks.add(t);
      b.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
      e.add(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
      inSentence.add(new ArrayList<>());
      byToken.add(new Mention[t.size()]);
    }
    this.tokens = toks.build();
    this.allianceMentions = allianceMentions == null ? ImmutableList.of()
        : ImmutableList.copyOf(AllianceAnaphors.resolve(tokens, allianceMentions,
            requireNonNull(allianceAnaphors, "allianceAnaphors")));
    // The actor stage's mentions and the pronouns resolved to them, in text order.
    List<Mention> named = actorMentions == null ? List.of() : actorMentions;
    List<Mention> all = new ArrayList<>(named);
    all.addAll(Pronouns.resolve(tokens, named, this.actors, claimed,
        requireNonNull(quotations, "quotations"), b));
    all.sort(Comparator.comparingInt(Mention::begin));
    this.actorMentions = ImmutableList.copyOf(all);
    this.genders = ImmutableMap.copyOf(Pronouns.genders(tokens, this.actorMentions));
    this.basic = nullable(b);
    this.enhanced = nullable(e);
    for (Mention m : this.actorMentions) {
      if (m.sentence() < 0 || m.sentence() >= byToken.size()) {
        continue;
      }
      Mention[] row = byToken.get(m.sentence());
      for (int t = m.tokenBegin(); t < m.tokenEnd() && t < row.length; t++) {
        row[t] = m;
      }
    }
    for (List<Mention> ms : List.of(this.actorMentions, this.allianceMentions)) {
      for (Mention m : ms) {
        if (m.sentence() >= 0 && m.sentence() < inSentence.size()) {
          inSentence.get(m.sentence()).add(m);
        }
      }
    }
    this.bySentence = inSentence.stream().map(ImmutableList::copyOf)
        .collect(ImmutableList.toImmutableList());
    this.actorByToken = ImmutableList.copyOf(byToken);
    this.quotations = ImmutableList.copyOf(requireNonNull(quotations, "quotations"));
    this.newlines = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n')
        .toArray();
    this.utterances = null;
  }

  private DocumentIndex(DocumentIndex d, List<Utterance> utterances) {
    this.text = d.text;
    this.sentences = d.sentences;
    this.tokens = d.tokens;
    this.basic = d.basic;
    this.enhanced = d.enhanced;
    this.actorMentions = d.actorMentions;
    this.genders = d.genders;
    this.actors = d.actors;
    this.allianceMentions = d.allianceMentions;
    this.alliances = d.alliances;
    this.bySentence = d.bySentence;
    this.actorByToken = d.actorByToken;
    this.quotations = d.quotations;
    this.newlines = d.newlines;
    this.utterances = ImmutableList.copyOf(utterances);
  }

  /** An unmodifiable list that may hold nulls (Guava's refuse them; a missing parse is one). */
  private static <T> List<T> nullable(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * This index with the attributed quotations of an earlier fact stage, for back-references
   * inside quotations ("we" → the speakers).
   *
   * @param said who said which span, in text order
   * @return a copy of this index that knows them
   */
  public DocumentIndex withUtterances(List<Utterance> said) {
    return new DocumentIndex(this, requireNonNull(said, "said"));
  }

  /** Per person, the gender of the pronouns resolved to them (see {@link Pronouns#genders}). */
  Map<String, Boolean> genders() {
    return genders;
  }

  /**
   * What the document's back-references stand for.
   *
   * @return the document's resolver, shared by every later stage
   */
  public BackReferences backReferences() {
    return backReferences;
  }

  /**
   * The attributed quotations an earlier stage gave ({@link #withUtterances}).
   *
   * @return them, or null when no quote stage ran
   */
  public List<Utterance> utterances() {
    return utterances;
  }

  /**
   * The document text.
   *
   * @return the text all offsets refer to
   */
  public String text() {
    return text;
  }

  /**
   * The sentences.
   *
   * @return CoreNLP's sentence maps, in order
   */
  public List<CoreMap> sentences() {
    return sentences;
  }

  /**
   * The number of sentences.
   *
   * @return how many sentences the document has
   */
  public int sentenceCount() {
    return sentences.size();
  }

  /**
   * The tokens of sentence {@code s}.
   *
   * @param s sentence index
   * @return its tokens
   */
  public List<CoreLabel> tokens(int s) {
    return tokens.get(s);
  }

  /**
   * The basic dependencies of sentence {@code s}.
   *
   * @param s sentence index
   * @return the graph, or null when the sentence was not parsed
   */
  public SemanticGraph basic(int s) {
    return basic.get(s);
  }

  /**
   * The enhanced++ dependencies of sentence {@code s}.
   *
   * @param s sentence index
   * @return the graph, or null when the sentence was not parsed
   */
  public SemanticGraph enhanced(int s) {
    return enhanced.get(s);
  }

  /**
   * Every actor mention.
   *
   * @return the actor mentions, in text order
   */
  public List<Mention> actorMentions() {
    return actorMentions;
  }

  /**
   * Every alliance mention, "the bloc" and the like included.
   *
   * @return the alliance mentions, in text order
   */
  public List<Mention> allianceMentions() {
    return allianceMentions;
  }

  /**
   * The actors by id.
   *
   * @return the actors, in order of first mention
   */
  public Map<String, Entity> actors() {
    return actors;
  }

  /**
   * The alliances by id.
   *
   * @return the alliances, in order of first mention
   */
  public Map<String, AllianceEntry> alliances() {
    return alliances;
  }

  /**
   * The actor and alliance mentions of sentence {@code s}: actors first, then alliances.
   *
   * @param s sentence index
   * @return its mentions
   */
  public List<Mention> mentionsIn(int s) {
    return bySentence.get(s);
  }

  /**
   * The actor mention covering token {@code t} (0-based) of sentence {@code s}.
   *
   * @param s sentence index
   * @param t token index in the sentence
   * @return the mention, or null
   */
  public Mention actorAt(int s, int t) {
    Mention[] row = actorByToken.get(s);
    return t >= 0 && t < row.length ? row[t] : null;
  }

  /**
   * The quotations of the text, nested ones included.
   *
   * @return the quotation-mark spans, by opening mark
   */
  public List<QuoteMarks.Span> quotations() {
    return quotations;
  }

  /**
   * Offset of the start of the paragraph (line) holding {@code offset}.
   *
   * @param offset a character offset
   * @return the paragraph's first offset
   */
  public int paragraphBegin(int offset) {
    // Binary search over the line breaks: a scan would make a long line with many quotations
    // quadratic.
    int i = Arrays.binarySearch(newlines, Math.max(0, offset - 1));
    int last = i >= 0 ? i : -i - 2; // the last break at or before offset - 1
    return last >= 0 ? newlines[last] + 1 : 0;
  }

  /**
   * Offset of the end of the paragraph (line) holding {@code offset}.
   *
   * @param offset a character offset
   * @return the offset of its line break, or the text's length
   */
  public int paragraphEnd(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    int next = i >= 0 ? i : -i - 1; // the first break at or after offset
    return next < newlines.length ? newlines[next] : text.length();
  }
}
