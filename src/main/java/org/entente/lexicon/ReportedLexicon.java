package org.entente.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;

/**
 * The reported-speech lexicon {@code models/quotes/reported-lexicon.tsv}, counted on PolNeAR's
 * train split by {@code train-reported}: for each verb and noun lemma, how often it occurs and
 * how often it is part of an attribution's cue; for each common noun, how often it heads an
 * attribution's source. Loaded once per process ({@link ResourceCache}); immutable, so shared by
 * all threads.
 */
public final class ReportedLexicon {
  private static final String RESOURCE = "models/quotes/reported-lexicon.tsv";

  /** Counts of one lemma: occurrences and hits (in a cue, or heading a source). */
  private record Count(long seen, long hits) {}

  private final ImmutableMap<String, Count> cues;
  private final ImmutableMap<String, Count> sources;

  private ReportedLexicon(ImmutableMap<String, Count> cues, ImmutableMap<String, Count> sources) {
    this.cues = cues;
    this.sources = sources;
  }

  /**
   * The bundled lexicon.
   *
   * @return the lexicon, loaded once per process
   * @throws IllegalStateException if the file is missing or a row is malformed
   */
  public static ReportedLexicon get() {
    return ResourceCache.get("reported-lexicon", List.of(), ReportedLexicon::read);
  }

  private static ReportedLexicon read() {
    ImmutableMap.Builder<String, Count> cues = ImmutableMap.builder();
    ImmutableMap.Builder<String, Count> sources = ImmutableMap.builder();
    for (String line : Rules.lines(RESOURCE)) {
      List<String> f = Splitter.on('\t').trimResults().splitToList(line);
      try {
        if (f.get(0).equals("CUE") && f.size() == 5) {
          cues.put(f.get(1) + "\t" + f.get(2),
              new Count(Long.parseLong(f.get(3)), Long.parseLong(f.get(4))));
        } else if (f.get(0).equals("SOURCE") && f.size() == 4) {
          sources.put(f.get(1), new Count(Long.parseLong(f.get(2)), Long.parseLong(f.get(3))));
        } else {
          throw new IllegalStateException(RESOURCE + ": malformed row \"" + line + "\"");
        }
      } catch (NumberFormatException e) {
        throw new IllegalStateException(RESOURCE + ": malformed count in \"" + line + "\"", e);
      }
    }
    return new ReportedLexicon(cues.buildKeepingLast(), sources.buildKeepingLast());
  }

  /**
   * How often a noun with this lemma was part of an attribution's cue in the training articles.
   *
   * @param lemma the noun's lemma, in any case
   * @return the share of its occurrences inside a cue, 0 when it never was often enough
   */
  public double nounCueShare(String lemma) {
    return share(cues.get(lemma.toLowerCase(Locale.ROOT) + "\tN"));
  }

  /**
   * How many attribution cues a noun with this lemma was part of.
   *
   * @param lemma the noun's lemma, in any case
   * @return the count, 0 when under the lexicon's cut-off
   */
  public long nounCueCount(String lemma) {
    Count c = cues.get(lemma.toLowerCase(Locale.ROOT) + "\tN");
    return c == null ? 0 : c.hits();
  }

  /**
   * Whether a noun with this lemma introduces reported speech through a "that" clause: at least
   * {@value #MIN_NOUN_CUES} training cues and a share of its occurrences in cues of at least
   * {@value #NOUN_CUE_SHARE} ("statement", "claim", "warning"), or, where a possessor and "is
   * that" show the structure ("the mayor's position is that ..."), {@value #COPULA_CUE_SHARE}.
   *
   * @param lemma the noun's lemma, in any case
   * @param copular whether it is the subject of "is that ..." with a possessor
   * @return true for a noun cue
   */
  public boolean isNounCue(String lemma, boolean copular) {
    return nounCueCount(lemma) >= MIN_NOUN_CUES
        && nounCueShare(lemma) >= (copular ? COPULA_CUE_SHARE : NOUN_CUE_SHARE);
  }

  /**
   * Whether a verb with this lemma is a learned cue: at least {@value #MIN_VERB_CUES} training
   * cues and at least {@value #VERB_CUE_SHARE} of its occurrences inside one ("ask" 0.62,
   * "question" 0.73, "wonder" 0.52).
   *
   * @param lemma the verb's lemma, in any case
   * @return true for a learned verb cue
   */
  public boolean isVerbCue(String lemma) {
    Count c = cues.get(lemma.toLowerCase(Locale.ROOT) + "\tV");
    return c != null && c.hits() >= MIN_VERB_CUES && share(c) >= VERB_CUE_SHARE;
  }

  /** The least number of training cues of a learned verb cue. */
  public static final int MIN_VERB_CUES = 10;
  /** The least share of a verb's occurrences inside training cues. */
  public static final double VERB_CUE_SHARE = 0.5;

  /** The least number of training cues of a noun cue. */
  public static final int MIN_NOUN_CUES = 5;
  /**
   * The least share of a noun's occurrences inside training cues for "N that ...": keeps
   * "statement" (0.33), "claim" (0.23), "warning" (0.39), drops "fact", "idea", "news" (under
   * 0.1).
   */
  public static final double NOUN_CUE_SHARE = 0.15;
  /** The same for "X's N is that ...", where the structure itself says more. */
  public static final double COPULA_CUE_SHARE = 0.05;

  /**
   * How many attribution sources a common noun with this lemma headed ("officials", "voters").
   *
   * @param lemma the noun's lemma, in any case
   * @return the count, 0 when under the lexicon's cut-off
   */
  public long sourceCount(String lemma) {
    Count c = sources.get(lemma.toLowerCase(Locale.ROOT));
    return c == null ? 0 : c.hits();
  }

  private static double share(Count c) {
    return c == null || c.seen() == 0 ? 0 : (double) c.hits() / c.seen();
  }
}
