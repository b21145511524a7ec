package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public records: lookups by id, the quote's span, routes, versions, and their JSON. */
class RecordsTest {
  private static final String TEXT = "Ruritania's leader Anna Vek said: \"We back the Pact.\"";

  private static Extraction sample() {
    Span rur = Span.of(TEXT, 0, 9);
    Span vek = Span.of(TEXT, 19, 27);
    return new Extraction("r.txt", "en",
        List.of(new Actor("RUR", "Ruritania", ActorKind.STATE, null, null, false, List.of(rur)),
            new Actor("anna-vek", "Anna Vek", ActorKind.PERSON, "", "leader", false,
                List.of(vek))),
        List.of(new Alliance("PACT", "The Pact", List.of("RUR"), List.of(Span.of(TEXT, 47, 51)))),
        List.of(new Quote(QuoteKind.DIRECT, Span.of(TEXT, 35, 52), List.of("anna-vek"),
            Span.of(TEXT, 28, 32), null, null, QuoteRoute.COLON, 0.8)),
        List.of());
  }

  @Test
  void actorsAndAlliancesByIdAndTheQuotesSpan() {
    Extraction x = sample();
    assertEquals("Anna Vek", x.actor("anna-vek").orElseThrow().name());
    assertFalse(x.actor("nobody").isPresent());
    assertEquals(List.of("RUR"), x.alliance("PACT").orElseThrow().members());
    assertFalse(x.alliance("NATO").isPresent());
    Quote q = x.quotes().get(0);
    assertEquals("We back the Pact.", q.text());
    assertEquals(q.span().text(), TEXT.substring(q.begin(), q.end()));
    assertEquals(QuoteRoute.COLON, q.route());
    assertNull(x.actor("anna-vek").orElseThrow().country(), "a blank country is unknown");
    assertEquals(Versions.current(), x.versions());
  }

  @Test
  void jsonKeepsTheQuotesFlatSpanAndCarriesTheVersions() {
    Extraction x = sample();
    String json = x.toJson();
    assertTrue(json.contains("{\"kind\":\"DIRECT\",\"text\":\"We back the Pact.\",\"begin\":35,"
        + "\"end\":52,\"speakers\":[\"anna-vek\"],"), json);
    assertTrue(json.endsWith(",\"versions\":{\"entente\":\"" + Versions.current().entente()
        + "\",\"corenlp\":\"" + Versions.current().corenlp() + "\"}}"), json);
    assertFalse(json.contains("\"country\""), json);
    assertEquals(x, Extraction.fromJson(json));
    assertTrue(Versions.current().entente().matches("\\d+\\.\\d+\\.\\d+.*"),
        Versions.current().toString());
    assertEquals("4.5.10", Versions.current().corenlp());
    // JSON written before the versions were recorded still reads
    String old = json.substring(0, json.indexOf(",\"versions\"")) + "}";
    assertNull(Extraction.fromJson(old).versions());
  }

  @Test
  void stanceRouteIsInTheJsonAndOldJsonWithoutItStillReads() {
    Stance s = new Stance("vek", "PACT", Polarity.OPPOSE, null, null, 0.7,
        StanceRoute.QUOTE_SPEAKER);
    Extraction x = new Extraction("d", "en", List.of(), List.of(), List.of(), List.of(s));
    String json = x.toJson();
    assertTrue(json.contains("\"route\":\"QUOTE_SPEAKER\""), json);
    assertEquals(x, Extraction.fromJson(json));
    String old = json.replace(",\"route\":\"QUOTE_SPEAKER\"", "");
    assertNull(Extraction.fromJson(old).stances().get(0).route());
  }

  @Test
  void summaryHasNoEmptyParentheses() {
    String summary = sample().summary();
    assertTrue(summary.contains("Anna Vek\n"), summary);
    assertFalse(summary.contains("()"), summary);
  }
}
