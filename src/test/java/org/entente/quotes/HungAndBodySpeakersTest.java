package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.Extractor;
import org.entente.QuoteKind;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Reported speech whose content the rules read but whose speaker they missed: a cue the parser
 * hangs loosely after a comma or dash, on texts written for these tests.
 */
class HungAndBodySpeakersTest {
  private final Extractor extractor = SharedExtractor.get();

  private List<String> speakers(String text, String part) {
    return QuotesOf.only(QuotesOf.extract(extractor, text), QuoteKind.INDIRECT, part).speakers();
  }

  @Test
  void aParticipleHungAfterAQuotedTitleSpeaksForTheClauseBefore() {
    assertEquals(List.of("karl-olsen"), speakers("Karl Olsen of Norway told the radio hosts of "
        + "“Morning Coast,” adding that his son works on one of the ferries.\n", "his son works"));
  }

  @Test
  void aCueHungFromANameAfterItsRelativeClauseSpeaksForTheName() {
    assertEquals(List.of("anna-berg"), speakers("Anna Berg, who still walks with a cane after a "
        + "fall in 2019, also noted that the plan had cost the town dearly.\n", "cost the town"));
  }

  @Test
  void aParticipleAfterADashSpeaksForTheClauseBefore() {
    assertEquals(List.of("anna-berg"), speakers("Anna Berg stood by the treaty on Friday – "
        + "saying she would not reopen the talks before the summer.\n", "reopen the talks"));
  }
}
