package org.entente;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Runs the README's JShell session through the {@code jdk.jshell} API, after the start-up script
 * {@code src/main/jshell/entente.jsh}, and checks that each line prints exactly the output the
 * README shows under it, all of it: the README cannot rot. The local execution engine runs the snippets in this JVM, so
 * CoreNLP's models (already cached by the other tests' pipeline) load in-process.
 */
class ReadmeJShellTest {
  private static final String PROMPT = "jshell> ";

  /** One README input line and the output lines shown under it. */
  record Step(String input, List<String> expected) {}

  @Test
  // JShell joins every thread of its snippets' group: a thread of ours left there blocks the
  // next snippet for good, which must fail the build, not stall it.
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void readmeSessionPrintsWhatTheReadmeShows() throws IOException {
    List<Step> steps = readmeSession(Files.readString(Path.of("README.md"), UTF_8));
    assertEquals(3, steps.size(), "the README shows three JShell lines: " + steps);
    assertTrue(steps.stream().anyMatch(s -> !s.expected().isEmpty()), "and what they print");

    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    PrintStream stdout = System.out;
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(classPath);
      run(shell, Files.readString(Path.of("src/main/jshell/entente.jsh"), UTF_8));
      for (Step step : steps) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, UTF_8));
        try {
          run(shell, step.input());
        } finally {
          System.setOut(stdout);
        }
        List<String> printed = bytes.toString(UTF_8).lines().toList();
        // every line, in order: a line the README leaves out is as wrong as one it invents
        assertEquals(step.expected(), printed, "what the README shows after '" + step.input()
            + "'");
      }
      run(shell, "extractor.close();");
    }
  }

  /** The {@code jshell>} lines of the README's first {@code ```jshell} block, with output. */
  static List<Step> readmeSession(String readme) {
    int start = readme.indexOf("```jshell\n");
    assertTrue(start >= 0, "README.md has a ```jshell block");
    String block = readme.substring(start + "```jshell\n".length(),
        readme.indexOf("\n```", start + 1));
    List<Step> steps = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith(PROMPT)) {
        steps.add(new Step(line.substring(PROMPT.length()), new ArrayList<>()));
      } else if (!line.isBlank() && !line.contains(" ==> ") && !steps.isEmpty()) {
        // JShell's own feedback ("x ==> ...") differs between its tool and this API.
        steps.get(steps.size() - 1).expected().add(line);
      }
    }
    return steps;
  }

  /** Evaluates every complete snippet of {@code source}, failing on any error or exception. */
  private static void run(JShell shell, String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      assertFalse(info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE,
          "incomplete snippet: " + rest);
      String snippet = info.source() == null ? rest : info.source();
      for (SnippetEvent e : shell.eval(snippet)) {
        if (e.status() == Snippet.Status.REJECTED) {
          fail("JShell rejected " + snippet + ": " + shell.diagnostics(e.snippet())
              .map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
        }
        assertNull(e.exception(), () -> snippet + " threw " + e.exception());
      }
      rest = info.source() == null ? "" : info.remaining();
    }
  }
}
