package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;

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

  /** The quotes of {@code kind} whose words contain {@code part}. */
  static List<Quote> of(List<Quote> qs, QuoteKind kind, String part) {
    return qs.stream().filter(q -> q.kind() == kind && q.text().contains(part)).toList();
  }

  /** The one quote of {@code kind} whose words contain {@code part}; fails unless exactly one. */
  static Quote only(List<Quote> qs, QuoteKind kind, String part) {
    List<Quote> hits = of(qs, kind, part);
    assertEquals(1, hits.size(), () -> "one " + kind + " quote with '" + part + "' in " + qs);
    return hits.get(0);
  }
}
