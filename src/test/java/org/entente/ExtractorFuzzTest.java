package org.entente;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * Jazzer drives {@link Extractor#extract} with generated text: fragments of news prose, quotation
 * marks, markup, control and zero-width characters, emoji and other scripts, in any mix. The only
 * exceptions allowed are the documented refusals; every offset must point at its text.
 *
 * <p>Under {@code mvn verify} the test runs twice: in the default surefire execution, Jazzer's
 * regression mode replays the inputs kept under {@code
 * src/test/resources/org/entente/ExtractorFuzzTestInputs/}; the {@code fuzz} execution sets
 * {@code JAZZER_FUZZ=1} and fuzzes for {@code maxDuration}. A crash fails the build and its
 * input is written to that folder, to be kept as a regression case once the code is fixed.
 */
class ExtractorFuzzTest {
  private static final Set<String> DOCUMENTED = Set.of("too-large", "timeout");

  private static final String[] SENTENCES = {
    "Germany backed the plan, Chancellor Olaf Scholz said. ",
    "\"We will not accept this,\" Sergey Lavrov told reporters in Moscow. ",
    "Japan and Australia agreed to deepen defence ties within the Quad. ",
    "NATO condemned the strike, while China called for restraint. ",
    "India welcomed the statement, according to its foreign ministry. ",
    "The US President said Washington opposes the sanctions. ",
    "She said the talks were \"constructive\", but Beijing rejected the claim. ",
  };

  private static final String[] FRAGMENTS = {
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", ":", ",", ".", " ", "\n", "\n\n", "\r\n",
    "<p>", "</p>", "<!DOCTYPE html><html><body>", "<script>var a = '", "&amp;", "&ldquo;",
    "\u0000", "\u0007", "\u200b", "\u200d", "\uFEFF", "\u202e", "\uD83D\uDE00", "\uD83C\uDDFA",
    "Путин", "北京", "العربية", "said", "told", "according to", "the president", "he", "they",
  };

  @FuzzTest(maxDuration = "60s")
  void extractRefusesOnlyWhatItDocuments(FuzzedDataProvider data) {
    // An English sentence first, so that most inputs pass the language gate and reach the
    // annotators; then any mix of fragments and raw strings.
    StringBuilder b = new StringBuilder(SENTENCES[data.consumeInt(0, SENTENCES.length - 1)]);
    int parts = data.consumeInt(0, 40);
    for (int i = 0; i < parts && b.length() < 4_000; i++) {
      switch (data.consumeInt(0, 3)) {
        case 0 -> b.append(data.pickValue(SENTENCES));
        case 1 -> b.append(data.consumeString(40));
        default -> b.append(data.pickValue(FRAGMENTS));
      }
    }
    String text = b.toString();
    Extraction x;
    try {
      x = SharedExtractor.get().extract("fuzz", text);
    } catch (ExtractionException e) {
      if (DOCUMENTED.contains(e.type())) {
        return;
      }
      throw e;
    }
    HostileInputTest.assertOffsetsHold(Html.looksLikeHtml(text) ? Html.toText(text) : text, x);
  }
}
