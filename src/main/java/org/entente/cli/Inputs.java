package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.ExtractionException;
import org.entente.Html;

/** Input files of the CLI. */
final class Inputs {
  private Inputs() {}

  /**
   * Whether standard input is a terminal, where a user may not know that entente waits for text.
   * {@link System#console()} needs standard output on the terminal too, so Linux's view of file
   * descriptor 0 is asked as well.
   */
  static boolean isTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
      return fd0.startsWith("/dev/pts/") || fd0.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Files as given, folders as their .txt files, sorted by name. */
  static List<Path> expand(List<Path> paths) throws IOException {
    return expand(paths, ".txt");
  }

  /** Files as given, folders as their files with one of these endings, sorted by name. */
  static List<Path> expand(List<Path> paths, String... endings) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> endsWithAny(f.getFileName().toString(), endings)
                  && Files.isRegularFile(f))
              .sorted().forEach(out::add);
        }
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new NoSuchFileException(p.toString());
      }
    }
    return out;
  }

  private static boolean endsWithAny(String name, String... endings) {
    for (String e : endings) {
      if (name.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The file's text, checked as {@link #decode} does; a file whose size alone shows it is over
   * {@code maxChars} characters fails before it is read (a character takes at most 3 bytes of
   * UTF-8 per UTF-16 unit), so a huge file never fills the memory.
   */
  static String readUtf8(Path file, int maxChars) throws IOException {
    long size = Files.size(file);
    if (size > 3L * maxChars) {
      throw new ExtractionException("too-large", "file of " + size + " bytes is over the limit of "
          + maxChars + " characters");
    }
    return decode(Files.readAllBytes(file));
  }

  /** Standard input's text, read up to what {@code maxChars} characters can take. */
  static String readUtf8(InputStream in, int maxChars) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, 3L * maxChars + 1));
    if (bytes.length > 3L * maxChars) {
      throw new ExtractionException("too-large", "standard input is over the limit of "
          + maxChars + " characters");
    }
    return decode(bytes);
  }

  /** The text of a document, its HTML turned into text when {@code html} is set. */
  static String text(String content, boolean html) {
    return html ? Html.toText(content) : content;
  }

  /**
   * Bytes as UTF-8 text; fails on bytes that are not UTF-8 rather than guessing, and on binary
   * content (a NUL byte, which no text file holds) with an {@link ExtractionException} of type
   * {@code binary}.
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new ExtractionException("binary", "binary content (NUL bytes), not text");
      }
    }
    return UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** The file's text; fails on bytes that are not UTF-8 rather than guessing. */
  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
