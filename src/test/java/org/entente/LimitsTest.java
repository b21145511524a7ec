package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chunking and the time budget, on extractors built with other limits (CoreNLP shares the
 * loaded annotators between pipelines of the same properties, so they build in a moment).
 */
class LimitsTest {
  private static final String[] PARAGRAPHS = {
    "Germany backed the plan on Monday, Chancellor Olaf Scholz said in Berlin.",
    "\"We will not accept this,\" Russian Foreign Minister Sergei Lavrov told reporters.",
    "Japan and Australia agreed to deepen defence ties within the Quad.",
    "NATO condemned the strike, while China called for restraint.",
    "India welcomed the statement, according to its foreign ministry.",
  };

  private static String article(int paragraphs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < paragraphs; i++) {
      b.append(PARAGRAPHS[i % PARAGRAPHS.length]).append("\n\n");
    }
    return b.toString();
  }

  @Test
  void aChunkedDocumentLosesNothingAndKeepsWholeTextOffsets() {
    String text = article(15);
    Extraction whole;
    Extraction chunked;
    // The learned stance sieve reads document-wide features (how often each side is named, in
    // how many sentences a pair meets), so a chunk may decide otherwise than the whole:
    // compared here with the stance rules alone.
    try (Extractor all = Extractor.builder().property("entente.stances.learned", "false").build();
        Extractor small = Extractor.builder().chunkChars(200)
            .property("entente.stances.learned", "false").build()) {
      whole = all.extract("doc", text);
      assertTrue(Chunks.starts(text, 200).size() >= 5);
      chunked = small.extract("doc", text);
    }
    HostileInputTest.assertOffsetsHold(text, chunked);
    assertEquals(whole.actors().stream().map(Actor::id).sorted().toList(),
        chunked.actors().stream().map(Actor::id).sorted().toList());
    for (Actor a : whole.actors()) {
      Actor c = chunked.actors().stream().filter(x -> x.id().equals(a.id())).findFirst().get();
      assertEquals(a.mentions(), c.mentions(), a.id());
    }
    assertEquals(whole.alliances(), chunked.alliances());
    assertEquals(whole.quotes(), chunked.quotes());
    assertEquals(whole.stances(), chunked.stances());
  }

  @Test
  void aDocumentOverItsBudgetTimesOutAloneAndStopsWorking() {
    Duration budget = Duration.ofMillis(500);
    // Some 60,000 characters, one chunk: seconds of work even warm, now that the parse (the stage
    // that noticed the budget most often) skips the sentences that carry no fact.
    String slow = article(800);
    try (Extractor strict = Extractor.builder().timeBudget(budget).build()) {
      long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> strict.extract("slow", slow));
      double late = (System.nanoTime() - t0) / 1e9 - budget.toMillis() / 1e3;
      double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("timeout: returned %.2f s after the budget, %.2f s of CPU%n", late, cpu);
      assertEquals("timeout", e.type());
      // The work ran on this thread: once the call returns, nothing runs on.
      assertTrue(late < 10, "stopped " + late + " s after the budget");
      assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
      Failure f = assertInstanceOf(Failure.class, strict.tryExtract(Document.of("slow", slow)));
      assertEquals("timeout", f.type());
      // The extractor is not poisoned: the next document goes through, as on the shared one.
      String next = "Germany backed the plan, Chancellor Olaf Scholz said.";
      assertEquals(SharedExtractor.get().extract("next", next), strict.extract("next", next));
    }
  }

  @Test
  void anInterruptedCallerGetsAnErrorAndKeepsItsFlag() {
    Thread.currentThread().interrupt();
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> SharedExtractor.get().extract("x", "Germany backed the plan."));
    assertEquals("interrupted", e.type());
    assertTrue(Thread.interrupted(), "the caller's interrupt is kept");
    assertFalse(SharedExtractor.get().extract("x", "Germany backed the plan.").actors().isEmpty());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxChars(0));
    assertThrows(IllegalArgumentException.class,
        () -> Extractor.builder().timeBudget(Duration.ZERO));
  }
}
