package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses of {@code evaluate} (the CoreNLP comparison is left to manual runs). */
class EvaluateCliTest {
  @TempDir Path dir;

  private Path output() {
    return new TestCorpus(dir)
        .gold("a.txt", "{'doc': 'a.txt', 'actors': [], 'alliances': ['NATO', 'EU'],"
            + " 'quotes': [], 'stances': []}")
        .output("{'id': 'a.txt', 'alliances': ['NATO']}");
  }

  private int run(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "evaluate";
    all[1] = "--gold";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.run(all);
  }

  @Test
  void zeroWhenFloorsAreMet() {
    String out = output().toString();
    assertEquals(0, run(out));
    assertEquals(0, run("--json", out, "--min", "alliances=0.6", "actors=1"));
  }

  @Test
  void oneBelowAFloorOrWithMissingDocuments() {
    String out = output().toString();
    assertEquals(1, run(out, "--min", "alliances=0.7"));
    new TestCorpus(dir).gold("b.txt", "{'doc': 'b.txt'}");
    assertEquals(1, run(out));
  }

  @Test
  void aSavedBaselineIsComparedWithoutRunningCoreNlp() throws java.io.IOException {
    TestCorpus corpus = new TestCorpus(dir).gold("q.txt", "{'doc': 'q.txt', 'actors': [],"
        + " 'alliances': [], 'stances': [], 'quotes': [{'kind': 'DIRECT', 'speaker': 'ana-berg',"
        + " 'text': 'We will fix every road'}, {'kind': 'DIRECT', 'speaker': 'ana-berg',"
        + " 'text': 'The bridge comes first'}]}");
    Path baseline = java.nio.file.Files.move(corpus.output("{'id': 'q.txt', 'quotes': [{'kind':"
        + " 'DIRECT', 'text': 'We will fix every road', 'speakers': []}]}"),
        dir.resolve("corenlp.jsonl"));
    String ours = corpus.output("{'id': 'q.txt', 'quotes': [{'kind': 'DIRECT', 'text':"
        + " 'We will fix every road', 'speakers': ['ana-berg']}, {'kind': 'DIRECT', 'text':"
        + " 'The bridge comes first', 'speakers': ['ana-berg']}]}").toString();
    java.io.PrintStream stdout = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(0, run(ours, "--compare-corenlp", "--baseline-in", baseline.toString()));
    } finally {
      System.setOut(stdout);
    }
    String report = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertTrue(report.contains("direct quotes found: entente R "
        + "1.000 at P 1.000, corenlp R 0.500 at P 1.000: entente finds at least as many"), report);
    assertEquals(2, run(ours, "--compare-corenlp", "--baseline-in", baseline.toString(),
        "--texts", dir.toString()));
    assertEquals(2, run(ours, "--baseline-in", baseline.toString()));
  }

  @Test
  void twoOnUsageErrors() {
    String out = output().toString();
    assertEquals(2, run(out, "--min", "alliance=0.7"));
    assertEquals(2, run());
    assertEquals(2, run(dir.resolve("absent.jsonl").toString()));
    assertEquals(2, run("--texts", dir.toString(), out));
    assertEquals(2, Main.run("evaluate", "--gold", dir.resolve("empty").toString(), out));
  }
}
