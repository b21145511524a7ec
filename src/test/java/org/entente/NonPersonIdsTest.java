package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ids of speakers that are no named person follow the gold format's convention: a state's body
 * is named by the state's adjective and the body ("kenyan-foreign-ministry") however the text
 * words it, an unnamed source by the words that describe it, and a role the text ties to a
 * named person is that person. Texts written for these tests.
 */
class NonPersonIdsTest {
  private static Extraction extract(String text) {
    return SharedExtractor.get().extract("ids", text);
  }

  /** The speakers of the quotes whose text contains {@code words}. */
  private static List<List<String>> speakersOf(Extraction x, String words) {
    List<List<String>> out = x.quotes().stream().filter(q -> q.text().contains(words))
        .map(Quote::speakers).toList();
    assertFalse(out.isEmpty(), "no quote with '" + words + "' in " + x.quotes());
    return out;
  }

  private static Set<String> ids(Extraction x) {
    return x.actors().stream().map(Actor::id).collect(Collectors.toSet());
  }

  @Test
  void aMinistryNamedThreeWaysHasOneCountryQualifiedId() {
    Extraction x = extract("Kenya's Ministry of Foreign Affairs summoned the envoy on Tuesday.\n"
        + "“We will not accept interference in our elections,” the ministry said.\n"
        + "The Ministry of Foreign Affairs added that talks with the envoy would go on.\n");
    for (List<String> s : speakersOf(x, "interference")) {
      assertEquals(List.of("kenyan-foreign-ministry"), s);
    }
    assertTrue(ids(x).contains("kenyan-foreign-ministry"), ids(x).toString());
    assertFalse(ids(x).stream().anyMatch(id -> id.startsWith("ministry")), ids(x).toString());
  }

  @Test
  void aBodyInRunningTextAfterItsStateIsThatStatesBody() {
    Extraction x = extract("Kenya's foreign ministry said on Monday that the envoy had been"
        + " recalled.\n"
        + "The Kenyan energy ministry said separately that fuel prices would rise.\n");
    assertEquals(List.of(List.of("kenyan-foreign-ministry")), speakersOf(x, "envoy"));
    assertEquals(List.of(List.of("kenyan-energy-ministry")), speakersOf(x, "fuel prices"));
    assertTrue(ids(x).contains("KEN"), "the state keeps its own mention: " + ids(x));
  }

  @Test
  void anUnqualifiedMinistryNamedNowhereElseIsOneOfTheTextsMainState() {
    Extraction x = extract("Kenya will hold a referendum in May, officials in Nairobi said.\n"
        + "“Kenya will not be rushed,” the foreign ministry said on Tuesday.\n");
    assertEquals(List.of(List.of("kenyan-foreign-ministry")), speakersOf(x, "not be rushed"));
  }

  @Test
  void aBodyTheGazetteerListsKeepsItsIdWhateverTheWording() {
    Extraction x = extract("Officials in Moscow were angry on Monday.\n"
        + "The Ministry of Foreign Affairs in Moscow said that the visit was a provocation.\n");
    assertTrue(ids(x).contains("russian-foreign-ministry"), ids(x).toString());
  }

  @Test
  void anUnnamedSourceKeepsItsDescriptionAndADefiniteMentionRefersBack() {
    Extraction x = extract("Two diplomats familiar with the negotiations said on Sunday that"
        + " the draft had been shelved.\n"
        + "The diplomats said that a new text would follow within a month.\n");
    assertEquals(List.of(List.of("diplomats-familiar-with-the-negotiations")),
        speakersOf(x, "shelved"));
    assertEquals(List.of(List.of("diplomats-familiar-with-the-negotiations")),
        speakersOf(x, "new text"));
  }

  @Test
  void aPossessorStateGivesItsAdjective() {
    Extraction x = extract("Norway's state media reported on Friday that the ferry had sunk.\n"
        + "“The crew acted bravely,” Norway's state media said.\n");
    assertEquals(List.of(List.of("norwegian-state-media")), speakersOf(x, "ferry"));
    assertEquals(List.of(List.of("norwegian-state-media")), speakersOf(x, "acted bravely"));
  }

  @Test
  void aRoleHoldersNameInTheSamePhraseIsTheSpeaker() {
    Extraction x = extract("Press officer of the Ministry of Energy of Kenya Amina Wanjiru"
        + " said on Monday that the talks had failed.\n");
    assertEquals(List.of(List.of("amina-wanjiru")), speakersOf(x, "talks had failed"));
  }

  @Test
  void anIndefiniteRoleIsTheHolderTheNextLinesName() {
    Extraction x = extract("A Norwegian foreign ministry spokesperson said on Friday that Oslo"
        + " would recall its ambassador.\n"
        + "Spokesperson Ingrid Dahlberg made the remarks at a briefing in Oslo.\n"
        + "“We had no other choice,” the spokesperson said.\n");
    assertEquals(List.of(List.of("ingrid-dahlberg")), speakersOf(x, "recall its ambassador"));
    assertEquals(List.of(List.of("ingrid-dahlberg")), speakersOf(x, "no other choice"));
  }

  @Test
  void aDefiniteRoleIsThePersonLastNamedWithThatTitle() {
    Extraction x = extract("Foreign Ministry spokesperson Lena Kovacs criticised the plan on"
        + " Monday.\nPrime Minister Tamas Horvath did not comment on the plan.\n"
        + "“This is a grave mistake,” the spokesperson said.\n");
    assertEquals(List.of(List.of("lena-kovacs")), speakersOf(x, "grave mistake"));
  }

  @Test
  void aDefiniteRoleAfterAnUnnamedOneIsThatUnnamedSource() {
    Extraction x = extract("Prime Minister Tamas Horvath approved the plan, a Hungarian"
        + " official told reporters.\n"
        + "The official said that Horvath wanted the vote held before the summer.\n");
    assertEquals(List.of(List.of("hungarian-official")), speakersOf(x, "before the summer"));
  }

  @Test
  void aPresidentsOfficeIsTheStatesPresidency() {
    Extraction x = extract("Chilean President Ana Ruiz met the delegation on Thursday.\n"
        + "President Ana Ruiz's office said on Friday that the summit would go ahead.\n");
    assertEquals(List.of(List.of("chilean-presidency")), speakersOf(x, "summit would go ahead"));
    Extraction y = extract("Hungarian Prime Minister Tamas Horvath flew home on Monday.\n"
        + "The Prime Minister Tamas Horvath's office confirmed in a statement that the"
        + " delegation had left for Vienna.\n");
    assertEquals(List.of(List.of("hungarian-prime-ministers-office")),
        speakersOf(y, "delegation had left"));
  }

  @Test
  void anOfficeInsideATitleIsNoOrganisation() {
    Extraction x = extract("US Secretary of State Antony Blinken flew to Manila on Monday.\n"
        + "Defense Secretary Lloyd Austin stayed in Washington.\n");
    assertFalse(ids(x).contains("state"), ids(x).toString());
    assertFalse(ids(x).contains("defense"), ids(x).toString());
  }
}
