package org.entente.lexicon;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stance lexicon of {@code models/rules/stance-lexicon.tsv}: stance words by word class, with
 * their polarity and the prepositions that introduce their target, and the helper classes
 * (negators, speech verbs ...) the stance rules name. Loaded once per distinct list of files
 * ({@link ResourceCache}); immutable.
 */
public final class StanceLexicon {
  private static final String RESOURCE = "models/rules/stance-lexicon.tsv";
  /** The speech cues, whose lemmas make the {@code SPEECH} class. */
  private static final String SPEECH_CUES = "models/rules/speech-cues.txt";
  private static final String SPEECH = "SPEECH";
  private static final Splitter TAB = Splitter.on('\t').trimResults();
  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  /**
   * One lexicon row.
   *
   * @param wordClass the class ({@code VERB}, {@code NOUN} ...)
   * @param lemma the lemma, lower case
   * @param polarity the stance it states, or null for helper classes
   * @param preps prepositions that introduce the target; {@code *} accepts any
   */
  public record Entry(String wordClass, String lemma, Leaning polarity, Set<String> preps) {
    /**
     * Whether {@code prep} may introduce this word's target.
     *
     * @param prep a preposition, lower case ("against", "for")
     * @return true if it is among {@link #preps()} or those hold {@code *}
     */
    public boolean takes(String prep) {
      return preps.contains("*") || preps.contains(prep);
    }
  }

  private final Map<String, Map<String, Entry>> byClass;

  private StanceLexicon(Map<String, Map<String, Entry>> byClass) {
    this.byClass = byClass;
  }

  /**
   * The bundled lexicon.
   *
   * @return the lexicon of {@code models/rules/stance-lexicon.tsv}, shared through the {@link ResourceCache}
   */
  public static StanceLexicon bundled() {
    return load(List.of());
  }

  /**
   * The bundled lexicon with the user's files laid over it.
   *
   * @param extra files in the format of {@code stance-lexicon.tsv}, read after the bundled one:
   *     a row for a class and lemma already known replaces it
   * @return the lexicon, loaded once per distinct list of files
   * @throws IllegalArgumentException if a file is missing or a row malformed
   */
  public static StanceLexicon load(List<Path> extra) {
    return ResourceCache.get("stance-lexicon", extra, () -> read(extra));
  }

  /**
   * The entry of {@code lemma} in {@code wordClass}, if any (case-insensitive).
   *
   * @param wordClass the class, such as {@code VERB}
   * @param lemma the lemma in any case, or null
   * @return the entry; empty when the class or lemma is unknown, or the lemma is null
   */
  public Optional<Entry> entry(String wordClass, String lemma) {
    Map<String, Entry> words = byClass.get(wordClass);
    return words == null || lemma == null
        ? Optional.empty() : Optional.ofNullable(words.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /**
   * The first entry of {@code lemma} in any class, searching the given classes in order.
   *
   * @param lemma the lemma in any case, or null
   * @param classes the classes to search, in order of preference
   * @return the entry of the first class that has the lemma; empty when none has it
   */
  public Optional<Entry> entryIn(String lemma, List<String> classes) {
    for (String c : classes) {
      Optional<Entry> e = entry(c, lemma);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code lemma} belongs to {@code wordClass}.
   *
   * @param wordClass the class, such as {@code NEGATOR}
   * @param lemma the lemma in any case, or null
   * @return true if the class has an entry for it
   */
  public boolean has(String wordClass, String lemma) {
    return entry(wordClass, lemma).isPresent();
  }

  /**
   * The lemmas of a class, lower case; empty when the class is unknown.
   *
   * @param wordClass the class, such as {@code VERB}
   * @return its lemmas
   */
  public Set<String> lemmas(String wordClass) {
    Map<String, Entry> words = byClass.get(wordClass);
    return words == null ? Set.of() : Set.copyOf(words.keySet());
  }

  /**
   * The lemmas of a class as one anchored alternation, for Semgrex ({@code a|b|c}).
   *
   * @param wordClass the class, such as {@code VERB}
   * @return its lower-case lemmas joined by {@code |}
   * @throws IllegalArgumentException if the class is unknown or empty
   */
  public String alternation(String wordClass) {
    Map<String, Entry> words = byClass.get(wordClass);
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("no lexicon class " + wordClass);
    }
    return String.join("|", words.keySet());
  }

  private static StanceLexicon read(List<Path> extra) {
    Map<String, Map<String, Entry>> classes = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Rules.lines(RESOURCE, extra)) {
      lineNo++;
      List<String> cols = TAB.splitToList(line);
      if (cols.size() < 3) {
        throw new IllegalArgumentException(RESOURCE + ": row " + lineNo + " has fewer than 3 columns");
      }
      String cls = cols.get(0);
      String lemma = cols.get(1).toLowerCase(Locale.ROOT);
      Leaning pol = cols.get(2).equals("-") ? null : leaning(cols.get(2), lineNo);
      Set<String> preps = cols.size() > 3 ? ImmutableSet.copyOf(BAR.split(cols.get(3))) : Set.of();
      classes.computeIfAbsent(cls, k -> new LinkedHashMap<>())
          .put(lemma, new Entry(cls, lemma, pol, preps));
    }
    // One list of speech verbs: the SPEECH class is the lemmas of speech-cues.txt.
    Map<String, Entry> speech = classes.computeIfAbsent(SPEECH, k -> new LinkedHashMap<>());
    for (String line : Rules.lines(SPEECH_CUES)) {
      String lemma = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(line)
          .iterator().next().toLowerCase(Locale.ROOT);
      speech.putIfAbsent(lemma, new Entry(SPEECH, lemma, null, Set.of()));
    }
    ImmutableMap.Builder<String, Map<String, Entry>> b = ImmutableMap.builder();
    classes.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
    return new StanceLexicon(b.build());
  }

  private static Leaning leaning(String s, int row) {
    try {
      return Leaning.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("stance lexicon row " + row + ": polarity " + s
          + " is neither SUPPORT, OPPOSE nor -", e);
    }
  }
}
