package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extractor;
import org.entente.Quote;

/** The quotes of a test text, each checked against the text it claims to span. */
final class QuotesOf {
  private QuotesOf() {
  }

  static List<Quote> extract(Extractor extractor, String text) {
    List<Quote> qs = extractor.extract(text).quotes();
    for (Quote q : qs) {
      assertEquals(q.text(), text.substring(q.begin(), q.end()), "text is the span's text");
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1, "confidence is a probability");
    }
    return qs;
  }
}
