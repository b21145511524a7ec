package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Reported speech without quotation marks (issue 13, item 3), on texts written for these tests:
 * contractions with typographic apostrophes, cues learned from PolNeAR's train split, noun cues,
 * sources the actor stage does not know, and where the content ends.
 */
class ReportedSpeechTest {
  private static final String LOPEZ = "Senator Maria Lopez came to Columbus on Friday.\n";
  private final Extractor extractor = SharedExtractor.get();

  private List<Quote> quotes(String text) {
    List<Quote> qs = extractor.extract(text).quotes();
    for (Quote q : qs) {
      assertEquals(q.text(), text.substring(q.begin(), q.end()), "text is the span's text");
    }
    return qs;
  }

  private Quote only(String text, String part) {
    List<Quote> qs = quotes(text);
    List<Quote> hits = qs.stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(part)).toList();
    assertEquals(1, hits.size(), () -> "one reported speech with '" + part + "' in " + qs);
    return hits.get(0);
  }

  @Test
  void aContractionWithATypographicApostropheKeepsItsVerb() {
    // "he’s" was tagged a possessive, and the clause lost its verb
    for (String clause : List.of("she’s not happy with the budget",
        "she isn’t happy with the budget", "they’re not happy with the budget")) {
      Quote q = only(LOPEZ + "Lopez said " + clause + ".\n", clause);
      assertEquals(clause, q.text());
      assertEquals(List.of("maria-lopez"), q.speakers(), clause);
    }
  }
}
