package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The aligned table of {@link Extraction#summary()}, on a hand-made extraction. */
class SummaryTest {
  @Test
  void alignsActorsQuotesAndStances() {
    String text = "Ruritania and its leader Anna Vek said: \"We back the Pact.\" Borduria objected.";
    Span s = Span.of(text, 0, 9);
    Extraction x = new Extraction("r.txt", "en",
        List.of(new Actor("RUR", "Ruritania", ActorKind.STATE, null, null, false, List.of(s, s)),
            new Actor("anna-vek", "Anna Vek", ActorKind.PERSON, "RUR", "President", false,
                List.of(s))),
        List.of(new Alliance("PACT", "The Pact", List.of("RUR", "BOR"), List.of(s))),
        List.of(new Quote(QuoteKind.DIRECT, Span.of(text, 41, 58), List.of("anna-vek"),
            null, null, null, QuoteRoute.CUE_SUBJECT, 0.9)),
        List.of(new Stance("anna-vek", "PACT", Polarity.SUPPORT, Span.of(text, 44, 48), null, 0.8),
            new Stance("BOR", "RUR", Polarity.OPPOSE, null, null, 0.5)));
    assertEquals("""
        == r.txt  [en]  2 actors, 1 alliance, 1 quote, 2 stances
        actors
          RUR       STATE    2×  Ruritania
          anna-vek  PERSON   1×  Anna Vek (RUR)
        alliances
          PACT   1×  The Pact  (2 members)
        quotes
          DIRECT   anna-vek  "We back the Pact."
        stances
          anna-vek —SUPPORTS→ PACT  (back)
          BOR      —OPPOSES→  RUR
        """, x.summary().replace(System.lineSeparator(), "\n"));
  }
}
