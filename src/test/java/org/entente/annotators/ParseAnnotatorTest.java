package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.SharedExtractor;
import org.entente.reference.QuoteMarks;
import org.junit.jupiter.api.Test;

/** The parse of only the sentences that can carry a fact, on texts written for this test. */
class ParseAnnotatorTest {
  // 0: actor and stance verb; 1: a pronoun but no cue, stance word or quotation; 2: no
  // signal; 3: a quotation with a cue and a pronoun; 4: a named person and a speech cue.
  private static final String TEXT = "Portugal condemned the raid on the harbour of Kenya.\n"
      + "It rained in the hills.\n"
      + "The hills were green in May.\n"
      + "\"We will not give in,\" he said.\n"
      + "Maria Lindqvist, a historian, noted the mood in the capital.";

  private static List<CoreMap> annotate(Properties props) {
    return annotate(props, TEXT);
  }

  private static List<CoreMap> annotate(Properties props, String text) {
    // Same annotator settings as the shared extractor: CoreNLP reuses its loaded annotators.
    Annotation doc = new Annotation(text);
    new StanfordCoreNLP(props).annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static boolean parsed(CoreMap sentence) {
    boolean basic =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null;
    boolean enhanced = sentence.get(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) != null;
    assertEquals(basic, enhanced, "both graphs or neither");
    return basic;
  }

  @Test
  void parsesOnlyTheSentencesThatCanCarryAFact() {
    SharedExtractor.get(); // load the models once for the test JVM
    List<CoreMap> s = annotate(Extractor.builder().pipelineProperties());
    assertEquals(5, s.size());
    assertTrue(parsed(s.get(0)), "actor with a stance verb");
    assertTrue(!parsed(s.get(1)), "a pronoun but no signal");
    assertTrue(!parsed(s.get(2)), "no signal, though before a back-reference");
    assertTrue(parsed(s.get(3)), "a quotation with a cue and a pronoun");
    assertTrue(parsed(s.get(4)), "a named person with a speech cue");
    // Skipped sentences keep their tags and entities.
    assertNotNull(s.get(1).get(CoreAnnotations.TokensAnnotation.class).get(1).tag());
    assertNull(s.get(1).get(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class));
  }

  @Test
  void theSentenceABackReferenceLooksBackToIsParsedToo() {
    SharedExtractor.get();
    List<CoreMap> s = annotate(Extractor.builder().pipelineProperties(),
        "Chile issued a statement on Monday.\nThe statement said the talks would resume.");
    assertTrue(parsed(s.get(1)), "a document noun with a speech cue");
    assertTrue(parsed(s.get(0)), "where 'the statement' was issued, and by whom");
  }

  @Test
  void aSpeechCueIsParsedWithoutANamedReferent() {
    SharedExtractor.get();
    // Reported speech whose speaker is a common noun: no actor, name or pronoun in the sentence.
    List<CoreMap> s = annotate(Extractor.builder().pipelineProperties(),
        "Volunteers said the harvest festival would move indoors.\nThe harvest was late.");
    assertTrue(parsed(s.get(0)), "a speech cue with a common-noun speaker");
    assertTrue(!parsed(s.get(1)), "no signal");
  }

  @Test
  void aUserAllianceAnaphorReachesTheParse() throws IOException {
    SharedExtractor.get();
    // "club" is no bundled anaphor: with it, "the club" looks back to the alliance before it,
    // and that sentence, which holds no signal of its own, is parsed too.
    String text = "NATO is in Brussels.\n"
        + "The club said the talks would resume.";
    List<CoreMap> bundled = annotate(Extractor.builder().pipelineProperties(), text);
    assertTrue(parsed(bundled.get(1)), "a speech cue");
    assertTrue(!parsed(bundled.get(0)), "no signal, and nothing looks back to it");
    Path nouns = Files.createTempFile("anaphors", ".txt");
    try {
      Files.writeString(nouns, "club\n");
      Properties props = Extractor.builder()
          .property("entente.reference.allianceAnaphors", nouns.toString())
          .pipelineProperties();
      List<CoreMap> own = annotate(props, text);
      assertTrue(parsed(own.get(0)), "the alliance 'the club' refers back to");
    } finally {
      Files.delete(nouns);
    }
  }

  @Test
  void theQuotationsAreFoundOnceForTheParseAndTheIndex() {
    SharedExtractor.get();
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(Extractor.builder().pipelineProperties()).annotate(doc);
    List<QuoteMarks.Span> found = doc.get(EntenteAnnotations.QuotationsAnnotation.class);
    assertEquals(1, found.size(), () -> "quotations: " + found);
    assertSame(found, doc.get(EntenteAnnotations.ReferenceAnnotation.class).quotations(),
        "the reference index reuses the parse stage's quotations");
  }

  @Test
  void allParsesEverySentence() {
    Properties props = Extractor.builder().pipelineProperties();
    props.setProperty("entente.parse." + ParseAnnotator.ALL, "true");
    assertTrue(annotate(props).stream().allMatch(ParseAnnotatorTest::parsed));
  }

  @Test
  void factsOfParsedSentencesSurviveTheSkippedOnes() {
    Extraction x = SharedExtractor.get().extract(TEXT);
    assertTrue(x.stances().stream().anyMatch(st -> st.holder().equals("PRT")
        && st.target().equals("KEN")), () -> "stances: " + x.stances());
    assertEquals(1, x.quotes().stream().filter(q -> q.text().startsWith("We will"))
        .count(), () -> "quotes: " + x.quotes());
  }
}
