package org.entente.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExtractJob} in local mode writes what {@code Extractor.extract} (and so the CLI) does. */
class ExtractJobTest {
  // Texts written for this test.
  private static final Map<String, String> TEXTS = Map.of(
      "a.txt", "President Emmanuel Macron said on Monday that France would stand by Ukraine.\n"
          + "\"We will not waver,\" Macron told reporters in Paris.",
      "b.txt", "Japan and Australia signed a defence pact, Prime Minister Fumio Kishida said.\n"
          + "China condemned the agreement and warned both countries against joining NATO.",
      "c.txt", "India welcomed the Quad statement.\nNobody else commented.");

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    // Spark's INFO lines would drown the build log (the tests' SLF4J binding is slf4j-simple).
    for (String quiet : new String[] {"org.apache.spark", "org.apache.hadoop", "org.sparkproject"}) {
      System.setProperty("org.slf4j.simpleLogger.log." + quiet, "warn");
    }
    spark = SparkSession.builder().appName("entente-test").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.warehouse.dir",
            Path.of("target", "spark-warehouse").toAbsolutePath().toString())
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void textFolderGivesTheCliLines(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    for (var e : TEXTS.entrySet()) {
      Files.writeString(in.resolve(e.getKey()), e.getValue(), UTF_8);
    }
    Files.writeString(in.resolve("notes.md"), "not an article", UTF_8); // skipped, as by the CLI
    Path out = tmp.resolve("out");
    ExtractJob.run(spark, in.toString(), out.toString(), false);
    assertEquals(expected(), written(out));
  }

  @Test
  void jsonLinesGiveTheSameLines(@TempDir Path tmp) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (var e : TEXTS.entrySet()) {
      ObjectNode o = mapper.createObjectNode().put("id", e.getKey()).put("text", e.getValue());
      lines.add(mapper.writeValueAsString(o));
    }
    Path in = tmp.resolve("docs.jsonl");
    Files.write(in, lines, UTF_8);
    Path out = tmp.resolve("out");
    ExtractJob.run(spark, in.toString(), out.toString(), ExtractJob.Args.parse(
        new String[] {in.toString(), out.toString()}).jsonLines());
    assertEquals(expected(), written(out));
  }

  private static Map<String, String> expected() {
    Map<String, String> m = new TreeMap<>();
    TEXTS.forEach((id, text) -> m.put(id, SharedExtractor.get().extract(id, text).toJson()));
    return m;
  }

  private static Map<String, String> written(Path out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, UTF_8)) {
          String id = mapper.readTree(line).get("id").asText();
          assertEquals(null, m.put(id, line), "one line per document: " + id);
        }
      }
    }
    return m;
  }
}
