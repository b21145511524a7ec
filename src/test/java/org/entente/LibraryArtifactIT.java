package org.entente;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a project that depends on entente gets: runs after {@code package} (the {@code artifact}
 * execution of Surefire, integration-test phase), on the jars the build made.
 *
 * <p>The consumer check installs the library jar and its POM into a temporary local repository
 * and runs Maven on a consumer project that depends on it, with every remote repository mirrored
 * to the build's own local repository: no network, and only POMs are copied (the dependency
 * tree needs no jar), so it takes seconds.
 */
class LibraryArtifactIT {
  /** Group ids or coordinates that only the command line needs: never a library user's. */
  private static final List<String> CLI_ONLY = List.of("info.picocli:", "me.tongfei:",
      "org.jline:", "org.webjars", "com.fasterxml.jackson.dataformat:jackson-dataformat-csv:",
      "org.slf4j:slf4j-simple:", "ch.qos.logback:", "org.slf4j:slf4j-reload4j:",
      "org.slf4j:slf4j-jdk14:", "org.apache.logging.log4j:log4j-slf4j");

  @TempDir Path dir;

  private static String property(String name) {
    String value = System.getProperty(name);
    assumeTrue(value != null, name + " not set: run through `mvn verify`; library artifact "
        + "checks skipped");
    return value;
  }

  private static Path libraryJar() {
    Path jar = Path.of(property("entente.libraryJar"));
    assertTrue(Files.isRegularFile(jar), "package built " + jar);
    return jar;
  }

  @Test
  void libraryJarHasNoClassPathAndTheCliJarRunsFromLib() throws IOException {
    try (JarFile lib = new JarFile(libraryJar().toFile())) {
      Attributes main = lib.getManifest().getMainAttributes();
      assertNull(main.getValue(Attributes.Name.CLASS_PATH), "library jar: no Class-Path");
      assertNull(main.getValue(Attributes.Name.MAIN_CLASS), "library jar: no Main-Class");
      assertEquals("org.entente", main.getValue("Automatic-Module-Name"));
    }
    Path cli = Path.of(property("entente.cliJar"));
    try (JarFile jar = new JarFile(cli.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertEquals("org.entente.cli.Main", main.getValue(Attributes.Name.MAIN_CLASS));
      for (String entry : main.getValue(Attributes.Name.CLASS_PATH).split(" ")) {
        assertTrue(entry.startsWith("lib/") && Files.isRegularFile(cli.resolveSibling(entry)),
            "every Class-Path entry of the CLI jar is in lib/ beside it: " + entry);
      }
    }
  }

  @Test
  void consumerProjectResolvesNoCliOnlyDependency() throws IOException, InterruptedException {
    Path jar = libraryJar();
    String version = property("entente.version");
    Path cache = Path.of(property("entente.localRepository"));
    Path mvn = Path.of(property("maven.home"), "bin", "mvn");
    assumeTrue(Files.isExecutable(mvn), "no Maven at " + mvn + ": consumer check skipped");

    // Installed as `mvn install` would: the jar and the POM under their coordinates.
    Path repo = dir.resolve("repo");
    Path home = Files.createDirectories(repo.resolve("org/entente/entente/" + version));
    Files.copy(jar, home.resolve("entente-" + version + ".jar"));
    Files.copy(Path.of("pom.xml"), home.resolve("entente-" + version + ".pom"));

    Path settings = Files.writeString(dir.resolve("settings.xml"), """
        <settings><mirrors><mirror><id>build-cache</id><mirrorOf>*</mirrorOf>
        <url>%s</url></mirror></mirrors></settings>
        """.formatted(cache.toUri()), UTF_8);
    Path consumer = Files.createDirectories(dir.resolve("consumer"));
    Files.writeString(consumer.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId><artifactId>consumer</artifactId><version>1</version>
          <dependencies><dependency>
            <groupId>org.entente</groupId><artifactId>entente</artifactId><version>%s</version>
          </dependency></dependencies>
        </project>
        """.formatted(version), UTF_8);
    Path tree = dir.resolve("tree.txt");
    List<String> command = List.of(mvn.toString(), "-B", "-q", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repo, "-f", consumer.resolve("pom.xml").toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree",
        "-Dscope=runtime", "-DoutputFile=" + tree);
    Path log = dir.resolve("mvn.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "consumer build finished");
    assertEquals(0, p.exitValue(), () -> "consumer build failed:\n" + read(log));

    List<String> artifacts = Files.readAllLines(tree, UTF_8).stream().skip(1)
        .map(l -> l.replaceFirst("^[|+\\\\ -]*", "")).collect(Collectors.toList());
    assertTrue(artifacts.stream().anyMatch(a -> a.startsWith("edu.stanford.nlp:stanford-corenlp:")),
        "CoreNLP reaches the consumer: " + artifacts);
    assertTrue(artifacts.stream().anyMatch(a -> a.startsWith("org.slf4j:slf4j-api:")),
        "the SLF4J API reaches the consumer: " + artifacts);
    List<String> leaked = new ArrayList<>();
    for (String a : artifacts) {
      if (CLI_ONLY.stream().anyMatch(a::startsWith)) {
        leaked.add(a);
      }
    }
    assertEquals(List.of(), leaked, "CLI-only dependencies reaching a library user");
    System.out.println("LibraryArtifactIT: a consumer of entente " + version + " resolves "
        + artifacts.size() + " artifacts, none CLI-only");
  }

  /**
   * What the README says of the module system: entente is an automatic module ({@code requires
   * org.entente;}) on the module path, with CoreNLP and the other dependencies on the class path
   * (their jars are not modules that the module path accepts together).
   */
  @Test
  void automaticModuleOnTheModulePathBesideAClassPath() throws IOException, InterruptedException {
    Path jar = libraryJar();
    String classPath = Files.readString(Path.of(property("entente.classpathFile")), UTF_8).strip();
    Path src = Files.createDirectories(dir.resolve("src/demo"));
    Files.writeString(dir.resolve("src/module-info.java"),
        "module demo { requires org.entente; }\n", UTF_8);
    Files.writeString(src.resolve("Demo.java"), """
        package demo;
        public class Demo {
          public static void main(String[] args) {
            System.out.println(org.entente.Extraction.empty("m1", "en").toJson());
          }
        }
        """, UTF_8);
    Path bin = dir.resolve("bin");
    String javaHome = System.getProperty("java.home");
    run(List.of(Path.of(javaHome, "bin", "javac").toString(), "--module-path", jar.toString(),
        "-d", bin.toString(), dir.resolve("src/module-info.java").toString(),
        src.resolve("Demo.java").toString()));
    String out = run(List.of(Path.of(javaHome, "bin", "java").toString(),
        "--module-path", bin + File.pathSeparator + jar, "--class-path", classPath,
        "--add-modules", "ALL-DEFAULT", "-m", "demo/demo.Demo"));
    String json = lastLine(out);
    assertTrue(json.startsWith("{\"id\":\"m1\",\"language\":\"en\"") && json.endsWith("}"),
        "entente and Jackson ran from the module path and the class path: " + out);
  }

  private static String lastLine(String out) {
    List<String> lines = out.lines().toList();
    assertFalse(lines.isEmpty(), "printed something");
    return lines.get(lines.size() - 1);
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "run", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
    String out = read(log);
    assertEquals(0, p.exitValue(), () -> command + " failed:\n" + out);
    assertNotNull(out);
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
