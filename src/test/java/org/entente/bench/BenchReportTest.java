package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and table, on made-up figures (no models loaded). */
class BenchReportTest {
  private static final Bench.Options OPTIONS = new Bench.Options(2, 1, 1, true);

  @Test
  void ratiosComeFromDocumentsPerSecond() {
    Throughput one = new Throughput("entente", 1, 40, 4000, 10.0);
    Throughput two = new Throughput("entente", 2, 40, 4000, 6.25);
    Throughput plain = new Throughput("plain CoreNLP", 1, 40, 4000, 80.0);
    BenchReport r = new BenchReport(40, 4000, OPTIONS, 5, 7, one, two, 3L << 30, 1L << 30, 30,
        plain, null);
    assertEquals(4.0, one.documentsPerSecond(), 1e-9);
    assertEquals(400.0, one.tokensPerSecond(), 1e-9);
    assertEquals(8.0, r.speedup(), 1e-9);
    assertEquals(1.6, r.scaling(), 1e-9);
    String table = r.toMarkdown();
    assertTrue(table.contains("| speed ratio, entente / plain CoreNLP, 1 thread | 8.00x |"), table);
    assertTrue(table.contains("| entente peak live heap (after a collection) | 1024 MB |"), table);
  }

  @Test
  void aFailedBaselineIsReportedNotRatioed() {
    Throughput one = new Throughput("entente", 1, 1, 10, 1.0);
    BenchReport r = new BenchReport(1, 10, OPTIONS, 5, 7, one, one, 0, 0, Double.NaN, null,
        "out of heap");
    assertTrue(Double.isNaN(r.speedup()));
    assertTrue(r.toMarkdown().contains("| plain CoreNLP | out of heap |"));
  }

  @Test
  void tokensAreCountedAsCoreNlpTokenizes() {
    assertEquals(6, Bench.countTokens("Japan didn't sign it."));
  }
}
