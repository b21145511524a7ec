package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed NewsMTSC file fails with the line at fault, before anything is annotated. */
class WeakStanceDataTest {
  private static IOException fails(Path dir, String... lines) throws IOException {
    Path f = dir.resolve("train.jsonl");
    Files.write(f, List.of(lines), UTF_8);
    return assertThrows(IOException.class,
        () -> WeakStanceData.newsMtsc(f, Extractor.builder(), true));
  }

  @Test
  void aMissingFieldNamesTheLine(@TempDir Path dir) throws IOException {
    String good = "{\"primary_gid\":\"a_b_c_0\",\"sentence_normalized\":\"Oslo praised Lima.\","
        + "\"targets\":[{\"from\":13,\"to\":17,\"polarity\":6.0}]}";
    IOException e = fails(dir, good, "", "{\"primary_gid\":\"a_b_c_1\",\"targets\":[]}");
    assertTrue(e.getMessage().contains(":3") && e.getMessage().contains("sentence_normalized"),
        e.getMessage());
  }

  @Test
  void aTargetOutsideItsSentenceIsRefused(@TempDir Path dir) throws IOException {
    IOException e = fails(dir, "{\"primary_gid\":\"a_b_c_0\",\"sentence_normalized\":\"Oslo"
        + " praised Lima.\",\"targets\":[{\"from\":13,\"to\":40,\"polarity\":6.0}]}");
    assertTrue(e.getMessage().contains(":1") && e.getMessage().contains("from <= to"),
        e.getMessage());
  }
}
