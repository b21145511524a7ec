package org.entente.lexicon;

import com.google.common.base.Splitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quote annotator's rule files in {@code models/rules/}: speech cues, cue blockers,
 * "according to" phrases, group and anonymous speakers, label cues and per-route confidences.
 * Loaded once per distinct list of files ({@link ResourceCache}); immutable, so shared by all
 * threads.
 */
public final class QuoteRules {
  /** What a speech cue may introduce. */
  public enum CueFlag {
    /** A clausal complement: "said (that) ...". */
    CLAUSE,
    /** A noun-phrase object: "stressed the importance of ...". */
    OBJECT,
    /** An object and infinitive: "urged both sides to ...". */
    TO_VERB,
    /** A short quoted fragment: "called him his 'old friend'". */
    FRAGMENT,
    /** A medium relaying someone's words: "Xinhua reported". */
    OUTLET,
    /** Its object is whom the words were said to: "told reporters", "assured Xi". */
    ADDRESSEE,
    /** Its "of" clause is what the words charge its object with: "accused X of ...". */
    OF_CLAUSE
  }

  /**
   * One speech cue.
   *
   * @param lemma the verb's lemma
   * @param particle the particle it needs ("out" in "point out"), or null
   * @param flags what it may introduce
   */
  public record Cue(String lemma, String particle, Set<CueFlag> flags) {}

  private final Map<String, List<Cue>> cues;
  private final Set<String> blockers;
  private final List<List<String>> accordingTo;
  private final Map<String, String> groups;
  private final Set<String> anonymous;
  private final Set<String> labelCues;
  private final Map<String, Double> confidence;
  private final Set<String> documents;
  private final Set<String> sourceNouns;

  private QuoteRules(Map<String, List<Cue>> cues, Set<String> blockers,
      List<List<String>> accordingTo, Map<String, String> groups, Set<String> anonymous,
      Set<String> labelCues, Map<String, Double> confidence, Set<String> documents,
      Set<String> sourceNouns) {
    this.documents = documents;
    this.sourceNouns = sourceNouns;
    this.cues = cues;
    this.blockers = blockers;
    this.accordingTo = accordingTo;
    this.groups = groups;
    this.anonymous = anonymous;
    this.labelCues = labelCues;
    this.confidence = confidence;
  }

  /**
   * The bundled rules.
   *
   * @return the rules of {@code models/rules/}, shared through the {@link ResourceCache}
   * @throws IllegalStateException if a rule file is missing
   */
  public static QuoteRules get() {
    return load(List.of());
  }

  /**
   * The bundled rules with the user's speech cues laid over them.
   *
   * @param speechCues files in the format of {@code speech-cues.txt}, read after the bundled
   *     one: a cue they repeat gains their flags
   * @return the rules, loaded once per distinct list of files
   * @throws IllegalArgumentException if a file is missing or malformed
   */
  public static QuoteRules load(List<Path> speechCues) {
    return load(Map.of(SPEECH_CUES, speechCues));
  }

  /** The key of the speech-cue files in {@link #load(Map)}. */
  public static final String SPEECH_CUES = "speechCues";

  /**
   * The rule files a user may lay over the bundled ones, by the key {@link #load(Map)} takes:
   * {@code speechCues} and the word lists of the same name ({@code cueBlockers} is {@code
   * cue-blockers.txt}).
   */
  public static final List<String> FILES = List.of(SPEECH_CUES, "cueBlockers", "accordingTo",
      "speakerGroups", "anonymousSources", "labelCues", "documents", "sourceNouns");

  /**
   * The bundled rules with the user's files laid over them, list by list.
   *
   * @param files by a key of {@link #FILES}, the files to lay over that bundled list, in order;
   *     a key left out adds none
   * @return the rules, loaded once per distinct set of files
   * @throws IllegalArgumentException if a key is unknown or a file is missing or malformed
   */
  public static QuoteRules load(Map<String, List<Path>> files) {
    for (String key : files.keySet()) {
      if (!FILES.contains(key)) {
        throw new IllegalArgumentException("unknown quote rule list " + key + "; known: " + FILES);
      }
    }
    // One cache key for all lists: their names and sizes, then every file in order.
    StringBuilder kind = new StringBuilder("quote-rules");
    List<Path> all = new ArrayList<>();
    for (String key : FILES) {
      List<Path> own = files.getOrDefault(key, List.of());
      if (!own.isEmpty()) {
        kind.append(' ').append(key).append('=').append(own.size());
        all.addAll(own);
      }
    }
    return ResourceCache.get(kind.toString(), all,
        () -> read(key -> files.getOrDefault(key, List.of())));
  }

