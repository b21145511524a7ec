package org.entente.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.entente.Extraction;
import org.entente.QuoteKind;

/**
 * Scores system output against gold exactly as score.py does: same text normalisation, same
 * surname rule, same quote rule, same micro-averaging and rounding.
 *
 * <p>System output is read as JSON trees, so lines from other tools score too; where score.py
 * would fail on a malformed value (a non-string id, a quote that is not an object) this scorer
 * leaves the value out instead.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores a JSON Lines file, one extraction per line.
   *
   * @param gold the gold documents by {@link GoldDocument#doc()}, as {@link GoldReader#readCorpus}
   *     gives them
   * @param jsonl the system's output, in UTF-8
   * @return the scores
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not JSON
   */
  public static ScoreReport score(Map<String, GoldDocument> gold, Path jsonl) throws IOException {
    return score(gold, readJsonLines(jsonl));
  }

  /**
   * Scores extractions, as if written one per line by {@link Extraction#toJson()}.
   *
   * @param gold the gold documents by {@link GoldDocument#doc()}
   * @param extractions the system's extractions, whose ids name the gold documents
   * @return the scores
   */
  public static ScoreReport scoreExtractions(
      Map<String, GoldDocument> gold, List<Extraction> extractions) {
    List<JsonNode> trees = new ArrayList<>();
    for (Extraction x : extractions) {
      trees.add(parseLine(x.toJson()));
    }
    return score(gold, trees);
  }

  /**
   * Scores parsed output lines. Each is matched to gold by the file name of its {@code id}
   * ({@code texts/a.txt} is {@code a.txt}); of lines with the same name, the last counts.
   *
   * @param gold the gold documents by {@link GoldDocument#doc()}
   * @param lines the output lines; nulls and non-objects are skipped
   * @return the scores; a gold document with no line scores as an empty extraction
   */
  public static ScoreReport score(Map<String, GoldDocument> gold, List<JsonNode> lines) {
    Map<String, JsonNode> byDoc = new HashMap<>();
    for (JsonNode line : lines) {
      if (line != null && line.isObject()) {
        byDoc.put(docName(line), line);
      }
    }
    Map<Field, Counts> counts = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      counts.put(f, Counts.ZERO);
    }
    Map<QuoteKind, Attribution> attribution = new EnumMap<>(QuoteKind.class);
    for (QuoteKind k : QuoteKind.values()) {
      attribution.put(k, new Attribution(0, 0));
    }
    for (GoldDocument g : gold.values()) {
      JsonNode s = byDoc.getOrDefault(g.doc(), JsonTrees.MAPPER.createObjectNode());
      new DocumentScorer(g, s).addTo(counts, attribution);
    }
    ImmutableList<String> missing = gold.keySet().stream().filter(d -> !byDoc.containsKey(d))
        .collect(ImmutableList.toImmutableList());
    return new ScoreReport(ImmutableMap.copyOf(counts), ImmutableMap.copyOf(attribution),
        gold.size(), missing);
  }

  /**
   * The non-blank lines of a JSON Lines file, parsed.
   *
   * @param jsonl the file, in UTF-8
   * @return one tree per non-blank line, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is not JSON
   */
  public static ImmutableList<JsonNode> readJsonLines(Path jsonl) throws IOException {
    ImmutableList.Builder<JsonNode> out = ImmutableList.builder();
    for (String line : Files.readString(jsonl, UTF_8).split("\r\n|\r|\n")) {
      if (!line.isBlank()) {
        out.add(parseLine(line));
      }
    }
    return out.build();
  }

  private static JsonNode parseLine(String line) {
    try {
      return JsonTrees.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON line: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * score.py's {@code Path(str(d.get("id", ""))).name}: the last path component, where empty and
   * {@code .} components do not count, and a null id is Python's {@code None}.
   */
  static String docName(JsonNode line) {
    JsonNode id = line.get("id");
    String s;
    if (id == null) {
      s = "";
    } else if (id.isTextual()) {
      s = id.textValue();
    } else if (id.isNull()) {
      s = "None";
    } else if (id.isBoolean()) {
      s = id.booleanValue() ? "True" : "False";
    } else {
      s = id.toString();
    }
    String name = "";
    for (String part : s.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        name = part;
      }
    }
    return name;
  }

  /** score.py's {@code set_match}: duplicates dropped, then matches counted on both sides. */
  static <T> Counts setMatch(List<T> system, List<T> gold, BiPredicate<T, T> eq) {
    List<T> s = List.copyOf(new LinkedHashSet<>(system));
    List<T> g = List.copyOf(new LinkedHashSet<>(gold));
    int tpSystem = (int) s.stream().filter(x -> g.stream().anyMatch(y -> eq.test(x, y))).count();
    int tpGold = (int) g.stream().filter(y -> s.stream().anyMatch(x -> eq.test(x, y))).count();
    return new Counts(tpSystem, s.size(), tpGold, g.size());
  }

  /** Actors are scored on people and states only; the kind may be null. */
  private static boolean isScoredKind(String kind) {
    return "PERSON".equals(kind) || "STATE".equals(kind);
  }

  /** One (holder, target, polarity) triple; polarity may be null. */
  record StanceTuple(String holder, String target, String polarity) {}

  /** The scoring of one document: its gold, the system's line, and the id kinds they define. */
  private static final class DocumentScorer {
    private final GoldDocument gold;
    private final JsonNode system;
    // HashMap: kinds may be null, as in score.py's dict.
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> country = new HashMap<>();
    private final IdMatcher ids = new IdMatcher(kinds);

    DocumentScorer(GoldDocument gold, JsonNode system) {
      this.gold = gold;
      this.system = system;
      // Gold kinds and countries first (a later gold duplicate wins), the system's only for ids
      // the gold lacks: a system cannot make its own id a person to get the surname rule.
      for (GoldActor a : gold.actors()) {
        kinds.put(a.id(), a.kind() == null ? null : a.kind().name());
        if (a.country() != null && !a.country().isEmpty()) {
          country.put(a.id(), a.country());
        }
      }
      for (JsonNode a : JsonTrees.elements(system, "actors")) {
        String id = a.isObject() ? JsonTrees.truthyId(a) : null;
        if (id != null) {
          if (!kinds.containsKey(id)) {
            kinds.put(id, JsonTrees.text(a.get("kind")));
          }
          String c = JsonTrees.text(a.get("country"));
          if (c != null && !c.isEmpty()) {
            country.putIfAbsent(id, c);
          }
        }
      }
    }

    void addTo(Map<Field, Counts> counts, Map<QuoteKind, Attribution> attribution) {
      List<String> goldActors = gold.actors().stream()
          .filter(a -> a.kind() != null && isScoredKind(a.kind().name()))
          .map(GoldActor::id).toList();
      List<String> systemActors = JsonTrees.elements(system, "actors").stream()
          .filter(a -> a.isObject() && isScoredKind(JsonTrees.text(a.get("kind"))))
          .map(a -> JsonTrees.text(a.get("id"))).filter(id -> id != null).toList();
      add(counts, Field.ACTORS, setMatch(systemActors, goldActors, ids::matches));
      add(counts, Field.ALLIANCES, setMatch(JsonTrees.idsOf(system.get("alliances")),
          gold.alliances(), String::equals));
      scoreQuotes(QuoteKind.DIRECT, Field.QUOTES_DETECT, Field.QUOTES_E2E, counts, attribution);
      scoreQuotes(QuoteKind.INDIRECT, Field.INDIRECT_DETECT, Field.INDIRECT_E2E, counts,
          attribution);
      List<StanceTuple> systemStances = List.copyOf(systemStances());
      List<StanceTuple> goldStances = List.copyOf(goldStances());
      add(counts, Field.STANCES, setMatch(systemStances, goldStances, (x, y) ->
          ids.matches(x.holder(), y.holder()) && ids.matches(x.target(), y.target())
              && Objects.equals(x.polarity(), y.polarity())));
      add(counts, Field.STANCES_LENIENT, setMatch(systemStances, goldStances, (x, y) ->
          lenient(x.holder(), y.holder()) && lenient(x.target(), y.target())
              && Objects.equals(x.polarity(), y.polarity())));
    }

    /** The lenient stance rule: ids match, or both stand for the same country. */
    private boolean lenient(String a, String b) {
      return ids.matches(a, b) || country.getOrDefault(a, a).equals(country.getOrDefault(b, b));
    }

    private void scoreQuotes(QuoteKind kind, Field detect, Field e2e, Map<Field, Counts> counts,
        Map<QuoteKind, Attribution> attribution) {
      List<JsonNode> sq = JsonTrees.elements(system, "quotes").stream()
          .filter(q -> q.isObject() && kind.name().equals(JsonTrees.text(q.get("kind"))))
          .toList();
      List<GoldQuote> gq = gold.quotes().stream().filter(q -> q.kind() == kind).toList();
      Set<Integer> matchedSystem = new LinkedHashSet<>();
      int tpGold = 0;
      int tpGoldE2e = 0;
      for (GoldQuote g : gq) {
        boolean hit = false;
        boolean rightSpeaker = false;
        for (int i = 0; i < sq.size(); i++) {
          if (QuoteMatcher.matches(JsonTrees.text(sq.get(i).get("text")), g.text())) {
            hit = true;
            matchedSystem.add(i);
            rightSpeaker |= speakersEqual(speakers(sq.get(i)), g.speakers());
          }
        }
        tpGold += hit ? 1 : 0;
        tpGoldE2e += rightSpeaker ? 1 : 0;
      }
      int correctSystem = 0;
      for (JsonNode s : sq) {
        String text = JsonTrees.text(s.get("text"));
        List<String> sp = speakers(s);
        if (gq.stream().anyMatch(g -> QuoteMatcher.matches(text, g.text())
            && speakersEqual(sp, g.speakers()))) {
          correctSystem++;
        }
      }
      add(counts, detect, new Counts(matchedSystem.size(), sq.size(), tpGold, gq.size()));
      add(counts, e2e, new Counts(correctSystem, sq.size(), tpGoldE2e, gq.size()));
      attribution.merge(kind, new Attribution(tpGoldE2e, tpGold), Attribution::plus);
    }

    /** {@code speakers} when the quote has that field (even null), else {@code speaker}. */
    private static List<String> speakers(JsonNode quote) {
      return JsonTrees.strings(quote.has("speakers") ? quote.get("speakers") : quote.get("speaker"));
    }

    /** score.py's {@code speakers_equal}: as many distinct ids, each gold one matched. */
    private boolean speakersEqual(List<String> system, List<String> gold) {
      if (system.isEmpty() || gold.isEmpty()
          || Set.copyOf(system).size() != Set.copyOf(gold).size()) {
        return false;
      }
      return gold.stream().allMatch(g -> system.stream().anyMatch(s -> ids.matches(s, g)));
    }

    private Set<StanceTuple> systemStances() {
      Set<StanceTuple> out = new LinkedHashSet<>();
      for (JsonNode st : JsonTrees.elements(system, "stances")) {
        if (st.isObject()) {
          JsonNode p = st.get("polarity");
          // A non-string polarity never equals gold's; keep it distinct as Python would.
          String polarity = p == null || p.isNull() ? null : p.isTextual() ? p.textValue()
              : p.toString();
          tuples(JsonTrees.strings(st.get("holder")), JsonTrees.strings(st.get("target")),
              polarity, out);
        }
      }
      return out;
    }

    private Set<StanceTuple> goldStances() {
      Set<StanceTuple> out = new LinkedHashSet<>();
      for (GoldStance st : gold.stances()) {
        tuples(st.holders(), st.targets(),
            st.polarity() == null ? null : st.polarity().name(), out);
      }
      return out;
    }

    private static void tuples(List<String> holders, List<String> targets, String polarity,
        Set<StanceTuple> out) {
      for (String h : holders) {
        for (String t : targets) {
          out.add(new StanceTuple(h, t, polarity));
        }
      }
    }

    private static void add(Map<Field, Counts> counts, Field field, Counts c) {
      counts.merge(field, c, Counts::plus);
    }
  }
}
