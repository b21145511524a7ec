package org.entente.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule files of {@code models/rules/}: the bundled ones loaded once per process, and with a
 * pipeline's own files laid over them, once per distinct list of files.
 */
public final class Rules {
  private Rules() {}

  /**
   * One pattern that matches any line of a bundled rule file or of the user files laid over it,
   * shared per distinct list of files through the {@link ResourceCache}.
   *
   * @param resource the bundled resource's class-path name, such as {@code
   *     models/rules/furniture.txt}
   * @param extra user files laid over it, in order; empty for the bundled file alone
   * @return the pattern, case-insensitive
   * @throws IllegalArgumentException if a user file does not exist or a line is no regex
   */
  public static Pattern anyLine(String resource, List<Path> extra) {
    return ResourceCache.get("pattern:" + resource, extra, () -> {
      try {
        return compile(lines(resource, extra));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("not a regular expression in " + extra + ": "
            + e.getMessage(), e);
      }
    });
  }

  /**
   * The words of a bundled rule file and of the user files laid over it, one a line, shared per
   * distinct list of files through the {@link ResourceCache}.
   *
   * @param resource the bundled resource's class-path name
   * @param extra user files laid over it, in order; empty for the bundled file alone
   * @param lowerCase whether to lower-case the words (for lists matched case-insensitively)
   * @return the words, immutable
   * @throws IllegalArgumentException if a user file does not exist
   */
  public static Set<String> words(String resource, List<Path> extra, boolean lowerCase) {
    return ResourceCache.get((lowerCase ? "lower-words:" : "words:") + resource, extra,
        () -> Set.copyOf(lines(resource, extra).stream()
            .map(l -> lowerCase ? l.toLowerCase(Locale.ROOT) : l).toList()));
  }

  private static Pattern compile(List<String> lines) {
    return Pattern.compile(String.join("|", lines.stream().map(l -> "(?:" + l + ")").toList()),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The non-blank, non-comment lines of a bundled resource.
   *
   * @param resource the resource's class-path name, such as {@code models/rules/furniture.txt}
   * @return its lines in order, stripped; lines starting with {@code #} left out
   * @throws IllegalStateException if there is no such resource
   */
  public static List<String> lines(String resource) {
    InputStream in = Rules.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + resource);
    }
    return lines(in, resource);
  }

  /**
   * The non-blank, non-comment lines of a user's rule file.
   *
   * @param file the file, UTF-8
   * @return its lines in order, stripped; lines starting with {@code #} left out
   * @throws IllegalArgumentException if the file does not exist
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such rule file: " + file);
    }
    try {
      return lines(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The non-blank, non-comment lines of a bundled resource followed by those of user files.
   *
   * @param resource the bundled resource's class-path name
   * @param extra user files laid over it, in order
   * @return all their lines, bundled first
   */
  public static List<String> lines(String resource, List<Path> extra) {
    List<String> out = new ArrayList<>(lines(resource));
    extra.forEach(f -> out.addAll(lines(f)));
    return out;
  }

  private static List<String> lines(InputStream in, String resource) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
