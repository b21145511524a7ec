package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.RejectedQuote;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Which quoted words are quotations, on texts written for these tests: everything a speaker is
 * said to say, however short, is kept; headlines, titles and names, scare quotes and words under
 * a cancelled speech verb are not, each with its reason.
 */
class QuoteDetectionTest {
  private static final String LOPEZ = "Senator Maria Lopez came to Columbus on Friday.\n";
  private final Extractor extractor = SharedExtractor.get();

  private List<Quote> direct(String text) {
    return extractor.extract(text).quotes().stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  private void found(String text, String words) {
    List<Quote> qs = direct(text);
    assertEquals(1, qs.stream().filter(q -> q.text().contains(words)).count(),
        () -> "'" + words + "' is a quotation in " + qs + "; rejected: "
            + extractor.rejectedQuotes(text));
  }

  private void rejected(String text, String words, String reason) {
    List<Quote> qs = direct(text);
    assertTrue(qs.stream().noneMatch(q -> q.text().contains(words)), qs::toString);
    List<RejectedQuote> rs = extractor.rejectedQuotes(text);
    assertTrue(rs.stream().anyMatch(r -> r.span().text().contains(words)
        && r.reason().equals(reason) && !r.explanation().isBlank()),
        () -> "'" + words + "' rejected as " + reason + " in " + rs);
  }

  @Test
  void aShortQuotationBesideASpeechVerbIsKeptEvenWithoutAKnownSpeaker() {
    found("The council of the river towns met for hours on Monday. After the vote, the council "
        + "said it was “deeply worried” by the result.\n", "deeply worried");
  }

  @Test
  void quotedAdjectivesBeforeANounAreSomeonesWordsButAQuotedNounCompoundIsAName() {
    found(LOPEZ + "Lopez praised the “brave and tireless” volunteers of the town.\n",
        "brave and tireless");
    found(LOPEZ + "Lopez said the towns agreed to “calm down” tempers before the vote.\n",
        "calm down");
    rejected(LOPEZ + "Lopez signed the “clean rivers” pact with the mayors on Friday.\n",
        "clean rivers", "TITLE_OR_NAME");
  }

  @Test
  void aHeadlineQuotesSomeoneOnlyWhenASpeechVerbIntroducesTheWords() {
    found("Lopez Says State Will ‘Never Give Up’ on Bridge\n\n" + LOPEZ
        + "She spoke to the workers at the river.\n", "Never Give Up");
    rejected("Dayton Unveils ‘Green Future’ Plan\n\n" + LOPEZ
        + "She spoke to the workers at the river.\n", "Green Future", "HEADLINE");
  }

  @Test
  void aNegatedBlockerCancelsNothingButABlockerDoes() {
    found(LOPEZ + "Lopez did not hesitate to accuse the council of “wasting” public money.\n",
        "wasting");
    rejected(LOPEZ + "Lopez refrained from calling the vote a “disaster” on Friday.\n",
        "disaster", "CANCELLED_CUE");
  }

  @Test
  void aShortCompleteSentenceOrAVerblessPassageIsKept() {
    found("The ferry plan was announced in May by the two towns.\nLater it was dropped. "
        + "\"It was bound to fail.\"\n", "It was bound to fail.");
    found("The ferry plan was announced in May by the two towns.\n\"No money, no boats, no "
        + "crews. The worst plan of the decade for the river towns.\"\n", "No money");
  }

  @Test
  void aQuotedCharacterisationAfterAsIsSomeonesWords() {
    found(LOPEZ + "Lopez saw the new ferry line as a “gift to the river towns”.\n",
        "gift to the river towns");
  }

  @Test
  void aScareQuoteOrALabelIsNoQuotation() {
    rejected("The “reform” of the ferry line passed on Monday.\n", "reform", "SCARE_QUOTE");
    rejected("The so-called “reform” of the ferry line passed on Monday.\n", "reform",
        "TITLE_OR_NAME");
    rejected(LOPEZ + "The ferry, named “River Queen”, left on time.\n", "River Queen",
        "TITLE_OR_NAME");
  }

  @Test
  void aClaimBeforeThatIntroducesQuotedWords() {
    found(LOPEZ + "Reporters checked the mayor's claim that there were “thousands of potholes” "
        + "in the city.\n", "thousands of potholes");
  }

  @Test
  void aPullQuoteIsCountedOnceAndListedAsRejected() {
    String text = LOPEZ + "“Every bridge will be safe by winter,” Lopez said.\n"
        + "“EVERY BRIDGE WILL BE SAFE BY WINTER”\nShe then left for Cleveland.\n";
    assertEquals(1, direct(text).size(), () -> direct(text).toString());
    rejected(text, "EVERY BRIDGE", "PULL_QUOTE");
  }

  @Test
  void rejectedQuotationsCarryTheirOffsets() {
    String text = "Dayton Unveils ‘Green Future’ Plan\n\nThe “reform” passed.\n";
    for (RejectedQuote r : extractor.rejectedQuotes(text)) {
      assertEquals(r.span().text(), text.substring(r.span().begin(), r.span().end()));
    }
    assertEquals(List.of(), extractor.rejectedQuotes("   "));
  }
}
