package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One extractor hammered from 8 threads over the dev corpus gives exactly the results of the
 * sequential run (CorpusRun's, shared with the corpus floor tests). Skipped without the corpus.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    Path texts = CorpusRun.corpus().resolve("texts");
    List<Path> files;
    try (Stream<Path> s = Files.list(texts)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Extraction> sequential = CorpusRun.extractions();
    assertEquals(files.size(), sequential.size());
    Extractor extractor = SharedExtractor.get();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      // Thread t reads documents t, t + 8, ...: every document once, eight at a time.
      List<Future<List<Extraction>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        runs.add(pool.submit(() -> {
          List<Extraction> out = new ArrayList<>();
          for (int k = first; k < files.size(); k += THREADS) {
            out.add(extractor.extract(files.get(k).getFileName().toString(), read(files.get(k))));
          }
          return out;
        }));
      }
      for (Future<List<Extraction>> run : runs) {
        for (Extraction x : run.get()) {
          Extraction expected = sequential.stream().filter(e -> e.id().equals(x.id()))
              .findFirst().orElseThrow();
          assertEquals(expected, x, x.id());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