  /**
   * The cues with this lemma (several when particles differ), possibly none.
   *
   * @param lemma a verb's lemma, in any case
   * @return its cues; empty when it is no speech cue
   */
  public List<Cue> cues(String lemma) {
    return cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Whether a verb with this lemma cancels the speech cues it governs.
   *
   * @param lemma a verb's lemma, in any case
   * @return true for a blocker ("refrain", "decline")
   */
  public boolean isBlocker(String lemma) {
    return blockers.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * The "according to" phrases, each as lower-case words.
   *
   * @return the phrases, in file order
   */
  public List<List<String>> accordingTo() {
    return accordingTo;
  }

  /**
   * The group kind (PERSON, STATE, ANY, GROUP) of a plural subject head, or null.
   *
   * @param head the subject's head word or lemma, in any case
   * @return the kind, or null when the head names no group
   */
  public String groupKind(String head) {
    return groups.get(head.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a subject with this head lemma is an unnamed source.
   *
   * @param lemma the subject's head lemma, in any case
   * @return true for an anonymous-source head ("official", say)
   */
  public boolean isAnonymousSource(String lemma) {
    return anonymous.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a noun with this lemma is a document that speaks for its issuer ("the statement").
   *
   * @param lemma the noun's lemma, in any case
   * @return true for a document noun of {@code documents.txt}
   */
  public boolean isDocument(String lemma) {
    return documents.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a noun with this lemma names a source that is no person: an organisation, medium,
   * group or text ("the newspaper wrote"; {@code source-nouns.txt}).
   *
   * @param lemma the noun's lemma, in any case
   * @return true for a noun of {@code source-nouns.txt}
   */
  public boolean isSourceNoun(String lemma) {
    return sourceNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether this word before a quotation mark makes the quoted words a label.
   *
   * @param word the word just before the opening mark, in any case
   * @return true for a label cue ("so-called", say)
   */
  public boolean isLabelCue(String word) {
    return labelCues.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The calibrated confidence of a route for a kind of quote.
   *
   * @param route how the speaker was found, such as {@code CUE_SUBJECT}
   * @param kind the {@link org.entente.QuoteKind} name, {@code DIRECT} or {@code INDIRECT}
   * @return a probability in [0, 1]: the route's, else the kind's default, else 0.5
   */
  public double confidence(String route, String kind) {
    Double v = confidence.get(route + "\t" + kind);
    return v != null ? v : confidence.getOrDefault("DEFAULT\t" + kind, 0.5);
  }

  private static QuoteRules read(java.util.function.Function<String, List<Path>> files) {
    List<Path> speechCues = files.apply(SPEECH_CUES);
    Splitter tab = Splitter.on('\t').trimResults();
    Map<String, List<Cue>> cues = new HashMap<>();
    for (String line : Rules.lines("models/rules/speech-cues.txt", speechCues)) {
      List<String> cols = tab.splitToList(line);
      List<String> words = Splitter.on(' ').omitEmptyStrings().splitToList(cols.get(0));
      EnumSet<CueFlag> flags = EnumSet.noneOf(CueFlag.class);
      if (cols.size() > 1) {
        Splitter.on(',').trimResults().omitEmptyStrings().split(cols.get(1))
            .forEach(f -> flags.add(flag(f, line)));
      }
      String lemma = words.get(0).toLowerCase(Locale.ROOT);
      String particle = words.size() > 1 ? words.get(1).toLowerCase(Locale.ROOT) : null;
      List<Cue> list = cues.computeIfAbsent(lemma, k -> new java.util.ArrayList<>());
      list.removeIf(c -> {
        if (java.util.Objects.equals(c.particle(), particle)) {
          flags.addAll(c.flags());
          return true;
        }
        return false;
      });
      list.add(new Cue(lemma, particle, Set.copyOf(flags)));
    }
    Map<String, String> groups = new HashMap<>();
    for (String line : Rules.lines("models/rules/speaker-groups.txt",
        files.apply("speakerGroups"))) {
      List<String> cols = tab.splitToList(line);
      if (cols.size() < 2) {
        throw new IllegalArgumentException("speaker group \"" + line
            + "\": want a word, a tab and its kind");
      }
      groups.put(cols.get(0).toLowerCase(Locale.ROOT), cols.get(1));
    }
    Map<String, Double> confidence = new HashMap<>();
    for (String line : Rules.lines("models/rules/quote-confidence.txt")) {
      List<String> cols = tab.splitToList(line);
      confidence.put(cols.get(0) + "\t" + cols.get(1), Double.parseDouble(cols.get(2)));
    }
    List<List<String>> according = Rules.lines("models/rules/according-to.txt",
        files.apply("accordingTo")).stream()
        .map(l -> Splitter.on(' ').omitEmptyStrings().splitToList(l.toLowerCase(Locale.ROOT)))
        .toList();
    Map<String, List<Cue>> frozen = new HashMap<>();
    cues.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new QuoteRules(Map.copyOf(frozen),
        lowerSet("models/rules/cue-blockers.txt", files.apply("cueBlockers")), according,
        Map.copyOf(groups),
        lowerSet("models/rules/anonymous-sources.txt", files.apply("anonymousSources")),
        lowerSet("models/rules/label-cues.txt", files.apply("labelCues")),
        Map.copyOf(confidence), lowerSet("models/rules/documents.txt", files.apply("documents")),
        lowerSet("models/rules/source-nouns.txt", files.apply("sourceNouns")));
  }

  private static CueFlag flag(String name, String line) {
    try {
      return CueFlag.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("speech cue \"" + line + "\": unknown flag " + name
          + "; known: " + java.util.Arrays.toString(CueFlag.values()), e);
    }
  }

  private static Set<String> lowerSet(String resource, List<Path> extra) {
    return Set.copyOf(Rules.lines(resource, extra).stream()
        .map(l -> l.toLowerCase(Locale.ROOT)).toList());
  }
}
