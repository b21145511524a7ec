package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entente.ActorKind;
import org.entente.Polarity;
import org.entente.QuoteKind;

/** Reads the gold files of a corpus: {@code CORPUS_DIR/gold/*.json} (see GOLD_FORMAT.md). */
public final class GoldReader {
  private GoldReader() {}

  /**
   * The gold documents under {@code corpusDir/gold}, keyed by their {@code doc}, in file-name
   * order; empty when there is no such folder. As in score.py, a later file with the same
   * {@code doc} replaces an earlier one.
   *
   * @param corpusDir the corpus folder, which holds {@code gold/} and {@code texts/}
   * @return the gold documents by {@link GoldDocument#doc()}
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file is not valid gold
   */
  public static ImmutableMap<String, GoldDocument> readCorpus(Path corpusDir) throws IOException {
    Path dir = corpusDir.resolve("gold");
    if (!Files.isDirectory(dir)) {
      return ImmutableMap.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      // pathlib's glob("*.json") matches hidden files too, and sorts by name.
      files = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted().toList();
    }
    Map<String, GoldDocument> gold = new LinkedHashMap<>();
    for (Path f : files) {
      GoldDocument g = read(f);
      gold.put(g.doc(), g);
    }
    return ImmutableMap.copyOf(gold);
  }

  /**
   * One gold file.
   *
   * @param file a {@code gold/<doc>.json} file, in UTF-8
   * @return its gold document
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a valid gold object; the message names the file
   */
  public static GoldDocument read(Path file) throws IOException {
    JsonNode node;
    try {
      node = JsonTrees.MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(node);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A gold object already parsed into a tree.
   *
   * @param node the object, or null
   * @return its gold document
   * @throws IllegalArgumentException if it is not a valid gold object
   */
  public static GoldDocument parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("gold is not a JSON object");
    }
    String doc = required(node, "doc");
    ImmutableList.Builder<GoldActor> actors = ImmutableList.builder();
    for (JsonNode a : JsonTrees.elements(node, "actors")) {
      actors.add(new GoldActor(required(a, "id"), kind(a, "kind", ActorKind::valueOf),
          JsonTrees.text(a.get("name")), JsonTrees.text(a.get("country")),
          a.path("anonymous").asBoolean(false)));
    }
    ImmutableList.Builder<GoldQuote> quotes = ImmutableList.builder();
    for (JsonNode q : JsonTrees.elements(node, "quotes")) {
      quotes.add(new GoldQuote(kind(q, "kind", QuoteKind::valueOf),
          JsonTrees.strings(q.get("speaker")), required(q, "text")));
    }
    ImmutableList.Builder<GoldStance> stances = ImmutableList.builder();
    for (JsonNode s : JsonTrees.elements(node, "stances")) {
      stances.add(new GoldStance(JsonTrees.strings(s.get("holder")),
          JsonTrees.strings(s.get("target")), kind(s, "polarity", Polarity::valueOf),
          JsonTrees.text(s.get("evidence"))));
    }
    return new GoldDocument(doc, actors.build(), JsonTrees.idsOf(node.get("alliances")),
        quotes.build(), stances.build());
  }

  private static String required(JsonNode object, String field) {
    String value = object.isObject() ? JsonTrees.text(object.get(field)) : null;
    if (value == null) {
      throw new IllegalArgumentException("missing string field \"" + field + "\" in " + object);
    }
    return value;
  }

  private static <E extends Enum<E>> E kind(JsonNode object, String field, Function<String, E> f) {
    String value = JsonTrees.text(object.get(field));
    if (value == null) {
      return null;
    }
    try {
      return f.apply(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + field + " \"" + value + "\" in " + object, e);
    }
  }
}
