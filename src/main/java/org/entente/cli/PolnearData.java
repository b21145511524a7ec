package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The PolNeAR training corpus the {@code train-*} commands read ({@code texts/} and
 * {@code attributions.jsonl}), as a picocli mixin: one {@code --data} option, one check, one
 * reader; each command turns a gold line into its own record.
 */
final class PolnearData {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/polnear/train",
      description = "Training corpus folder (default: ${DEFAULT-VALUE}).")
  Path data;

  /** Whether the corpus is there; if not, says so on {@code err}. */
  boolean present(PrintWriter err) {
    if (Files.isDirectory(data.resolve("texts"))
        && Files.exists(data.resolve("attributions.jsonl"))) {
      return true;
    }
    err.println("no training corpus at " + data + " (texts/ and attributions.jsonl)");
    return false;
  }

  /** The articles' text files, sorted by name. */
  List<Path> texts() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("texts"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The gold attributions by article file name, each line read by {@code row}. */
  <T> Map<String, List<T>> gold(Function<JsonNode, T> row) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<T>> out = new HashMap<>();
    for (String line : Files.readAllLines(data.resolve("attributions.jsonl"),
        StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        out.computeIfAbsent(n.get("doc").asText(), k -> new ArrayList<>()).add(row.apply(n));
      }
    }
    return out;
  }
}
