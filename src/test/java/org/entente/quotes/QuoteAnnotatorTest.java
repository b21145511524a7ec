package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Quotation styles, attribution routes and non-quotes, on small texts written for the tests. */
class QuoteAnnotatorTest {
  private final Extractor extractor = SharedExtractor.get();

  private List<Quote> quotes(String text) {
    return QuotesOf.extract(extractor, text);
  }

  private static Quote only(List<Quote> qs, QuoteKind kind, String textPart) {
    return QuotesOf.only(qs, kind, textPart);
  }

  private static void none(List<Quote> qs, String textPart) {
    assertTrue(qs.stream().noneMatch(q -> q.text().contains(textPart)),
        () -> "no quote with '" + textPart + "' in " + qs);
  }

  @Test
  void curlyQuoteWithCueAfter() {
    Quote q = only(quotes("“We will keep working together on energy,” Vladimir Putin said on "
        + "Tuesday."), QuoteKind.DIRECT, "keep working together");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertEquals(QuoteRoute.CUE_SUBJECT, q.route());
    assertEquals("said", q.cue().text());
  }

  @Test
  void straightQuoteAfterAColon() {
    Quote q = only(quotes("Vladimir Putin proclaimed: \"The old order is over and a new one "
        + "has begun.\""), QuoteKind.DIRECT, "old order is over");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertEquals(QuoteRoute.COLON, q.route());
  }

  @Test
  void singleQuotesAndApostrophes() {
    Quote q = only(quotes("Vladimir Putin said Russia's talks with Beijing had been 'frank and "
        + "useful' for both sides."), QuoteKind.DIRECT, "frank and useful");
    assertEquals(List.of("vladimir-putin"), q.speakers());
  }

  @Test
  void guillemets() {
    Quote q = only(quotes("Vladimir Putin told reporters: «We are ready to talk to anyone who "
        + "wants peace.»"), QuoteKind.DIRECT, "ready to talk");
    assertEquals(List.of("vladimir-putin"), q.speakers());
  }

  @Test
  void nestedQuoteIsPartOfTheOuterOne() {
    List<Quote> qs = quotes("“Some states talk about ‘democracy’ while they impose their will "
        + "on others,” Vladimir Putin said.");
    only(qs, QuoteKind.DIRECT, "Some states talk about ‘democracy’");
    assertEquals(1, qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count());
  }

  @Test
  void multiParagraphQuotation() {
    List<Quote> qs = quotes("Vladimir Putin said: “Our countries will trade more next year.\n"
        + "“And we will build the pipeline together, whatever others say.”");
    assertEquals(List.of("vladimir-putin"), only(qs, QuoteKind.DIRECT, "trade more").speakers());
    assertEquals(List.of("vladimir-putin"),
        only(qs, QuoteKind.DIRECT, "build the pipeline").speakers());
  }

  @Test
  void shortAttributedFragment() {
    Quote q = only(quotes("Chinese President Xi Jinping met Vladimir Putin in Astana. Xi called "
        + "Putin his “dear colleague” during the talks."), QuoteKind.DIRECT, "dear colleague");
    assertEquals(List.of("xi-jinping"), q.speakers());
  }

  @Test
  void pronounSpeaker() {
    Quote q = only(quotes("Vladimir Putin arrived in Beijing on Monday. “The partnership is "
        + "stronger than ever before,” he said."), QuoteKind.DIRECT, "partnership is stronger");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertEquals(QuoteRoute.PRONOUN, q.route());
  }

  @Test
  void bareQuotationParagraphTakesTheAdjacentSpeaker() {
    List<Quote> qs = quotes("Vladimir Putin addressed reporters after the meeting and said the "
        + "talks had gone well.\n“Our countries will never be divided by outsiders.”");
    Quote q = only(qs, QuoteKind.DIRECT, "never be divided");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertEquals(QuoteRoute.ADJACENT_SENTENCE, q.route());
  }

