package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pipeline run as a whole process over the benchmark files, start-up included: how the
 * command line, JShell and short batch jobs use it.
 *
 * @param pipeline what ran ("entente extract", "plain CoreNLP")
 * @param seconds wall time from launch to exit
 * @param firstResultSeconds wall time from launch to its first line of output, or NaN when it
 *     writes to files
 * @param failure why it did not finish (exit code and the end of its error output), or null
 */
public record ProcessRun(String pipeline, double seconds, double firstResultSeconds,
    String failure) {

  /**
   * Runs {@code command} to its end, timing it and its first line on standard output (read and
   * dropped); its error output goes to a temporary file, whose end is kept when it fails.
   *
   * @param pipeline what runs, for the report
   * @param command the command line
   * @return the timing
   * @throws IOException if the process cannot be started
   */
  static ProcessRun time(String pipeline, List<String> command) throws IOException {
    Path err = Files.createTempFile("entente-bench-", ".err");
    try {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      double first = Double.NaN;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        if (out.readLine() != null) {
          first = (System.nanoTime() - t0) / 1e9;
        }
        while (out.readLine() != null) {
          // drain: a full pipe would stall the process
        }
      }
      int code;
      try {
        code = p.waitFor();
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        return new ProcessRun(pipeline, Double.NaN, first, "interrupted");
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      String failure = code == 0 ? null : "exit code " + code + ": " + tail(err);
      return new ProcessRun(pipeline, seconds, first, failure);
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = List.of(
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip().split("\n"));
    List<String> last = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    return String.join(" / ", last);
  }
}
