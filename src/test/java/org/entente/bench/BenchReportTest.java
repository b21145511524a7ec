package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        plain, null, Map.of(), null, null);
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
        "out of heap", Map.of(), null, null);
    assertTrue(Double.isNaN(r.speedup()));
    assertTrue(r.toMarkdown().contains("| plain CoreNLP | out of heap |"));
  }

  @Test
  void wholeProcessesAndSharesAreReported() {
    Throughput one = new Throughput("entente", 1, 30, 3000, 10.0);
    Throughput two = new Throughput("entente", 2, 30, 3000, 5.5);
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("ner", 0.25);
    shares.put("entente.parse", 0.75);
    BenchReport r = new BenchReport(30, 3000, new Bench.Options(2, 0, 1, false, true, "2g", 1),
        5, 7, one, two, 0, 0, Double.NaN, null, null, shares,
        new ProcessRun("entente extract", 20, 3.5, null),
        new ProcessRun("plain CoreNLP", 170, Double.NaN, null));
    assertEquals(8.5, r.processSpeedup(), 1e-9);
    String table = r.toMarkdown();
    assertTrue(table.contains("| entente, 2 threads, per thread | 273 tokens/s |"), table);
    assertTrue(table.contains("| entente time share, entente.parse (1 thread) | 75.0 % |"), table);
    assertTrue(table.contains("| entente process, time to first result | 3.5 s |"), table);
    assertTrue(table.contains("| whole-process ratio, plain CoreNLP / entente | 8.50x |"), table);
    BenchReport failed = new BenchReport(30, 3000, r.options(), 5, 7, one, two, 0, 0,
        Double.NaN, null, null, shares, r.ententeProcess(),
        new ProcessRun("plain CoreNLP", 60, Double.NaN, "exit code 1: out of memory"));
    assertTrue(Double.isNaN(failed.processSpeedup()));
    assertTrue(failed.toMarkdown().contains("failed: exit code 1: out of memory"));
    assertTrue(!table.contains("AppCDS"), table);
    BenchReport archived = new BenchReport(30, 3000, r.options(), 5, 7, one, two, 0, 0,
        Double.NaN, null, null, shares, new ProcessRun(Bench.ARCHIVED, 20, 3.5, null),
        r.plainProcess());
    assertTrue(archived.toMarkdown().contains("extract -XX:TieredStopAtLevel=1, its AppCDS archive"
        + " mapped (-Xmx2g, 1 thread, median of 1) | 20.0 s |"), archived.toMarkdown());
  }

  @Test
  void theMedianOfTwoRunsIsTheirMean() {
    ProcessRun m = Bench.median(List.of(new ProcessRun("entente extract", 20, 8, null),
        new ProcessRun("entente extract", 16, 7, null)));
    assertEquals(18, m.seconds(), 1e-9);
    assertEquals(7.5, m.firstResultSeconds(), 1e-9);
    ProcessRun failed = new ProcessRun("plain CoreNLP", 9, Double.NaN, "exit code 1");
    assertEquals(failed, Bench.median(List.of(new ProcessRun("plain CoreNLP", 5, 1, null),
        failed)));
  }

  @Test
  void tokensAreCountedAsCoreNlpTokenizes() {
    assertEquals(6, Bench.countTokens("Japan didn't sign it."));
  }
}