  @Test
  void reportedSpeechWithThat() {
    Quote q = only(quotes("Vladimir Putin said that trade between the two countries had grown "
        + "by a third."), QuoteKind.INDIRECT, "trade between the two countries");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertTrue(q.text().startsWith("trade"), q.text());
  }

  @Test
  void reportedSpeechWithTheCueAfter() {
    Quote q = only(quotes("Trade between the two countries grew by a third last year, Vladimir "
        + "Putin said."), QuoteKind.INDIRECT, "grew by a third");
    assertEquals(List.of("vladimir-putin"), q.speakers());
  }

  @Test
  void urgingSomeoneToDoSomethingIsNoQuote() {
    // A directive reports a demand, not words: no quote (issue 13).
    none(quotes("Vladimir Putin urged the United States to lift its sanctions on Russian "
        + "banks."), "lift its sanctions");
  }

  @Test
  void accordingTo() {
    Quote q = only(quotes("According to the Kremlin, the two sides agreed to expand trade in "
        + "energy and grain."), QuoteKind.INDIRECT, "expand trade");
    assertEquals(List.of("RUS"), q.speakers());
    assertEquals(QuoteRoute.ACCORDING_TO, q.route());
  }

  @Test
  void jointStatementHasSeveralSpeakers() {
    Quote q = only(quotes("Russia and China said in a joint statement that they oppose any new "
        + "military blocs in Asia."), QuoteKind.INDIRECT, "oppose any new military blocs");
    assertEquals(List.of("RUS", "CHN"), q.speakers());
  }

  @Test
  void theTwoLeaders() {
    Quote q = only(quotes("Vladimir Putin met Chinese President Xi Jinping in Moscow. The two "
        + "leaders said the conflict must end through negotiations."), QuoteKind.INDIRECT,
        "conflict must end");
    assertEquals(2, q.speakers().size());
    assertTrue(q.speakers().containsAll(List.of("vladimir-putin", "xi-jinping")), q.toString());
  }

  @Test
  void anonymousSource() {
    Quote q = only(quotes("A Kremlin aide said the visit would take place in the spring."),
        QuoteKind.INDIRECT, "visit would take place");
    assertEquals(List.of("kremlin-aide"), q.speakers());
    assertEquals(QuoteRoute.ANONYMOUS, q.route());
  }

  @Test
  void outletAndAddressee() {
    Quote q = only(quotes("Vladimir Putin told Xi Jinping that gas deliveries would double by "
        + "2030, Xinhua reported."), QuoteKind.INDIRECT, "gas deliveries would double");
    assertEquals(List.of("vladimir-putin"), q.speakers());
    assertEquals("xi-jinping", q.addressee());
    assertEquals("xinhua", q.outlet());
  }

  @Test
  void headlineIsNotAQuote() {
    List<Quote> qs = quotes("Moscow And Beijing Sign “New Era” Pact\nThe two countries signed "
        + "a treaty on Monday.");
    none(qs, "New Era");
  }

  @Test
  void scareQuoteIsNotAQuote() {
    none(quotes("The vote was held under a kind of ‘democracy’ that few observers recognised."),
        "democracy");
  }

  @Test
  void namesAndLabelsAreNotQuotes() {
    List<Quote> qs = quotes("Vladimir Putin criticised the “Quad” and its naval drills. The two "
        + "countries declared a “no limits” partnership. The drill, named “Joint Sea”, began.");
    none(qs, "Quad");
    none(qs, "no limits");
    none(qs, "Joint Sea");
  }

  @Test
  void aCancelledCueAttributesNothing() {
    none(quotes("China has refrained from calling the war an “invasion” for a year."),
        "invasion");
  }

  @Test
  void unbalancedMarksNeverThrow() {
    List<Quote> qs = quotes("Vladimir Putin said “this never closes\nAnd ‘neither does this.");
    assertNotNull(qs);
  }

