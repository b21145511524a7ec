package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FastParser} gives CoreNLP's own parses, on one thread and on several. */
class FastParserTest {
  // Written for this test: a passive, a question, coordination, a quotation, a long clause
  // chain, a one-word sentence, numbers and brackets.
  private static final String TEXT = "The treaty was signed by both ministers in the old hall.\n"
      + "Will the council meet again before the harvest?\n"
      + "Farmers and fishermen protested, but the governor refused to listen.\n"
      + "\"We have waited long enough,\" the mayor told reporters on Tuesday.\n"
      + "Although the bridge had been repaired twice since the storm that flooded the valley, "
      + "engineers warned that its northern pillars, which carry most of the load, would not "
      + "survive another winter without the steel supports the province had promised.\n"
      + "Yes.\n"
      + "Exports rose 4.5 % (to 12 billion) in the third quarter.";

  private static DependencyParser plain;
  private static FastParser fast;
  private static StanfordCoreNLP tagger;

  @BeforeAll
  static void load() {
    plain = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    fast = ParseAnnotator.parser(DependencyParser.DEFAULT_MODEL);
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(p);
  }

  private static List<CoreMap> sentences(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static void assertSameParses(List<CoreMap> sentences) {
    for (CoreMap s : sentences) {
      assertEquals(plain.predict(s).typedDependencies().toString(),
          fast.predict(s).typedDependencies().toString(),
          () -> s.get(CoreAnnotations.TextAnnotation.class));
    }
  }

  @Test
  void parsesAsCoreNlp() {
    assertTrue(fast.fast(), "the fast scoring is in use");
    assertSameParses(sentences(TEXT));
  }

  @Test
  void parsesAsCoreNlpOnTheDevCorpus() throws IOException {
    Path texts = Path.of(System.getProperty("entente.corpus", "../shared/corpus"), "texts");
    assumeTrue(Files.isDirectory(texts), "no corpus at " + texts);
    try (Stream<Path> files = Files.list(texts)) {
      for (Path f : files.sorted().limit(12).toList()) {
        assertSameParses(sentences(Files.readString(f)));
      }
    }
  }

  @Test
  void threadsShareItAndGetTheSameParses() throws Exception {
    List<CoreMap> sentences = sentences(TEXT + "\n" + TEXT.replace("treaty", "accord"));
    List<String> expected = new ArrayList<>();
    for (CoreMap s : sentences) {
      expected.add(plain.predict(s).typedDependencies().toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (CoreMap s : sentences) {
            out.add(fast.predict(s).typedDependencies().toString());
          }
          return out;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
