package org.entente.annotators;

import com.google.common.base.CharMatcher;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Makes tokenized web text safe for the annotators after it; runs right after {@code ssplit}.
 *
 * <ul>
 *   <li>Cuts sentences longer than {@code entente.maxSentenceTokens} tokens (default {@value
 *       #DEFAULT_MAX}) into pieces, so that the tagger, NER, parser and entente's own annotators
 *       only ever see sentences of bounded length: a "sentence" of 100,000 tokens (a table, a
 *       list without punctuation, garbage) then costs time linear in its length. A piece ends at
 *       the last comma, semicolon or colon of its second half when there is one.
 *   <li>Drops zero-width characters (U+200B to U+200D, U+2060, U+FEFF) from token words, so
 *       that "Japan" followed by an invisible joiner is still Japan; offsets and original text
 *       are untouched.
 *   <li>Writes contractions with a typographic apostrophe ("’s", "n’t") with the ASCII one, so
 *       that the tagger reads "he’s" as "he 's" (a verb), not a possessive.
 * </ul>
 */
public final class HygieneAnnotator implements Annotator {
  /** Longer than any sentence a news article means (they stay under 150 tokens). */
  public static final int DEFAULT_MAX = 250;
  /** The property that sets the cap. */
  public static final String MAX_PROPERTY = "entente.maxSentenceTokens";

  private final int max;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @param name the annotator's name in the pipeline ({@code NAME}); unused
   * @param props the pipeline's properties; {@link #MAX_PROPERTY} sets the cap in tokens
   *     ({@value #DEFAULT_MAX} by default, at least 2)
   * @throws NumberFormatException if that property is not an integer
   */
  public HygieneAnnotator(String name, Properties props) {
    this.max = Math.max(2, Integer.parseInt(
        props.getProperty(MAX_PROPERTY, String.valueOf(DEFAULT_MAX)).trim()));
  }

  @Override
  public void annotate(Annotation doc) {
    List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
    if (all != null) {
      all.forEach(HygieneAnnotator::dropZeroWidth);
      all.forEach(HygieneAnnotator::asciiContraction);
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= max)) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = tokens(s);
      int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int b = 0; b < tokens.size(); ) {
        int e = cut(tokens, b);
        out.add(piece(s, text, tokens.subList(b, e), tokenBegin + b, out.size()));
        b = e;
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /** Where the piece starting at token {@code b} ends (exclusive). */
  private int cut(List<CoreLabel> tokens, int b) {
    if (tokens.size() - b <= max) {
      return tokens.size();
    }
    for (int i = b + max - 1; i >= b + max / 2; i--) {
      String w = tokens.get(i).word();
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return i + 1;
      }
    }
    return b + max;
  }

  private static CoreMap piece(CoreMap sentence, String text, List<CoreLabel> tokens,
      int tokenBegin, int index) {
    CoreMap p = new ArrayCoreMap(sentence); // keeps whatever else ssplit set (doc id, ...)
    List<CoreLabel> own = new ArrayList<>(tokens);
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
      own.get(i).setSentIndex(index);
    }
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    p.set(CoreAnnotations.TokensAnnotation.class, own);
    p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    p.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    return p;
  }

  private static void dropZeroWidth(CoreLabel token) {
    String w = token.word();
    if (w == null || !ZERO_WIDTH.matchesAnyOf(w)) {
      return;
    }
    String clean = ZERO_WIDTH.removeFrom(w);
    if (!clean.isEmpty()) { // a token of nothing else stays as it is
      token.setWord(clean);
      token.setValue(clean);
    }
  }

  /**
   * A contraction written with a typographic apostrophe ("he’s", "isn’t") becomes the ASCII one
   * the tagger was trained on: "’s" after a pronoun is otherwise tagged a possessive, and "said
   * he’s not happy" loses its verb and its clause. Offsets and original text are untouched.
   */
  private static void asciiContraction(CoreLabel token) {
    String w = token.word();
    if (w != null && w.length() <= 3 && CONTRACTION.matcher(w).matches()) {
      String ascii = w.replace('\u2019', '\'');
      token.setWord(ascii);
      token.setValue(ascii);
    }
  }

  private static final java.util.regex.Pattern CONTRACTION =
      java.util.regex.Pattern.compile("(?i)\u2019(s|re|ll|ve|m|d)|n\u2019t");

  private static final CharMatcher ZERO_WIDTH =
      CharMatcher.inRange('\u200B', '\u200D').or(CharMatcher.anyOf("\u2060\uFEFF"));

  private static List<CoreLabel> tokens(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}
