package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Extraction;
import org.entente.Html;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract, end to end: one JSON line per document, exit 0, 1 or 2. */
class ExtractCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Germany backed the plan, Chancellor Olaf Scholz said.";
  private static final String HTML = "<!DOCTYPE html><html><body><p>Japan and Australia agreed "
      + "to deepen defence ties.</p><script>alert('Russia')</script></body></html>";

  @TempDir Path dir;

  private Map<String, JsonNode> lines(Path out) throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out, UTF_8)) {
      JsonNode node = JSON.readTree(line);
      assertTrue(byId.put(node.get("id").asText(), node) == null, "one line per document");
    }
    return byId;
  }

  private static String errorType(JsonNode line) {
    return line.has("error") ? line.get("error").get("type").asText() : null;
  }

  @Test
  void everyDocumentGetsOneLineAndBadOnesAnErrorLine() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("binary.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0});
    Path latin1 = Files.write(dir.resolve("latin1.txt"),
        "Le pr\u00e9sident a parl\u00e9.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path page = Files.writeString(dir.resolve("page.html"), HTML);
    Path big = Files.writeString(dir.resolve("big.txt"), "Germany backed the plan. ".repeat(600));
    Path huge = Files.writeString(dir.resolve("huge.txt"), "x".repeat(40_000));
    Path out = dir.resolve("out.jsonl");
    List<String> args = new ArrayList<>(List.of("extract", "--out", out.toString(),
        "--max-chars", "10000"));
    for (Path p : List.of(good, empty, binary, latin1, page, big, huge)) {
      args.add(p.toString());
    }

    assertEquals(1, Main.run(args.toArray(String[]::new)));

    Map<String, JsonNode> lines = lines(out);
    assertEquals(List.of("good.txt", "empty.txt", "binary.txt", "latin1.txt", "page.html",
        "big.txt", "huge.txt"), List.copyOf(lines.keySet()), "in input order");
    Extraction g = Extraction.fromJson(lines.get("good.txt").toString());
    assertEquals(SharedExtractor.get().extract("good.txt", GOOD), g);
    assertEquals("und", lines.get("empty.txt").get("language").asText());
    assertEquals("binary", errorType(lines.get("binary.txt")));
    assertEquals("encoding", errorType(lines.get("latin1.txt")));
    assertEquals("too-large", errorType(lines.get("big.txt")), "over --max-chars once read");
    assertEquals("too-large", errorType(lines.get("huge.txt")), "refused before it is read");
    Extraction p = Extraction.fromJson(lines.get("page.html").toString());
    assertEquals(SharedExtractor.get().extract("page.html", Html.toText(HTML)), p);
    assertFalse(lines.get("page.html").toString().contains("RUS"), "scripts are not text");
  }

  @Test
  void allGoodIsExitZeroAndHtmlOptionReadsHtmlFilesFromFolders() throws IOException {
    Files.writeString(dir.resolve("a.txt"), GOOD);
    Files.writeString(dir.resolve("b.html"), "<p>India welcomed the statement.</p>");
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, Main.run("extract", "--out", out.toString(), dir.toString()));
    assertEquals(List.of("a.txt"), List.copyOf(lines(out).keySet()));
    assertEquals(0, Main.run("extract", "--html", "--out", out.toString(), dir.toString()));
    Map<String, JsonNode> lines = lines(out);
    assertEquals(List.of("a.txt", "b.html"), List.copyOf(lines.keySet()));
    assertEquals("IND", lines.get("b.html").get("actors").get(0).get("id").asText());
  }

  @Test
  void dateOptionGivesTheMembersOfThatDay() throws IOException {
    Path article = Files.writeString(dir.resolve("nato.txt"), "NATO allies met in Brussels.");
    Path out = dir.resolve("out.jsonl");
    for (String[] dateAndCount : new String[][] {{"2024-03-01", "31"}, {"2024-03-08", "32"}}) {
      assertEquals(0, Main.run("extract", "--date", dateAndCount[0], "--out", out.toString(),
          article.toString()));
      JsonNode nato = lines(out).get("nato.txt").get("alliances").get(0);
      assertEquals("NATO", nato.get("id").asText());
      assertEquals(Integer.parseInt(dateAndCount[1]), nato.get("members").size(), dateAndCount[0]);
    }
  }

  @Test
  void usageErrorsAreExitTwoAndProcessNothing() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
    assertEquals(2, Main.run("extract", "--out", out.toString(), good.toString(),
        dir.resolve("missing.txt").toString()));
    assertFalse(Files.exists(out), "nothing written");
    assertEquals(2, Main.run("extract", "--no-such-option", good.toString()));
    assertEquals(2, Main.run("extract", "--max-chars", "many", good.toString()));
    assertEquals(2, Main.run(new String[0]));
  }
}
