package org.entente;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Counting the reported-speech lexicon for the {@code train-reported} command: over an
 * attribution corpus (PolNeAR's form: each attribution a source, a cue and a content span), how
 * often each verb and noun lemma occurs and how often it is part of an attribution's cue, and how
 * often each common noun heads an attribution's source. Tags and lemmas only (no parse), so the
 * 840 articles of PolNeAR's train split take about a minute. Counts, never text: the lexicon
 * holds lemmas and numbers. One instance per thread.
 */
public final class ReportedSpeechTraining {
  /** Characters around an attribution searched for its cue's words. */
  private static final int CUE_WINDOW = 250;

  private final StanfordCoreNLP pipeline;
  /** "lemma\tV" or "lemma\tN" → {occurrences, in a cue}. */
  private final Map<String, long[]> cues = new TreeMap<>();
  /** A common noun's lemma → {occurrences, heading a source}. */
  private final Map<String, long[]> sources = new TreeMap<>();

  /**
   * One gold attribution.
   *
   * @param contentBegin offset of the content's first character
   * @param contentEnd offset one past its last
   * @param sourceBegin offset of the source's first character, or -1 when it has none
   * @param sourceEnd offset one past the source's last character, or -1
   * @param cue the cue's words as the text writes them ("said", "according to"), maybe empty
   */
  public record Gold(int contentBegin, int contentEnd, int sourceBegin, int sourceEnd,
      String cue) {}

  /** Loads the tagger and lemmatizer (seconds), with extraction's tokenizer settings. */
  public ReportedSpeechTraining() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Counts one article.
   *
   * @param text the article
   * @param golds its attributions
   */
  public void count(String text, List<Gold> golds) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    boolean[] inCue = new boolean[tokens.size()];
    boolean[] heads = new boolean[tokens.size()];
    for (Gold g : golds) {
      int[] cue = locate(text, g);
      if (cue != null) {
        for (int t = 0; t < tokens.size(); t++) {
          CoreLabel k = tokens.get(t);
          inCue[t] |= k.beginPosition() >= cue[0] && k.endPosition() <= cue[1];
        }
      }
      int head = sourceHead(tokens, g);
      if (head >= 0) {
        heads[head] = true;
      }
    }
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel k = tokens.get(t);
      String pos = k.tag().startsWith("VB") ? "V" : k.tag().startsWith("NN") ? "N" : null;
      if (pos == null) {
        continue;
      }
      String lemma = k.lemma().toLowerCase(Locale.ROOT);
      long[] c = cues.computeIfAbsent(lemma + "\t" + pos, x -> new long[2]);
      c[0]++;
      c[1] += inCue[t] ? 1 : 0;
      if (k.tag().equals("NN") || k.tag().equals("NNS")) {
        long[] s = sources.computeIfAbsent(lemma, x -> new long[2]);
        s[0]++;
        s[1] += heads[t] ? 1 : 0;
      }
    }
  }

  /**
   * Where the cue's words stand: the occurrence nearest the content within {@link #CUE_WINDOW}
   * characters of it and its source (the corpus gives the cue's words, not its offsets). Null
   * when they are not found there.
   */
  private static int[] locate(String text, Gold g) {
    String cue = g.cue() == null ? "" : g.cue().strip();
    if (cue.isEmpty()) {
      return null;
    }
    int lo = Math.max(0, Math.min(g.contentBegin(), g.sourceBegin() < 0 ? Integer.MAX_VALUE
        : g.sourceBegin()) - CUE_WINDOW);
    int hi = Math.min(text.length(), Math.max(g.contentEnd(), g.sourceEnd()) + CUE_WINDOW);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = text.indexOf(cue, lo); i >= 0 && i + cue.length() <= hi;
        i = text.indexOf(cue, i + 1)) {
      int d = i >= g.contentEnd() ? i - g.contentEnd()
          : i + cue.length() <= g.contentBegin() ? g.contentBegin() - i - cue.length() : 0;
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best < 0 ? null : new int[] {best, best + cue.length()};
  }

  /**
   * The token heading a source span: its last noun before a preposition, comma, relative
   * pronoun or verb ("a spokesman for the campaign" → spokesman); -1 when it has none.
   */
  private static int sourceHead(List<CoreLabel> tokens, Gold g) {
    int head = -1;
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel k = tokens.get(t);
      if (k.beginPosition() < g.sourceBegin() || k.endPosition() > g.sourceEnd()) {
        continue;
      }
      String tag = k.tag();
      if (head >= 0 && (tag.equals("IN") || tag.equals(",") || tag.startsWith("W")
          || tag.startsWith("VB") || tag.equals("TO"))) {
        break;
      }
      if (tag.startsWith("NN") || tag.equals("CD")) {
        head = t;
      }
    }
    return head;
  }

  /**
   * The counts so far, as lexicon rows: {@code CUE lemma V|N occurrences in-cue} for lemmas in
   * at least {@code min} cues, and {@code SOURCE lemma occurrences heads} for common nouns
   * heading at least {@code min} sources, sorted.
   *
   * @param min the least count of a kept row
   * @return the rows, tab-separated
   */
  public List<String> rows(int min) {
    List<String> out = new ArrayList<>();
    cues.forEach((k, c) -> {
      if (c[1] >= min) {
        out.add("CUE\t" + k + "\t" + c[0] + "\t" + c[1]);
      }
    });
    sources.forEach((k, c) -> {
      if (c[1] >= min) {
        out.add("SOURCE\t" + k + "\t" + c[0] + "\t" + c[1]);
      }
    });
    return out;
  }
}
