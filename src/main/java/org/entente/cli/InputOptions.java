package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.Document;
import org.entente.Extractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the article files are read, shared by the commands that read them. */
final class InputOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of the articles, for resolving bare titles.")
  LocalDate date;

  @Option(names = "--html",
      description = "Read every input as HTML (its text, through jsoup), and take .html/.htm "
          + "files from folders too. Without it, inputs that look like HTML are still detected.")
  boolean html;

  /**
   * The files under {@code paths}, sorted within each folder; a path that is not there, or
   * folders with no file to read, are a usage error, found before the models load (exit 2).
   */
  List<Path> files(List<Path> paths, CommandSpec spec) throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    List<Path> files = html ? Inputs.expand(paths, ".txt", ".html", ".htm") : Inputs.expand(paths);
    if (files.isEmpty() && !paths.isEmpty()) {
      String kinds = html ? ".txt, .html or .htm" : ".txt";
      throw new ParameterException(spec.commandLine(), "no " + kinds + " file in "
          + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    return files;
  }

  /** Reads files as documents named for the file, refusing those over {@code maxChars}. */
  Extractor.Loader<Path> loader(int maxChars) {
    return new FileLoader(date, html, maxChars);
  }

  /**
   * Reads a file as a document named for the file. Bytes that are not UTF-8 fail it, and a file
   * whose size alone shows it is over the limit fails before it is read, so it cannot fill the
   * memory.
   */
  private record FileLoader(LocalDate date, boolean html, int maxChars)
      implements Extractor.Loader<Path> {
    @Override
    public String id(Path file) {
      return file.getFileName().toString();
    }

    @Override
    public Document load(Path file) throws IOException {
      return new Document(id(file), Inputs.text(Inputs.readUtf8(file, maxChars), html), date);
    }
  }
}
