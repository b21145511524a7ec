package org.entente;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type, constructor and method of a public class has a Javadoc comment. (The
 * Javadoc build checks the rest, failing on any warning; see the pom.)
 */
class PublicJavadocTest {
  private static final Pattern PUBLIC_TOP = Pattern.compile(
      "(?m)^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum) ");
  private static final Pattern PUBLIC = Pattern.compile("^\\s*public [^=;]*(\\(|\\{)\\s*$"
      + "|^\\s*public [^=;]*\\(.*|^\\s*public (static )?(final )?(class|interface|record|enum) .*");

  @Test
  void everyPublicDeclarationHasJavadoc() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(f, UTF_8);
        if (!PUBLIC_TOP.matcher(source).find()) {
          continue;  // Javadoc does not document a package-private type's members
        }
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          if (PUBLIC.matcher(lines.get(i)).matches() && !documented(lines, i)) {
            missing.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * A Javadoc comment ends above the declaration, past its annotations (which may span lines);
   * overrides inherit theirs.
   */
  private static boolean documented(List<String> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String l = lines.get(j).strip();
      if (l.equals("@Override")) {
        return true;
      }
      if (l.isEmpty() || l.endsWith("*/") || l.endsWith(";") || l.endsWith("{")
          || l.endsWith("}")) {
        return l.endsWith("*/");
      }
    }
    return false;
  }
}
