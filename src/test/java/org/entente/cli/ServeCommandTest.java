package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** {@code serve}'s options: sizes, durations, and bad limits as usage errors (exit 2). */
class ServeCommandTest {
  @Test
  void sizesTakeBinarySuffixes() {
    var size = new ServeCommand.SizeConverter();
    assertEquals(65_536L, size.convert("65536"));
    assertEquals(512L * 1024, size.convert("512k"));
    assertEquals(2L * 1024 * 1024, size.convert("2M"));
    assertEquals(1L << 30, size.convert("1GiB"));
    assertThrows(TypeConversionException.class, () -> size.convert("lots"));
    assertThrows(TypeConversionException.class, () -> size.convert("99999999999999999999g"));
  }

  @Test
  void durationsTakeUnitsAndDefaultToSeconds() {
    var duration = new ServeCommand.DurationConverter();
    assertEquals(Duration.ofMillis(500), duration.convert("500ms"));
    assertEquals(Duration.ofSeconds(60), duration.convert("60s"));
    assertEquals(Duration.ofSeconds(7), duration.convert("7"));
    assertEquals(Duration.ofMinutes(2), duration.convert("2m"));
    assertThrows(TypeConversionException.class, () -> duration.convert("-1s"));
  }

  @Test
  void unusableLimitsAreUsageErrors() {
    assertEquals(2, Main.run("serve", "--workers", "0"));
    assertEquals(2, Main.run("serve", "--max-body", "0"));
    assertEquals(2, Main.run("serve", "--timeout", "soon"));
    assertEquals(2, Main.run("serve", "--port", "70000"));
    assertEquals(2, Main.run("serve", "--batch-lines", "0"));
    assertEquals(2, Main.run("serve", "--write-timeout", "0s"));
    assertEquals(2, Main.run("serve", "--token-file", "no/such/token-file"));
  }

  @Test
  void aTokenFileMustHoldOneToken(@TempDir Path dir) throws Exception {
    Path blank = Files.writeString(dir.resolve("blank"), "  \n");
    Path two = Files.writeString(dir.resolve("two"), "one two\n");
    assertEquals(2, Main.run("serve", "--token-file", blank.toString()));
    assertEquals(2, Main.run("serve", "--token-file", two.toString()));
  }
}
