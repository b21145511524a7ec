package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Over-long words are masked with offsets kept; an Error in one document fails it alone. */
class LongWordsTest {
  private static final String LEAD = "Japan signed a defence pact with Australia on Tuesday, "
      + "and the two governments said that it would be followed by more.\n";

  static String word(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + (i * 7 + i / 26) % 26)); // letters, no repeating short cycle
    }
    return b.toString();
  }

  @Test
  void runsOverTheLimitAreBlankedAndTheRestIsKept() {
    String ok = LEAD + "x".repeat(LongWords.MAX);
    assertSame(ok, LongWords.mask(ok), "nothing to mask: the same string");
    String text = LEAD + word(LongWords.MAX + 1) + " tail\u00a0" + "y".repeat(1000);
    String masked = LongWords.mask(text);
    assertEquals(text.length(), masked.length(), "offsets kept");
    assertEquals(LEAD + " ".repeat(LongWords.MAX + 1) + " tail\u00a0" + " ".repeat(1000),
        masked);
  }

  @Test
  void aDocumentWithA35000CharacterWordIsReadQuicklyWithItsOffsets() {
    String text = LEAD + word(35_000) + "\n" + LEAD;
    long t0 = System.nanoTime();
    Extraction x = SharedExtractor.get().extract("long", text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("en", x.language());
    assertTrue(ms < 20_000, "took " + ms + " ms");
    List<Span> japan = x.actors().stream().filter(a -> a.id().equals("JPN")).findFirst()
        .orElseThrow().mentions();
    assertEquals(List.of(0, LEAD.length() + 35_001), japan.stream().map(Span::begin).toList());
    HostileInputTest.assertOffsetsHold(text, x);
  }

  @Test
  void anErrorInOneDocumentFailsThatDocumentAndTheBatchGoesOn() {
    Extractor.Loader<String> loader = loader(input -> {
      if (input.equals("broken")) {
        throw new NoClassDefFoundError("some/Missing");
      }
      if (input.equals("deep")) {
        throw new StackOverflowError();
      }
      return Document.of(input, "Germany backed the plan.");
    });
    List<Result> results = SharedExtractor.get()
        .extractAll(Stream.of("a", "broken", "deep", "b"), loader).toList();
    assertEquals(4, results.size());
    assertTrue(results.get(0) instanceof Extraction);
    assertEquals("internal", ((Failure) results.get(1)).type());
    assertEquals("broken", ((Failure) results.get(1)).id());
    assertEquals("internal", ((Failure) results.get(2)).type());
    assertTrue(results.get(3) instanceof Extraction);
  }

  @Test
  void outOfMemoryIsNotADocumentsFailure() {
    Extractor.Loader<String> loader = loader(input -> {
      throw new OutOfMemoryError("simulated");
    });
    // The heap is the JVM's, not the document's: the error reaches the caller.
    try (Stream<Result> results = SharedExtractor.get().extractAll(Stream.of("x"), loader)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, results::toList);
      assertTrue(e.getCause().getCause() instanceof OutOfMemoryError, e.toString());
    }
  }

  /** A loader whose ids are the inputs themselves and whose documents {@code load} makes. */
  private static Extractor.Loader<String> loader(Function<String, Document> load) {
    return new Extractor.Loader<>() {
      @Override
      public String id(String input) {
        return input;
      }

      @Override
      public Document load(String input) {
        return load.apply(input);
      }
    };
  }
}
