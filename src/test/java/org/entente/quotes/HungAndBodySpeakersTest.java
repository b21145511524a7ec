package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extractor;
import org.entente.QuoteKind;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Reported speech whose content the rules read but whose speaker they missed: a cue the parser
 * hangs loosely after a comma or dash, a government described by its state, a speaking "it"
 * that continues a body or a government named as subject before it, and sets of people the text
 * does not name ("Democrats say", "six in 10 say", "some said"); on texts written for these
 * tests.
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

  @Test
  void aGovernmentDescribedByItsStateIsTheState() {
    assertEquals(List.of("CAN"), speakers("Canada will keep its troops in Latvia, Prime Minister "
        + "Mark Olsen told parliament on Friday.\n\nThe Canadian government said it would send "
        + "two more frigates to the Baltic Sea next spring.\n", "two more frigates"));
  }

  @Test
  void itAfterAMinistryAsSubjectIsTheMinistry() {
    assertEquals(List.of("norwegian-foreign-ministry"), speakers("The Norwegian foreign ministry "
        + "summoned the Swedish ambassador in Oslo on Monday.\n\nIt said that the new fishing "
        + "quotas broke the treaty of 1998.\n", "fishing quotas"));
    assertEquals(List.of("chilean-foreign-ministry"), speakers("Chile protested on Monday. In a "
        + "letter to the court, Chile's foreign ministry called the ruling unfair, and it said "
        + "that the border case should be heard again.\n", "heard again"));
    // "its foreign ministry": the body of the state the text is about, named as the gazetteer
    // names such bodies
    assertEquals(List.of("norwegian-foreign-ministry"), speakers("Norway has complained about "
        + "the quotas for months. On Monday its foreign ministry summoned the Swedish "
        + "ambassador. It said the quotas broke the treaty of 1998.\n", "quotas broke"));
  }

  @Test
  void itAfterAGovernmentAsSubjectIsItsState() {
    assertEquals(List.of("CAN"), speakers("The Canadian government has protested the tariffs. It "
        + "said on Friday that they broke the trade agreement.\n", "trade agreement"));
  }

  @Test
  void itAfterAPersonOrAReportedSubjectSpeaksForNoBody() {
    // the nearest subject is a person, so "it" is no safe continuation of the ministry
    String text = "The Norwegian foreign ministry summoned the envoy. Lars Holm said Sweden had "
        + "broken the treaty. It added that the quotas were too high.\n";
    assertTrue(QuotesOf.of(QuotesOf.extract(extractor, text), QuoteKind.INDIRECT, "too high")
        .stream().noneMatch(q -> q.speakers().contains("norwegian-foreign-ministry")));
  }

  @Test
  void aShareOfPeopleOrAPartyOrAQuantifierSpeaksUnnamed() {
    String poll = "The poll of 900 voters in Ohio was taken last week. Six in 10 say the new "
        + "bridge toll is too high, and three in 10 said they would vote against the mayor.\n";
    assertEquals(List.of("six-in-10"), speakers(poll, "too high"));
    assertEquals(List.of("three-in-10"), speakers(poll, "vote against"));
    String council = "The council met on Tuesday to discuss the toll. Democrats say the toll "
        + "hurts working families. Some said the vote should wait until spring.\n";
    assertEquals(List.of("democrats"), speakers(council, "working families"));
    assertEquals(List.of("some"), speakers(council, "wait until spring"));
  }
}
