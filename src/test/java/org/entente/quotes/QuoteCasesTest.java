package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * The detection and attribution cases of issue 13, on texts written for these tests: plain
 * quotations the parser misreads, colon introductions, quotations over paragraphs, pull quotes,
 * nested quotations, addressees, directives, unclosed marks, and a reported clause about a
 * person.
 */
class QuoteCasesTest {
  private static final String LOPEZ = "Senator Maria Lopez came to Columbus on Friday.\n";
  private final Extractor extractor = SharedExtractor.get();

  private List<Quote> quotes(String text) {
    return QuotesOf.extract(extractor, text);
  }

  private static List<Quote> of(List<Quote> qs, QuoteKind kind, String part) {
    return QuotesOf.of(qs, kind, part);
  }

  private Quote only(String text, QuoteKind kind, String part) {
    return QuotesOf.only(quotes(text), kind, part);
  }

  @Test
  void aPlainQuotationWithItsCueIsFoundWhateverTheParserMakesOfIt() {
    // "to be back ... said" is read as a passive "be said" by the parser.
    for (String words : List.of("I am glad to be back in Ohio,", "So happy to be back in Ohio,",
        "We will win this state,", "It is good to be home again,")) {
      Quote q = only(LOPEZ + "“" + words + "” Lopez said.\n", QuoteKind.DIRECT, words);
      assertEquals(List.of("maria-lopez"), q.speakers(), words);
      assertEquals("said", q.cue().text());
    }
  }

  @Test
  void aQuotationIntroducedByAColonBelongsToTheClausesSubject() {
    Quote q = only(LOPEZ + "Lopez had one message for the crowd: “Every vote will count in "
        + "November.”\n", QuoteKind.DIRECT, "Every vote will count");
    assertEquals(List.of("maria-lopez"), q.speakers());
    assertEquals(QuoteRoute.COLON, q.route());
  }

  @Test
  void aQuotationOverTwoParagraphsKeepsItsSpeaker() {
    List<Quote> qs = quotes(LOPEZ + "Lopez said: “We will build new roads across the state.\n"
        + "“We will also repair every bridge that needs it,” she added.\n");
    for (String part : List.of("build new roads", "repair every bridge")) {
      List<Quote> hits = of(qs, QuoteKind.DIRECT, part);
      assertEquals(1, hits.size(), part + " in " + qs);
      assertEquals(List.of("maria-lopez"), hits.get(0).speakers());
    }
  }

  @Test
  void aPullQuoteCountsOnce() {
    List<Quote> qs = quotes(LOPEZ + "“Every vote will count in November,” Lopez said.\n"
        + "“Every vote will count in November”\nShe then left for Cleveland.\n");
    assertEquals(1, of(qs, QuoteKind.DIRECT, "Every vote will count").size(), qs.toString());
  }

  @Test
  void aNestedQuotationIsPartOfTheOuterOne() {
    List<Quote> qs = quotes(LOPEZ + "Lopez said: “My father told me, ‘Never give up on this "
        + "state,’ and I never did.”\n");
    List<Quote> direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(1, direct.size(), qs.toString());
    assertTrue(direct.get(0).text().contains("Never give up"));
    assertEquals(List.of("maria-lopez"), direct.get(0).speakers());
  }

  @Test
  void theAddresseeIsWhomTheTextNames() {
    String text = "Chancellor Olaf Scholz spoke in Berlin on Monday.\nScholz said Germany would "
        + "send more aid to the region.\nScholz told Emmanuel Macron that the plan was sound.\n"
        + "Scholz said to Emmanuel Macron that the talks had gone well.\n";
    List<Quote> qs = quotes(text);
    assertNull(of(qs, QuoteKind.INDIRECT, "send more aid").get(0).addressee(),
        "the reported clause's subject is no addressee");
    assertEquals("emmanuel-macron",
        of(qs, QuoteKind.INDIRECT, "plan was sound").get(0).addressee());
    assertEquals("emmanuel-macron",
        of(qs, QuoteKind.INDIRECT, "talks had gone well").get(0).addressee());
  }