  @Test
  void cueClosingTheSentenceWithAPronounSubject() {
    Quote q = only(quotes("Sergey Lavrov met his counterpart on Monday. Instead, the West is "
        + "trying to isolate Moscow from its partners, he said on Monday."), QuoteKind.INDIRECT,
        "trying to isolate Moscow");
    assertEquals(List.of("sergey-lavrov"), q.speakers());
    assertTrue(q.text().endsWith("partners"), q.text());
  }

  @Test
  void cueClosingTheSentenceRelayedByAnAgency() {
    List<Quote> qs = quotes("Alexei Miller, the head of Gazprom, spoke in Moscow. The pipeline "
        + "will carry gas from western Siberia to northern China across Mongolia, Miller said, "
        + "Interfax reports.");
    Quote q = only(qs, QuoteKind.INDIRECT, "will carry gas");
    assertEquals(List.of("alexey-miller"), q.speakers());
    none(qs, "Interfax reports");
  }

  @Test
  void reportedSubjectMisreadAsTheCuesObject() {
    Quote q = only(quotes("Nobuo Kishi said two Chinese bombers also flew over the Sea of Japan "
        + "on Tuesday."), QuoteKind.INDIRECT, "flew over the Sea of Japan");
    assertEquals(List.of("nobuo-kishi"), q.speakers());
    assertTrue(q.text().startsWith("two Chinese bombers"), q.text());
  }

  @Test
  void revealedThat() {
    Quote q = only(quotes("Alexei Miller revealed that the price of the gas will be set in a "
        + "separate contract."), QuoteKind.INDIRECT, "price of the gas");
    assertEquals(List.of("alexey-miller"), q.speakers());
  }

  @Test
  void reportedContentLeavesOutItsOwnSource() {
    List<Quote> qs = quotes("Xi Jinping said Europe and China should not treat each other as "
        + "rivals, according to state media.");
    Quote q = only(qs, QuoteKind.INDIRECT, "should not treat each other");
    assertTrue(q.text().endsWith("rivals"), q.text());
    qs = quotes("The two ministers talked for an hour in which, according to the Russian Foreign "
        + "Ministry, they agreed on a plan for trade.");
    only(qs, QuoteKind.INDIRECT, "they agreed on a plan");
    none(qs, "talked for an hour");
  }

  @Test
  void aSentenceOpeningAdverbialIsNotReportedSpeech() {
    none(quotes("Earlier this month, Russia and China announced plans for a new pipeline."),
        "Earlier this month");
  }

  @Test
  void aDocumentSpeaksForItsIssuer() {
    Quote q = only(quotes("The Chinese readout said the two presidents had a candid exchange on "
        + "trade."), QuoteKind.INDIRECT, "candid exchange");
    assertEquals(List.of("CHN"), q.speakers());
    List<Quote> qs = quotes("Japan's foreign ministry issued a statement on Friday. The statement "
        + "said the drills had raised tensions in the region.");
    assertEquals(List.of("japanese-foreign-ministry"),
        only(qs, QuoteKind.INDIRECT, "raised tensions").speakers());
  }

  @Test
  void aJointStatementSpeaksForThePartiesThatMet() {
    for (String text : List.of("Vladimir Putin met Xi Jinping in Beijing on Thursday. The joint "
        + "statement said economic cooperation would deepen further.",
        "Vladimir Putin held talks with Xi Jinping on Thursday. The leaders later issued a joint "
        + "statement. The statement said economic cooperation would deepen further.")) {
      Quote q = only(quotes(text), QuoteKind.INDIRECT, "economic cooperation would deepen");
      assertEquals(2, q.speakers().size(), q.speakers().toString());
      assertTrue(q.speakers().containsAll(List.of("vladimir-putin", "xi-jinping")));
    }
  }

  @Test
  void aDocumentCitedForANamedSpeakerCreditsThatSpeaker() {
    Quote q = only(quotes("According to a Kremlin statement, Putin said the talks with Beijing "
        + "had been constructive."), QuoteKind.INDIRECT, "talks with Beijing");
    assertEquals(List.of("vladimir-putin"), q.speakers());
  }
}
