package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --out FILE} loses no work: each document's line is flushed as it is done, a
 * killed run is resumed with {@code --resume} to the very file one uninterrupted run writes, and
 * a second run writing the same file is refused while the first holds it.
 */
class ResumeTest {
  private static final String[] STATES = {"Japan", "Australia", "India", "Germany", "France",
      "Brazil", "Canada", "Kenya", "Poland", "Chile", "Norway", "Vietnam"};

  @TempDir static Path dir;
  static Path texts;
  static String uninterrupted;

  /** Short articles written for this test, and the output of one uninterrupted run over them. */
  @BeforeAll
  static void articlesAndOneUninterruptedRun() throws IOException {
    texts = Files.createDirectories(dir.resolve("texts"));
    for (int i = 0; i < 24; i++) {
      String a = STATES[i % STATES.length];
      String b = STATES[(i * 5 + 3) % STATES.length];
      Files.writeString(texts.resolve(String.format("doc-%02d.txt", i)), a + " and " + b
          + " agreed on Monday to deepen their defence ties, officials said. \"We stand together,\""
          + " the foreign minister of " + a + " said after talks in the capital.\n", UTF_8);
    }
    Path out = dir.resolve("uninterrupted.jsonl");
    assertEquals(0, Main.run("extract", "--out", out.toString(), texts.toString()));
    uninterrupted = Files.readString(out, UTF_8);
    assertEquals(24, uninterrupted.lines().count());
  }

  @Test
  void resumeKeepsCompleteLinesDropsATornOneAndAppendsTheRest() throws IOException {
    List<String> lines = uninterrupted.lines().toList();
    String third = lines.get(2);
    Path out = Files.writeString(dir.resolve("crashed.jsonl"), lines.get(0) + "\n"
        + lines.get(1) + "\n" + third.substring(0, third.length() / 2), UTF_8);
    assertEquals(0, Main.run("extract", "--resume", "--out", out.toString(), texts.toString()));
    assertEquals(uninterrupted, Files.readString(out, UTF_8));
    // all done: resuming again changes nothing
    assertEquals(0, Main.run("extract", "--resume", "--out", out.toString(), texts.toString()));
    assertEquals(uninterrupted, Files.readString(out, UTF_8));
    // without --resume the file is written afresh
    assertEquals(0, Main.run("extract", "--out", out.toString(), texts.resolve("doc-00.txt")
        .toString()));
    assertEquals(lines.get(0) + System.lineSeparator(), Files.readString(out, UTF_8));
  }

  @Test
  void aFileThatIsNotExtractsOutputIsNotResumed() throws IOException {
    String foreign = "first line\n{\"id\":\"doc-00.txt\"}\n";
    Path out = Files.writeString(dir.resolve("foreign.jsonl"), foreign, UTF_8);
    assertEquals(2, Main.run("extract", "--resume", "--out", out.toString(), texts.toString()));
    assertEquals(foreign, Files.readString(out, UTF_8), "left as it was");
  }

  @Test
  void aSecondWriterIsRefusedAndLeavesTheFileAlone() throws Exception {
    Path out = Files.writeString(dir.resolve("busy.jsonl"), "{\"id\":\"x\"}\n", UTF_8);
    try (OutputFile held = OutputFile.open(out, true)) {
      assertEquals(2, Main.run("extract", "--out", out.toString(), texts.toString()));
      assertEquals("{\"id\":\"x\"}\n", Files.readString(out, UTF_8), "not emptied");
    }
  }

  /**
   * A real kill: a second JVM runs {@code extract --out} and is killed (SIGKILL) once some lines
   * are out; {@code --resume} then completes the file to what one uninterrupted run writes.
   */
  @Test
  void aKilledRunResumesToTheUninterruptedOutput() throws IOException, InterruptedException {
    Path out = dir.resolve("killed.jsonl");
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", classPath, Main.class.getName(), "extract", "--threads", "1",
        "--out", out.toString(), texts.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.log").toFile()).start();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MINUTES.toNanos(3);
    long firstLine = 0;
    try {
      while (p.isAlive() && System.nanoTime() < deadline) {
        long lines = lineCount(out);
        if (lines > 0 && firstLine == 0) {
          firstLine = System.nanoTime();
        }
        if (lines >= 3) {
          break;
        }
        Thread.sleep(20);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush but what was flushed
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    long written = lineCount(out);
    System.out.printf("ResumeTest: in a fresh JVM (-Xmx2g), the first document's line after "
        + "%.1f s; killed after %d of 24 lines%n", (firstLine - start) / 1e9, written);
    assertTrue(written >= 1 && written < 24, "killed part-way: " + written + " lines\n"
        + Files.readString(dir.resolve("killed.log"), UTF_8));
    assertEquals(0, Main.run("extract", "--resume", "--out", out.toString(), texts.toString()));
    assertEquals(uninterrupted, Files.readString(out, UTF_8));
  }

  private static long lineCount(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, UTF_8).chars().filter(c -> c == '\n').count()
        : 0;
  }
}
