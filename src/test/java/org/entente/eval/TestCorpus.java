package org.entente.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A synthetic corpus in a temporary folder: gold files and one output file, written as JSON. */
final class TestCorpus {
  final Path dir;

  TestCorpus(Path dir) {
    this.dir = dir;
  }

  /** Writes gold/{doc}.json; single quotes in {@code json} stand for double quotes. */
  TestCorpus gold(String doc, String json) {
    write(dir.resolve("gold").resolve(doc + ".json"), json);
    return this;
  }

  /** Writes out.jsonl, one line per element; single quotes stand for double quotes. */
  Path output(String... lines) {
    Path out = dir.resolve("out.jsonl");
    write(out, String.join("\n", List.of(lines)));
    return out;
  }

  ScoreReport score(String... lines) {
    try {
      return Scorer.score(GoldReader.readCorpus(dir), output(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String json) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json.replace('\'', '"'), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
