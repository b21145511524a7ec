package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --rejected-quotes FILE}: the quoted words not taken as quotes, and why. */
class RejectedQuotesCliTest {
  @TempDir Path dir;

  @Test
  void listsEachRejectedQuotationWithItsReasonAndOffsets() throws IOException {
    String text = "Dayton Unveils ‘Green Future’ Plan\n\nThe “reform” of the ferry line passed "
        + "on Monday.\n“We will fix every road,” Mayor Anna Berg said.\n";
    Path doc = Files.writeString(dir.resolve("doc.txt"), text);
    Path out = dir.resolve("out.jsonl");
    Path rejected = dir.resolve("rejected.tsv");
    assertEquals(0, Main.run("extract", "--out", out.toString(), "--rejected-quotes",
        rejected.toString(), doc.toString()));
    List<String[]> rows = Files.readAllLines(rejected, UTF_8).stream()
        .map(l -> l.split("\t", -1)).toList();
    assertEquals(2, rows.size(), () -> rows.stream().map(r -> String.join("|", r)).toList()
        .toString());
    assertEquals(List.of("doc.txt", "HEADLINE", "Green Future"),
        List.of(rows.get(0)[0], rows.get(0)[3], rows.get(0)[4]));
    assertEquals(List.of("doc.txt", "SCARE_QUOTE", "reform"),
        List.of(rows.get(1)[0], rows.get(1)[3], rows.get(1)[4]));
    for (String[] r : rows) {
      assertEquals(r[4], text.substring(Integer.parseInt(r[1]), Integer.parseInt(r[2])));
    }
    assertTrue(Files.readString(out, UTF_8).contains("We will fix every road"));
  }
}
