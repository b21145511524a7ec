package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Loading a pipeline's annotators on several threads gives the same pipeline, or its error. */
class ParallelLoadTest {
  private static Properties tagger() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    return p;
  }

  @Test
  void theWholePipelineRunsAndTheSideLoadsAreDone() {
    AtomicBoolean side = new AtomicBoolean();
    StanfordCoreNLP pipeline = ParallelLoad.pipeline(tagger(), List.of("pos", "absent"),
        List.of(() -> side.set(true)));
    Annotation doc = new Annotation("Chile signed the accord.");
    pipeline.annotate(doc);
    assertEquals("NNP", doc.get(CoreAnnotations.TokensAnnotation.class).get(0).tag());
    assertTrue(side.get());
  }

  @Test
  void aFailureOnALoaderThreadIsThrownAsItself() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ParallelLoad.pipeline(tagger(), List.of("pos"), List.of(() -> {
          throw new IllegalStateException("model missing");
        })));
    assertEquals("model missing", e.getMessage());
  }
}
