package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Extractor#extractAll}: one result per input, in order, failures in place. */
class BatchTest {
  private final Extractor extractor = SharedExtractor.get();

  private static final String[] TEXTS = {
    "Germany backed the plan, Chancellor Olaf Scholz said.",
    "Japan and Australia agreed to deepen defence ties.",
    "",
    "India welcomed the Quad statement on Tuesday.",
  };

  @Test
  void resultsComeInInputOrderAndEqualSequentialOnes() {
    List<Document> docs = IntStream.range(0, 12)
        .mapToObj(i -> Document.of("d" + i, TEXTS[i % TEXTS.length])).toList();
    List<Result> batch;
    try (Stream<Result> results = extractor.extractAll(docs)) {
      batch = results.toList();
    }
    assertEquals(docs.size(), batch.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(extractor.extract(docs.get(i).id(), docs.get(i).text()), batch.get(i));
    }
  }

  @Test
  void manyDocumentsStreamThroughABoundedWindowInOrder() {
    // Mostly blank documents (no CoreNLP work) with a real one every 500: the test is about the
    // streaming, not the extraction, so it can push thousands through quickly.
    int n = 5000;
    int window = Extractor.WINDOW_PER_THREAD * Runtime.getRuntime().availableProcessors();
    AtomicInteger pulled = new AtomicInteger();
    Stream<Document> source = IntStream.range(0, n).mapToObj(i -> {
      pulled.incrementAndGet();
      return Document.of("g" + i, i % 500 == 0 ? TEXTS[0] : "");
    });
    int consumed = 0;
    int maxAhead = 0;
    try (Stream<Result> results = extractor.extractAll(source)) {
      for (Result r : (Iterable<Result>) results::iterator) {
        assertEquals("g" + consumed, r.id());
        assertInstanceOf(Extraction.class, r);
        consumed++;
        maxAhead = Math.max(maxAhead, pulled.get() - consumed);
      }
    }
    assertEquals(n, consumed);
    assertTrue(maxAhead <= window, "read " + maxAhead + " documents ahead, window " + window);
  }

  @Test
  void closingTheStreamEarlyStopsReading() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Document> endless = Stream.generate(() -> Document.of("e" + pulled.incrementAndGet(), ""));
    try (Stream<Result> results = extractor.extractAll(endless)) {
      assertEquals(10, results.limit(10).count());
    }
    assertTrue(pulled.get()
        <= 10 + Extractor.WINDOW_PER_THREAD * Runtime.getRuntime().availableProcessors());
  }

  @Test
  void aDocumentThatFailsToLoadIsAFailureInItsPlace() {
    Extractor.Loader<String> loader = new Extractor.Loader<>() {
      @Override
      public String id(String input) {
        return input;
      }

      @Override
      public Document load(String input) throws IOException {
        if (input.startsWith("bad")) {
          throw new IOException("unreadable " + input);
        }
        return Document.of(input, "Russia condemned the sanctions.");
      }
    };
    List<Result> results = extractor.extractAll(Stream.of("a", "bad1", "b"), loader).toList();
    assertEquals(List.of("a", "bad1", "b"), results.stream().map(Result::id).toList());
    Failure f = assertInstanceOf(Failure.class, results.get(1));
    assertEquals("io", f.type());
    assertInstanceOf(Extraction.class, results.get(2));
  }

  @Test
  void failureJsonHasTheCliShape() {
    assertEquals("{\"id\":\"x\",\"error\":{\"type\":\"timeout\",\"message\":\"over 5 s\"}}",
        new Failure("x", "timeout", "over 5 s").toJson());
  }
}
