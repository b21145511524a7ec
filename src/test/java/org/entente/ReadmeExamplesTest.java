package org.entente;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples, run: the complete program of "As a Maven library" is compiled and run,
 * and the {@code extract --format table} command of "Tables and CSV" is run; each must print
 * exactly the output block the README shows under it, every line, not just some of them.
 */
class ReadmeExamplesTest {
  @TempDir Path dir;

  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"), UTF_8);
  }

  /** The body of the fenced block that opens with {@code fence} at or after {@code from}. */
  static String block(String readme, String fence, int from) {
    int start = readme.indexOf("\n" + fence + "\n", from);
    assertTrue(start >= 0, "README.md has a " + fence + " block after offset " + from);
    int body = start + fence.length() + 2;
    return readme.substring(body, readme.indexOf("\n```\n", body) + 1);
  }

  /** Runs {@code action} and returns what it printed on System.out. */
  private static String stdout(ThrowingRunnable action) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(out);
    }
    return bytes.toString(UTF_8);
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void mavenLibraryProgramPrintsWhatTheReadmeShows() throws Exception {
    String readme = readme();
    int section = readme.indexOf("\n## As a Maven library");
    assertTrue(section >= 0, "README.md has the section");
    String source = block(readme, "```java", section);
    assertTrue(source.contains("public class Example"), source);
    String expected = block(readme, "```text", readme.indexOf(source, section));

    Path src = Files.writeString(dir.resolve("Example.java"), source, UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    boolean ok = javac.getTask(diagnostics, null, null, List.of("-classpath", classPath,
        "-d", dir.toString(), "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjects(src)).call();
    assertTrue(ok, "the README's program compiles without warnings:\n" + diagnostics);

    // This class loader's parent holds entente and CoreNLP, so the models loaded by the other
    // tests are reused.
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      String printed = stdout(() -> main.invoke(null, (Object) new String[0]));
      assertEquals(expected, printed);
    }
  }

  /**
   * Every other Java fragment of the README compiles, in a method that has what the prose says
   * it has: {@code text}, {@code documents} and an {@code extractor}. The service's and Spark's
   * fragments are left to their own sections' tests.
   */
  @Test
  void javaFragmentsCompile() throws Exception {
    String readme = readme();
    List<Path> sources = new ArrayList<>();
    // fenced blocks, indented ones (in a list item) too
    Matcher m = Pattern.compile("\n( *)```java\n(.*?)\n\\1```\n", Pattern.DOTALL)
        .matcher(readme);
    while (m.find()) {
      int at = m.start();
      String fragment = m.group(2);
      int section = readme.lastIndexOf("\n## ", at) + 1;
      int subsection = Math.max(section, readme.lastIndexOf("\n### ", at) + 1);
      String heading = readme.substring(section, readme.indexOf('\n', section)) + " / "
          + readme.substring(subsection, readme.indexOf('\n', subsection));
      if (fragment.contains("public class") || heading.contains("Service mode")
          || heading.contains("Spark")) {
        continue;
      }
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : fragment.split("\n")) {
        if (line.strip().startsWith("import ")) {
          imports.append(line.strip()).append('\n'); // the fragment's own, kept
        } else {
          body.append("    ").append(line).append('\n');
        }
      }
      String name = "ReadmeFragment" + sources.size();
      sources.add(Files.writeString(dir.resolve(name + ".java"), """
          import edu.stanford.nlp.pipeline.*;
          import java.nio.file.*;
          import java.time.*;
          import java.util.*;
          import java.util.stream.*;
          import org.entente.*;
          import org.entente.annotators.*;
          %s
          class %s {
            Extractor extractor;

            void run(String text, Stream<Document> documents) throws Exception {
          %s  }
          }
          """.formatted(imports, name, body), UTF_8));
    }
    assertTrue(sources.size() >= 4, "the Java API's fragments were found: " + sources.size());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    boolean ok = javac.getTask(diagnostics, null, null, List.of("-classpath", classPath,
            "-d", dir.toString()), null,
        javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjects(
            sources.toArray(Path[]::new))).call();
    assertTrue(ok, "the README's Java fragments compile:\n" + diagnostics);
  }

  @Test
  void tableCommandPrintsWhatTheReadmeShows() throws Exception {
    String readme = readme();
    String prompt = "$ java -jar target/entente.jar extract --format table ";
    int at = readme.indexOf("\n" + prompt);
    assertTrue(at >= 0, "README.md shows the table command");
    String line = readme.substring(at + 1, readme.indexOf('\n', at + 1));
    String expected = readme.substring(readme.indexOf('\n', at + 1) + 1,
        readme.indexOf("\n```\n", at) + 1);
    String command = line.substring("$ java -jar target/entente.jar ".length())
        .replace(" 2>/dev/null", "");
    List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
    String printed = stdout(() -> assertEquals(0, Main.run(args.toArray(String[]::new))));
    assertEquals(expected, printed);
  }
}
