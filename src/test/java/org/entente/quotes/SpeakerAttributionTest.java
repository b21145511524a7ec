package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.Actor;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers the actor stage left unresolved, on texts written for these tests: a "she" far from
 * the name it stands for, a person only the parser's NER names, a description of someone named
 * before; each speaker carries the mention that names them as speaking. And the setting that
 * names the speaker model.
 */
class SpeakerAttributionTest {
  private final Extractor extractor = SharedExtractor.get();
  /** A person named once, then only "she" for four sentences. */
  private static final String MARSH = "Governor Helen Marsh toured the flooded valley on Sunday.\n"
      + "She walked the main street for an hour.\n"
      + "She stopped at the school first.\n"
      + "She then met the volunteers at the church.\n"
      + "She thanked them one by one.\n";

  private static Quote only(Extraction x, QuoteKind kind, String part) {
    return QuotesOf.only(x.quotes(), kind, part);
  }

  private static Actor actor(Extraction x, String id) {
    return x.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id + " in " + x.actors()));
  }

  /** Whether the actor has a mention spanning exactly {@code words} at its n-th occurrence. */
  private static boolean mentionedAt(Actor a, String text, String words, int from) {
    int at = text.indexOf(words, from);
    return a.mentions().stream().anyMatch(m -> m.begin() == at
        && m.end() == at + words.length());
  }

  /** The one speaker of the only quote of {@code kind} holding {@code part}, as an actor. */
  private static Actor soleSpeaker(Extraction x, QuoteKind kind, String part) {
    Quote q = only(x, kind, part);
    assertEquals(1, q.speakers().size(), q.toString());
    return actor(x, q.speakers().get(0));
  }

  /**
   * Asserts the only quote of {@code kind} holding {@code part} is spoken by {@code id} alone, and
   * that the words {@code words}, first found at or after {@code from}, are one of its mentions.
   */
  private void assertSpokenWithMention(String text, QuoteKind kind, String part, String id,
      String words, int from) {
    Extraction x = extractor.extract(text);
    assertEquals(List.of(id), only(x, kind, part).speakers());
    assertTrue(mentionedAt(actor(x, id), text, words, from), actor(x, id).mentions().toString());
  }

  @Test
  void reportedSpeechOfADescribedOrganisationSpeaksForTheOrganisationNamedBefore() {
    String text = "The Ohio Department of Health opened three clinics on Monday.\n"
        + "The department said every county would have one by the end of the year.\n";
    Extraction x = extractor.extract(text);
    Actor department = soleSpeaker(x, QuoteKind.INDIRECT, "every county would have one");
    assertTrue(!department.anonymous() && department.name().contains("Department"),
        department.toString());
    assertTrue(mentionedAt(department, text, "The department", 0), department.mentions()
        .toString());
  }

  @Test
  void anOpenGroupOfLeadersIsAnUnnamedSourceNotTheTwoNamedBefore() {
    String text = "Governor Helen Marsh met Mayor Tom Baker in Dayton on Monday.\n"
        + "Some union leaders said the new contract was unfair to nurses.\n"
        + "The two leaders said the talks would go on next week.\n";
    Extraction x = extractor.extract(text);
    Actor source = soleSpeaker(x, QuoteKind.INDIRECT, "unfair to nurses");
    assertTrue(source.anonymous() && source.mentions().stream()
        .anyMatch(m -> m.begin() == text.indexOf("Some union leaders")
            || m.begin() == text.indexOf("union leaders")), source.toString());
    assertEquals(java.util.Set.of("helen-marsh", "tom-baker"), java.util.Set.copyOf(
        only(x, QuoteKind.INDIRECT, "talks would go on").speakers()));
  }

  @Test
  void aRelativePronounThatSpeaksShowsAsTheSpeakersMention() {
    String text = "The council met in Dayton on Monday.\n"
        + "The vote was delayed by Mayor Helen Marsh, who said the budget needed another week.\n";
    assertSpokenWithMention(text, QuoteKind.INDIRECT, "budget needed another week",
        "helen-marsh", "who", 0);
  }

  @Test
  void aRelativeWhichThatSpeaksShowsAsTheOrganisationsMention() {
    String text = "The council met in Dayton on Monday.\n"
        + "The vote was delayed by the Ohio Department of Health, which said the clinics needed "
        + "another week.\n";
    Extraction x = extractor.extract(text);
    Actor department = soleSpeaker(x, QuoteKind.INDIRECT, "clinics needed another week");
    assertTrue(mentionedAt(department, text, "which", 0), department.mentions().toString());
  }

  @Test
  void aSpeakingPronounFarFromTheNameTakesThePersonAndShowsAsHerMention() {
    String text = MARSH + "“We will rebuild every house in this valley,” she said.\n";
    assertSpokenWithMention(text, QuoteKind.DIRECT, "rebuild every house", "helen-marsh", "she",
        text.indexOf("she said"));
  }

  @Test
  void reportedSpeechOfAPronounFarFromTheNameIsFoundAndAttributed() {
    String text = MARSH + "She said the state would pay for new roofs.\n";
    Extraction x = extractor.extract(text);
    Quote q = only(x, QuoteKind.INDIRECT, "pay for new roofs");
    assertEquals(List.of("helen-marsh"), q.speakers());
  }

  @Test
  void aDescriptionOfSomeoneNamedBeforeSpeaksForThemWithItsMention() {
    String text = "Senator Maria Lopez came to Columbus on Friday.\n"
        + "The senator said the new budget would fund rural clinics.\n";
    assertSpokenWithMention(text, QuoteKind.INDIRECT, "fund rural clinics", "maria-lopez",
        "The senator", 0);
  }

  @Test
  void anUnnamedRoleSpeakingBecomesASpeakerWithOffsets() {
    String text = "The advertisement ran on local stations all week.\n"
        + "“Your family deserves a safer town,” the narrator says.\n";
    Extraction x = extractor.extract(text);
    Actor narrator = soleSpeaker(x, QuoteKind.DIRECT, "safer town");
    assertTrue(narrator.anonymous(), narrator.toString());
    assertTrue(mentionedAt(narrator, text, "the narrator", 0), narrator.toString());
  }

  @Test
  void quotationsSignedWithADashAndANameBelongToThatPerson() {
    String text = "Readers told us what they think of the new stadium.\n\n"
        + "“It is far too expensive for a city of this size.” ― Dana Whitfield\n\n"
        + "“I love it and I will go to every single game.” ― Marco Bellini\n";
    Extraction x = extractor.extract(text);
    for (String[] c : new String[][] {{"too expensive", "Dana Whitfield"},
        {"every single game", "Marco Bellini"}}) {
      Quote q = only(x, QuoteKind.DIRECT, c[0]);
      assertEquals(1, q.speakers().size(), q.toString());
      Actor a = actor(x, q.speakers().get(0));
      assertTrue(mentionedAt(a, text, c[1], 0), a.toString());
    }
  }

  @Test
  void aPronounContinuesThePersonLastShownSpeaking() {
    String text = "Mayor Anna Berg wrote to Governor Tom Hale on Monday.\n"
        + "Hale asked the city to delay the vote “for the good of the whole region.”\n"
        + "Berg replied that the city would not wait any longer.\n"
        + "“We have waited for ten years. Our residents deserve an answer now,” she said.\n";
    Quote q = only(extractor.extract(text), QuoteKind.DIRECT, "waited for ten years");
    assertEquals(List.of("anna-berg"), q.speakers());
  }

  @Test
  void aSpeakingPronounSkipsTheCurrentSpeakerOfTheOtherGender() {
    // Hale spoke last, but "he" showed him a man: "she", far from both names, is Berg.
    String text = "Mayor Anna Berg met Governor Tom Hale on Monday.\n"
        + "Berg said the city needed the money before winter.\n"
        + "Hale said he would send it in the spring.\n"
        + "The meeting ran for two hours.\n"
        + "The room was full.\n"
        + "The vote came late in the evening.\n"
        + "The result surprised the council.\n"
        + "“We cannot wait until the spring,” she said.\n";
    Quote q = only(extractor.extract(text), QuoteKind.DIRECT, "cannot wait until");
    assertEquals(List.of("anna-berg"), q.speakers());
  }

  @Test
  void reportedContentAfterATellingVerbLeavesOutTheAddressee() {
    Quote q = only(extractor.extract("Senator Maria Lopez came to Columbus on Friday.\n"
        + "Lopez told reporters the state would build two new bridges next year.\n"),
        QuoteKind.INDIRECT, "two new bridges");
    assertEquals(List.of("maria-lopez"), q.speakers());
    assertTrue(q.text().startsWith("the state"), q.text());
  }

  @Test
  void aRelativePronounSpeaksForTheNounItsClauseModifies() {
    Quote q = only(extractor.extract("Senator Maria Lopez came to Columbus on Friday.\n"
        + "The plan was criticised by Lopez, who said the state could not afford it.\n"),
        QuoteKind.INDIRECT, "could not afford");
    assertEquals(List.of("maria-lopez"), q.speakers());
  }

  @Test
  void aSettingNamingAMissingModelFailsClearly(@TempDir Path dir) {
    Path missing = dir.resolve("speaker-model.bin.gz");
    RuntimeException e = assertThrows(RuntimeException.class, () -> Extractor.builder()
        .property("entente.quotes.speakerScorer", missing.toString()).build().close());
    Throwable t = e;
    boolean named = false;
    while (t != null && !named) {
      named = String.valueOf(t.getMessage()).contains(missing.toString());
      t = t.getCause();
    }
    assertTrue(named, "the error names the file: " + e);
  }
}