  @Test
  void aDirectiveIsNoQuote() {
    List<Quote> qs = quotes("The mayor of Dayton urged the governor to close the plant. Canada "
        + "asked Russia to withdraw its troops from the border.");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("close the plant")
        || q.text().contains("withdraw its troops")), qs.toString());
  }

  @Test
  void reportedContentNeverEndsOnAnOpeningMark() {
    for (String text : List.of(
        "Prime Minister Li Qiang spoke at the forum on Monday.\nLi said the region must reject "
            + "\"bloc confrontation\" and open its markets.\n",
        "Prime Minister Li Qiang spoke at the forum on Monday.\nLi said the region must reject "
            + "\"bloc confrontation and open its markets.\n")) {
      for (Quote q : quotes(text)) {
        int open = 0;
        for (char c : q.text().toCharArray()) {
          open += c == '"' ? 1 : 0;
        }
        assertEquals(0, open % 2, () -> "balanced marks in " + q);
        assertFalse(q.text().endsWith("\""), q.text());
      }
    }
  }

  @Test
  void theSpeakerModelAttributesWhatNoRuleDoes() {
    String text = "Senator Maria Lopez spoke in Toledo on Saturday.\n“We will fix every road in "
        + "this state before the winter comes.” Her voice rose as she spoke.\n";
    Quote q = only(text, QuoteKind.DIRECT, "fix every road");
    assertEquals(List.of("maria-lopez"), q.speakers());
    assertEquals(QuoteRoute.SPEAKER_MODEL, q.route());
    assertTrue(q.confidence() >= 0.5 && q.confidence() <= 1, q.toString());
    try (Extractor rulesOnly = Extractor.builder()
        .property("entente.quotes.speakerScorer", "none").build()) {
      // No rule attributes it; a full clause is kept all the same, without a speaker.
      List<Quote> qs = rulesOnly.extract(text).quotes();
      assertEquals(1, qs.size(), qs::toString);
      assertEquals(List.of(), qs.get(0).speakers());
      assertEquals(QuoteRoute.NONE, qs.get(0).route());
    }
  }

  @Test
  void aReportedClauseAboutAPersonIsCreditedToTheSpeaker() {
    Quote q = only("Mayor Anna Berg spoke at the opening of the bridge on Monday.\nTom Smith was "
        + "the first mayor to try the plan, she said.\n", QuoteKind.INDIRECT, "first mayor");
    assertEquals(List.of("anna-berg"), q.speakers());
  }

  @Test
  void aFullClauseWithoutACueIsStillAQuotationButAScareQuoteOrTitleIsNot() {
    String text = "The committee met for three hours on Tuesday.\n\n"
        + "“We cannot wait another year before the schools are repaired.”\n\n"
        + "The so-called “reform” passed without a debate, and the clerk has read “The Art of "
        + "Winning Votes” twice.\n";
    List<Quote> qs = quotes(text);
    Quote q = only(text, QuoteKind.DIRECT, "We cannot wait");
    assertTrue(q.speakers().isEmpty() == (q.route() == QuoteRoute.NONE), q::toString);
    assertEquals(List.of(), of(qs, QuoteKind.DIRECT, "reform"), "a scare quote");
    assertEquals(List.of(), of(qs, QuoteKind.DIRECT, "Winning Votes"), "a title");
  }

  @Test
  void unnamedSourcesLikePoliceOrOpponentsReportSpeech() {
    for (String who : List.of("Police", "Opponents of the plan", "Local strategists",
        "Investigators")) {
      String text = "The bridge over the river was closed on Monday.\n" + who
          + " said the work would take until the spring.\n";
      Quote q = only(text, QuoteKind.INDIRECT, "the work would take");
      assertEquals(1, q.speakers().size(), who);
      assertEquals(QuoteRoute.ANONYMOUS, q.route(), who);
    }
  }

  @Test
  void aPollOrSurveySpeaksForWhoeverRanIt() {
    String text = "The Harbor Institute published new figures on Monday.\n"
        + "Most residents back the new ferry line, according to a survey by the Harbor Institute.\n";
    Extraction x = extractor.extract(text);
    Quote q = only(text, QuoteKind.INDIRECT, "Most residents back");
    assertEquals(QuoteRoute.ACCORDING_TO, q.route());
    assertEquals(1, q.speakers().size(), q::toString);
    assertTrue(x.actors().stream().anyMatch(a -> a.id().equals(q.speakers().get(0))
        && a.name().contains("Harbor Institute")), () -> x.actors().toString());
  }

  @Test
  void aCampaignOrOfficeSpeaksForWhoeverRunsIt() {
    for (String who : List.of("The Lopez campaign", "Her campaign", "Lopez's office")) {
      String text = LOPEZ + who + " said the senator would visit Toledo in June.\n";
      Quote q = only(text, QuoteKind.INDIRECT, "would visit Toledo");
      assertEquals(List.of("maria-lopez"), q.speakers(), who);
    }
  }
}
