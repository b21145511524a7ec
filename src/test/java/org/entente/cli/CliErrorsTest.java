package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every usage error of the command line is one line on stderr and exit 2, found before any model
 * loads (so it takes milliseconds: no test here builds a pipeline).
 */
class CliErrorsTest {
  @TempDir Path dir;

  /** Runs the command line; returns the exit status and what it wrote to stderr. */
  private record Run(int status, String err) {}

  private static Run run(String... args) {
    PrintStream stderr = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, UTF_8));
    try {
      int status = Main.run(args);
      return new Run(status, bytes.toString(UTF_8));
    } finally {
      System.setErr(stderr);
    }
  }

  private void assertUsageError(String expected, String... args) {
    long t0 = System.nanoTime();
    Run r = run(args);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(2, r.status(), () -> String.join(" ", args) + " gave:\n" + r.err());
    // SLF4J's own start-up note: the test class path holds Spark's binding beside the CLI's.
    List<String> lines = r.err().lines().filter(l -> !l.startsWith("SLF4J(")).toList();
    assertEquals(1, lines.size(), () -> "one line, not:\n" + r.err());
    assertTrue(lines.get(0).contains(expected), () -> lines.get(0) + " says " + expected);
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertTrue(ms < 5_000, String.join(" ", args) + " took " + ms + " ms: no model loaded");
  }

  @Test
  void badValuesMissingPathsEmptyFoldersAndGazetteersAreOneLineAndExitTwo() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Japan backed the plan.");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "not an article");
    Path out = dir.resolve("out.jsonl");
    String g = good.toString();
    assertUsageError("--threads must be at least 1: 0", "extract", "--threads", "0", g);
    assertUsageError("--max-chars must be at least 1: -5", "extract", "--max-chars", "-5", g);
    assertUsageError("--time-budget must be a positive number", "extract", "--time-budget", "0", g);
    assertUsageError("'many' is not an int", "extract", "--max-chars", "many", g);
    assertUsageError("Unknown option: '--no-such-option'", "extract", "--no-such-option", g);
    assertUsageError("no such file or folder: " + dir.resolve("missing.txt"),
        "extract", "--out", out.toString(), g, dir.resolve("missing.txt").toString());
    assertUsageError("no .txt file in " + empty, "extract", "--out", out.toString(),
        empty.toString());
    assertUsageError("gazetteer file not found: " + dir.resolve("people-x.tsv"),
        "extract", "--gazetteer", dir.resolve("people-x.tsv").toString(), g);
    assertUsageError("gazetteer file name must start with one of", "extract", "--gazetteer", g, g);
    Path malformed = Files.writeString(dir.resolve("alliances-bad.tsv"), "XX\tX\n\tno id\n");
    assertUsageError(malformed + ":2: empty id", "extract", "--gazetteer", malformed.toString(), g);
    assertUsageError("--resume needs --out FILE", "extract", "--resume", g);
    // An own-articles folder asked for must exist (only the default may be absent).
    assertUsageError("--own " + dir.resolve("no-such") + ": no gold/ folder", "train-stances",
        "--dry-run", "--own", dir.resolve("no-such").toString());
    assertUsageError("--own-weights [0.0, -1.0]: each must be finite and >= 0",
        "train-stances", "--dry-run", "--own-weights=0,-1");
    assertUsageError("--l2 [0.01, NaN]: each must be finite and >= 0",
        "train-stances", "--dry-run", "--l2=0.01,NaN");
    assertUsageError("--repeat must be at least 1: 0", "bench", "--repeat", "0", g);
    assertUsageError("no .txt file in " + empty, "report", "--out", out.toString(),
        empty.toString());
    assertUsageError("a command is required", new String[0]);
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void builderNamesTheBadValueOrFile() throws IOException {
    Path missing = dir.resolve("people-extra.tsv");
    Exception e = assertThrows(IllegalArgumentException.class,
        () -> Extractor.builder().gazetteer(missing));
    assertEquals("gazetteer file not found: " + missing, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Extractor.builder().gazetteer(dir));
    assertEquals("gazetteer is not a file: " + dir, e.getMessage());
    Path unnamed = Files.writeString(dir.resolve("extra.tsv"), "");
    e = assertThrows(IllegalArgumentException.class, () -> Extractor.builder().gazetteer(unnamed));
    assertTrue(e.getMessage().endsWith(": " + unnamed), e.getMessage());
    // a malformed row is found when build() reads the files, before the CoreNLP models load
    Path bad = Files.writeString(dir.resolve("states-bad.tsv"), "\tNowhere\n");
    long t0 = System.nanoTime();
    e = assertThrows(IllegalArgumentException.class,
        () -> Extractor.builder().gazetteer(bad).build());
    assertEquals(bad + ":1: empty id", e.getMessage());
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "before the models load");
    e = assertThrows(IllegalArgumentException.class, () -> Extractor.builder().threads(0));
    assertEquals("threads must be positive: 0", e.getMessage());
  }
}
