package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.Actor;
import org.entente.ActorKind;
import org.entente.Extraction;
import org.entente.SharedExtractor;
import org.entente.Span;
import org.junit.jupiter.api.Test;

class ActorAnnotatorTest {
  private static Map<String, Actor> actors(String text) {
    return actors(text, null);
  }

  private static Map<String, Actor> actors(String text, LocalDate date) {
    Extraction x = SharedExtractor.get().extract("t", text, date);
    return x.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
  }

  @Test
  void namesSurnamesAndStatesLink() {
    String text = "Russian President Vladimir Putin hosted Chinese leader Xi Jinping in Moscow.\n"
        + "Putin told reporters the talks were useful. Mr. Xi did not comment.";
    Map<String, Actor> a = actors(text);
    assertEquals(ActorKind.PERSON, a.get("vladimir-putin").kind());
    assertEquals("RUS", a.get("vladimir-putin").country());
    assertTrue(a.get("vladimir-putin").mentions().stream().anyMatch(s -> s.text().equals("Putin")));
    assertTrue(a.get("xi-jinping").mentions().stream().anyMatch(s -> s.text().equals("Xi")));
    assertTrue(a.containsKey("RUS"));
    assertTrue(a.containsKey("CHN"));
  }

  @Test
  void aGenerationalSuffixOrHonorificIsNoPartOfTheId() {
    Map<String, Actor> a = actors("Senator Marlon Quibble Jr. opened the hearing on Tuesday.\n"
        + "Quibble said the committee would meet again. Dr. Agnetha Sorrell Ulm agreed.");
    Actor quibble = a.get("marlon-quibble");
    assertTrue(quibble != null, a.keySet().toString());
    assertTrue(quibble.mentions().stream().anyMatch(s -> s.text().equals("Quibble")),
        quibble.mentions().toString());
    assertFalse(a.keySet().stream().anyMatch(id -> id.endsWith("-jr") || id.startsWith("dr-")),
        a.keySet().toString());
  }

  @Test
  void anHonorificAndAnUnaccentedSpellingStillNameThePersonNamedInFull() {
    Map<String, Actor> a = actors("Opposition leader Márton Szálkai addressed the rally.\n"
        + "Mr Szalkai said the vote would be close. Szalkai thanked his supporters.");
    Actor m = a.get("marton-szalkai");
    assertTrue(m != null, a.keySet().toString());
    assertEquals(2, m.mentions().stream().filter(x -> x.text().equals("Szalkai")).count(),
        m.mentions().toString());
    assertEquals(java.util.Set.of("marton-szalkai"), a.values().stream()
        .filter(x -> x.kind() == ActorKind.PERSON).map(Actor::id)
        .collect(Collectors.toSet()));
  }

  @Test
  void aLoneFirstWordNamesTheOnePersonWhoseNameBeginsWithIt() {
    Map<String, Actor> a = actors("Campaign manager Rosalind Tremaine spoke on Monday.\n"
        + "Rosalind said the polls were tightening. Reporters asked Rosalind about the debate.");
    Actor r = a.get("rosalind-tremaine");
    assertTrue(r != null, a.keySet().toString());
    assertEquals(2, r.mentions().stream().filter(x -> x.text().equals("Rosalind")).count(),
        r.mentions().toString());
    assertFalse(a.containsKey("rosalind"), a.keySet().toString());
  }

  @Test
  void aFamilyNameFirstWithNoCountryLinksByItsFirstWord() {
    // No country marks the name as family-name-first; NER may tag the lone "Gan" a body.
    Map<String, Actor> a = actors("Gan Yu, spokesperson for the coast guard, said the ships had "
        + "left the shoal.\n\nThe patrols would continue, safeguarding the rights and interests "
        + "of the country, Gan said.\n");
    Actor g = a.get("gan-yu");
    assertTrue(g != null, a.keySet().toString());
    assertTrue(g.mentions().stream().anyMatch(x -> x.text().equals("Gan")),
        g.mentions().toString());
    assertFalse(a.containsKey("gan"), a.keySet().toString());
  }

  @Test
  void aFirstWordSharedByTwoPeopleStaysUnlinked() {
    Map<String, Actor> a = actors("Rosalind Tremaine met Rosalind Okafor on Monday.\n"
        + "Rosalind said the talks went well.");
    assertFalse(a.get("rosalind-tremaine").mentions().stream()
        .anyMatch(x -> x.begin() > 50), a.get("rosalind-tremaine").mentions().toString());
    assertFalse(a.get("rosalind-okafor").mentions().stream()
        .anyMatch(x -> x.begin() > 50), a.get("rosalind-okafor").mentions().toString());
  }

  @Test
  void aMonthIsNoSurname() {
    // "May" is a known person's short form, but untagged and alone here it is the month.
    Map<String, Actor> a = actors("The envoys will meet again in May, Norway said.\n"
        + "Trade talks resume in March.");
    assertFalse(a.containsKey("theresa-may"), a.keySet().toString());
    assertTrue(a.containsKey("NOR"));
    // Named in full, the short form still links.
    Actor may = actors("Theresa May met the envoys. May said little.").get("theresa-may");
    assertEquals(2, may.mentions().size());
  }

  @Test
  void mentionOffsetsPointIntoTheText() {
    String text = "Beijing and Washington traded accusations.\n\nThe Kremlin stayed silent.";
    Map<String, Actor> a = actors(text);
    for (Actor actor : a.values()) {
      for (Span s : actor.mentions()) {
        assertEquals(s.text(), text.substring(s.begin(), s.end()));
      }
    }
    assertEquals("Beijing", a.get("CHN").mentions().get(0).text());
    assertEquals("Washington", a.get("USA").mentions().get(0).text());
    assertTrue(a.containsKey("RUS"), "the Kremlin speaks for Russia");
  }

  @Test
  void bareTitleResolvesThroughNamesInTheArticle() {
    String text = "Joe Biden spoke to allies on Monday. The US President said the alliance "
        + "was strong.";
    Actor biden = actors(text).get("joe-biden");
    assertEquals(2, biden.mentions().size());
    assertEquals("The US President", biden.mentions().get(1).text());
  }

  @Test
  void bareTitleResolvesThroughTheArticleDate() {
    String text = "The US President said the talks would go on.";
    assertTrue(actors(text, LocalDate.of(2022, 6, 1)).containsKey("joe-biden"));
    assertTrue(actors(text, LocalDate.of(2025, 6, 1)).containsKey("donald-trump"));
    assertFalse(actors(text).keySet().stream().anyMatch(id -> id.contains("-")),
        "without a date a bare title names nobody");
  }

  @Test
  void counterpartResolvesToTheNamedLeaderOfThatCountry() {
    String text = "Vladimir Putin met Xi Jinping. Putin thanked his Chinese counterpart for "
        + "the visit.";
    Actor xi = actors(text).get("xi-jinping");
    assertTrue(xi.mentions().stream().anyMatch(s -> s.text().equals("his Chinese counterpart")));
  }

  @Test
  void pronounsJoinTheLastNamedPerson() {
    String text = "Narendra Modi arrived in Tokyo on Friday.\nHe said the visit was overdue.";
    Actor modi = actors(text).get("narendra-modi");
    assertTrue(modi.mentions().stream().anyMatch(s -> s.text().equals("He")));
  }

  @Test
  void unknownPeopleGetAnIdFromTheirName() {
    String text = "Analyst Maria Kowalczyk of the Warsaw institute said Kowalczyk would "
        + "testify.";
    Actor k = actors(text).get("maria-kowalczyk");
    assertEquals(2, k.mentions().size());
  }

  @Test
  void bylinesAndFurnitureYieldNoActors() {
    String text = "By Thomas Whitfield\nGermany and France signed the accord on Monday.\n"
        + "Read More: Emily Carter on the summit";
    Map<String, Actor> a = actors(text);
    assertFalse(a.containsKey("thomas-whitfield"));
    assertFalse(a.containsKey("emily-carter"));
    assertTrue(a.containsKey("DEU"));
  }

  @Test
  void aPersonNamedLikeAStateIsNoState() {
    Map<String, Actor> a = actors("Basketball great Michael Jordan visited the museum.");
    assertFalse(a.containsKey("JOR"));
  }

  @Test
  void demonymsAloneMakeTheStateAnActor() {
    Map<String, Actor> a = actors("Ukrainian troops pushed back Russian forces near the river.");
    assertTrue(a.containsKey("UKR"));
    assertTrue(a.containsKey("RUS"));
  }

  @Test
  void aPronounAfterAnAttributedSourceMeansTheSource() {
    String text = "Vladimir Putin spoke first. According to analyst Olga Brandt, the talks "
        + "went well.\nShe added that more meetings would follow.";
    Actor brandt = actors(text).get("olga-brandt");
    assertTrue(brandt.mentions().stream().anyMatch(s -> s.text().equals("She")));
  }

  @Test
  void nationalBodyUnderItsStatesPossessive() {
    Map<String, Actor> a = actors("China's Foreign Ministry criticised the decision.");
    assertTrue(a.containsKey("chinese-foreign-ministry"), a::toString);
    assertEquals(ActorKind.ORGANIZATION, a.get("chinese-foreign-ministry").kind());
  }

  @Test
  void presidentOfTheNamedState() {
    Map<String, Actor> a = actors("Vladimir Putin arrived in Beijing on Monday. Xi Jinping "
        + "greeted the President of the Russian Federation at the airport.");
    assertTrue(a.get("vladimir-putin").mentions().stream()
        .anyMatch(s -> s.text().startsWith("the President")), a::toString);
    assertTrue(a.get("xi-jinping").mentions().stream()
        .noneMatch(s -> s.text().startsWith("the President")), a::toString);
  }

  @Test
  void statesNamedOnlyAsVenuesAreNoActors() {
    String text = "ASTANA, Kazakhstan — Vladimir Putin met Xi Jinping on Thursday at a resort "
        + "in northern Kyrgyzstan, the summit in Tajikistan having been cancelled.\n"
        + "Gas will flow to China via eastern Mongolia, the two leaders said.";
    Map<String, Actor> a = actors(text);
    for (String venue : new String[] {"KAZ", "KGZ", "TJK", "MNG"}) {
      assertFalse(a.containsKey(venue), venue + " is only a venue: " + a.keySet());
    }
    assertTrue(a.containsKey("CHN"), a::toString);
    assertTrue(a.containsKey("vladimir-putin"), a::toString);
  }

  @Test
  void aVenueStateThatAlsoActsStaysAnActor() {
    String text = "The leaders met in a city in western Ukraine. Ukraine rejected the plan, "
        + "and the war in Georgia was not discussed.";
    Map<String, Actor> a = actors(text);
    assertTrue(a.containsKey("UKR"), a::toString);
    assertEquals(2, a.get("UKR").mentions().size(), "every mention stays");
    assertTrue(a.containsKey("GEO"), "a state acted upon is an actor: " + a.keySet());
  }

  @Test
  void aDatelinePlaceIsNoPerson() {
    Map<String, Actor> a = actors("Leaders meet at last\n\nNusa Dua, Indonesia:\n\nJoe Biden "
        + "and Xi Jinping met on Monday for their first talks in three years.");
    assertFalse(a.containsKey("nusa-dua"), a::toString);
    assertFalse(a.containsKey("IDN"), a::toString);
    assertTrue(a.containsKey("joe-biden"), a::toString);
    // a lone city in capitals before an agency or a date opens a wire story: where, not who
    Map<String, Actor> wire = actors("ABU DHABI (Reuters) - The United Arab Emirates offered on "
        + "Tuesday to host the talks.\n\nADDIS ABABA, May 3 - Ethiopia welcomed the offer.");
    assertTrue(wire.values().stream().noneMatch(x -> x.kind() == ActorKind.PERSON),
        wire::toString);
    assertTrue(wire.containsKey("ARE") && wire.containsKey("ETH"), wire::toString);
  }

  @Test
  void aNameBeforeAGroupNounIsAnOrganisationThroughout() {
    Map<String, Actor> a = actors("Talks stalled on Friday. Kato Merindu said it would not "
        + "disarm. The Kato Merindu coalition controls much of the port city.");
    Actor group = a.get("kato-merindu");
    assertTrue(group != null, a::toString);
    assertEquals(ActorKind.ORGANIZATION, group.kind());
    assertEquals(2, group.mentions().size(), group.mentions()::toString);
  }

  @Test
  void anEmbassyNamedByItsStateIsThatStatesBody() {
    Map<String, Actor> a = actors("The Chinese embassy in Ottawa said the visa rules were "
        + "unfair. The US Embassy declined to comment, and the Embassy of Japan issued a "
        + "travel warning.");
    for (String[] e : new String[][] {{"chinese-embassy", "CHN"}, {"us-embassy", "USA"},
        {"japanese-embassy", "JPN"}}) {
      Actor embassy = a.get(e[0]);
      assertTrue(embassy != null, a::toString);
      assertEquals(ActorKind.ORGANIZATION, embassy.kind());
      assertEquals(e[1], embassy.country());
    }
  }

  @Test
  void anAcronymSeveralStatesBodiesShareNeedsItsState() {
    // South Korea's spy agency and Kenya's are both a "National Intelligence Service" (NIS)
    Map<String, Actor> none = actors("The NIS said on Monday it had arrested three suspects.");
    assertFalse(none.containsKey("national-intelligence-service"), none::toString);
    Map<String, Actor> kenya = actors("Kenya's NIS warned of new attacks near the border. "
        + "Kenyan officials said the NIS had doubled its patrols.");
    Actor nis = kenya.get("kenyan-national-intelligence-service");
    assertTrue(nis != null, kenya::toString);
    assertEquals("KEN", nis.country());
    assertEquals(2, nis.mentions().size(), nis.mentions()::toString);
    Map<String, Actor> korea = actors("The NIS told South Korean lawmakers that the North had "
        + "tested a missile.");
    assertEquals("KOR", korea.get("national-intelligence-service").country(), korea::toString);
  }

  @Test
  void aNationalityTheTextStatesWinsOverTheGazetteersNamesake() {
    // the gazetteer's Pedro Sanchez is Spain's prime minister; these texts name other men
    String[][] cases = {
        {"Sanchez spoke first. Colombian senator Pedro Sanchez said", "COL"},
        {"Pedro Sanchez, a Colombian lawmaker, said", "COL"},
        {"Spanish Prime Minister Pedro Sanchez said", "ESP"}};
    for (String[] c : cases) {
      Map<String, Actor> a = actors(c[0] + " the bill would fail.");
      assertEquals(c[1], a.get("pedro-sanchez").country(), a::toString);
    }
  }

  @Test
  void aCommonWordOpeningASentenceIsNoGazetteerSurname() {
    // "Gang" and "Rice" are surnames of gazetteer people; here they modify the noun after them
    Map<String, Actor> a = actors("Gang attacks forced thousands to flee on Sunday. Rice prices "
        + "rose again in March. Blinken said the aid would arrive soon. The Clean Power Plan "
        + "was struck down.");
    assertTrue(a.values().stream().filter(x -> x.kind() == ActorKind.PERSON).map(Actor::id)
        .allMatch("antony-blinken"::equals), a::toString);
    assertTrue(a.containsKey("antony-blinken"), a::toString);
  }

  @Test
  void anUnqualifiedMinistryAfterAStateSpokeIsThatStatesNotTheMostNamed() {
    String lead = "Peru and Chile argued over the border again. Chile said the talks had failed. "
        + "Chile recalled its envoy. Bolivia said it was worried. ";
    for (String body : new String[] {"The foreign ministry", "The Foreign Ministry"}) {
      Extraction x = SharedExtractor.get().extract("t", lead + body
          + " said both sides must return to talks.", null);
      assertTrue(x.actors().stream().anyMatch(a -> a.id().equals("bolivian-foreign-ministry")),
          body + ": " + x.actors());
      assertTrue(x.quotes().stream().anyMatch(q -> q.speakers().contains(
          "bolivian-foreign-ministry")), body + ": " + x.quotes());
    }
  }

  @Test
  void aMinistryNamedWithItsStateInAnyWordOrderIsThatStatesBody() {
    for (String body : new String[] {"Ecuador's foreign affairs ministry",
        "The foreign ministry of Ecuador"}) {
      Map<String, Actor> a = actors("Peru and Chile argued over the border. " + body
          + " said it was concerned.");
      assertTrue(a.containsKey("ecuadorian-foreign-ministry"), body + ": " + a.keySet());
    }
  }

  @Test
  void aStatesArmySpeakingIsAnOrganisationNotAPerson() {
    Map<String, Actor> a = actors("Chad's army said it had repelled an attack near the lake.");
    Actor army = a.get("chadian-army");
    assertTrue(army != null, a::toString);
    assertEquals(ActorKind.ORGANIZATION, army.kind());
    assertEquals("TCD", army.country());
  }

  @Test
  void aDatelinesAgencyIsACreditNotAnActor() {
    assertFalse(actors("MOSCOW (Reuters) - The Kremlin said on Monday the plan needed study.")
        .containsKey("reuters"));
    Actor told = actors("MOSCOW (Reuters) - The Kremlin told Reuters on Monday the plan needed "
        + "study.").get("reuters");
    assertEquals(1, told == null ? 0 : told.mentions().size(), "named in the story, it acts");
  }

  @Test
  void anAuthorsBioParagraphYieldsNoActors() {
    String text = "Japan and India signed the accord on Monday.\n\nMaria Lopes is a Lisbon-based "
        + "writer. She has written for American outlets. She holds degrees in Spanish.\n"
        + "Germany welcomed the accord.";
    Map<String, Actor> a = actors(text);
    assertFalse(a.containsKey("ESP"), a::toString);
    assertFalse(a.containsKey("USA"), a::toString);
    assertTrue(a.containsKey("DEU"), "the bio ends with its paragraph: " + a.keySet());
  }

  @Test
  void aNameCutShortAtAnInitialIsTheShortForm() {
    String text = "Sergey Lavrov held talks with Wang Yi in Moscow. Lavrov thanked Wang I. "
        + "Beijing supports the talks. The paper confirms the proposals of Xi Jinping.\n"
        + "It will confirm the proposals of Xi J";
    Map<String, Actor> a = actors(text);
    assertTrue(a.keySet().stream().noneMatch(id -> id.contains("beijing")), a::toString);
    assertFalse(a.containsKey("xi-j"), a::toString);
    assertTrue(a.get("wang-yi").mentions().size() >= 2, a::toString);
    assertEquals(2, a.get("xi-jinping").mentions().size(), a::toString);
    assertTrue(a.get("CHN").mentions().stream().anyMatch(s -> s.text().equals("Beijing")));
  }

  @Test
  void aFullNameWithAnotherFamilyOrGivenNameIsAnotherPerson() {
    // NER reads "Nagoya Zhou Jian" as one place; "Jian" alone would be Lin Jian's short form
    String text = "Beijing's consul general in Nagoya Zhou Jian told reporters on Friday that "
        + "the visit was a mistake.\nForeign ministry spokesperson Lin Jian said on Monday "
        + "that Zhou had spoken for himself.";
    Map<String, Actor> a = actors(text);
    assertTrue(a.containsKey("zhou-jian"), a.keySet().toString());
    assertTrue(a.containsKey("lin-jian"), a.keySet().toString());
    assertEquals(0, mentionsReading(a.get("lin-jian"), "Jian"), "Zhou Jian's given name");
    assertEquals(1, mentionsReading(a.get("zhou-jian"), "Zhou"), "the later short form");
    // given name first: another given name before a known surname is another person
    Map<String, Actor> b = actors("Chicago Mayor Brandon Johnson said he would visit the "
        + "border next week with a delegation of city officials.");
    assertTrue(b.containsKey("brandon-johnson"), b.keySet().toString());
    assertFalse(b.containsKey("boris-johnson"), b.keySet().toString());
    // a transliteration of the same given name is still the known person
    Map<String, Actor> c = actors("Foreign Minister Sergej Lavrov said on Tuesday that the "
        + "talks in Geneva had been useful for both sides.");
    assertTrue(c.containsKey("sergey-lavrov"), c.keySet().toString());
  }

  @Test
  void shortFormsOfAFamilyFirstNameStillResolve() {
    String text = "Foreign ministry spokesperson Lin Jian spoke to reporters on Monday. "
        + "Jian said China would respond firmly to the sanctions. Mr Lin added that talks "
        + "with Washington would continue next month.";
    Map<String, Actor> a = actors(text);
    for (String form : new String[] {"Lin Jian", "Jian", "Lin"}) {
      assertEquals(1, mentionsReading(a.get("lin-jian"), form), form + " in " + a);
    }
    assertTrue(a.values().stream().filter(x -> x.kind() == ActorKind.PERSON)
        .allMatch(x -> x.id().equals("lin-jian")), a.keySet().toString());
  }

  @Test
  void numberedCraftHonorificsAndCutNamesAreNoPeople() {
    Map<String, Actor> a = actors("China's Tianyang Shiyou 6 entered the disputed waters on "
        + "Thursday.\nVietnam said the Wang Lianjie 12 was shadowed by "
        + "patrol boats.");
    assertTrue(a.values().stream().noneMatch(x -> x.kind() == ActorKind.PERSON),
        a.keySet().toString());
    Map<String, Actor> b = actors("Lebanese cleric Sheikh Hassan Nasrallah warned Israel on "
        + "Sunday that any attack would be answered.");
    assertTrue(b.containsKey("hassan-nasrallah"), b.keySet().toString());
    assertFalse(b.containsKey("sheikh"), b.keySet().toString());
    Map<String, Actor> c = actors("Talks in Paris on Monday were attended by Olaf Scholz, "
        + "Emmanuel Macron and Vladimir Put...");
    assertTrue(c.containsKey("vladimir-putin"), c.keySet().toString());
    assertFalse(c.containsKey("vladimir-put"), c.keySet().toString());
  }

  @Test
  void anUnnamedMediaSourceIsABodyNotAPerson() {
    Map<String, Actor> a = actors("South Korea said it had lodged a stern protest with China "
        + "and Russia, local media reported, after their military planes entered its air "
        + "defence zone.");
    Actor media = a.get("local-media");
    assertTrue(media != null && media.kind() == ActorKind.ORGANIZATION && media.anonymous(),
        a.toString());
  }

  @Test
  void photoCreditsNameNoActors() {
    String text = "Ministers met in Geneva on Monday to discuss the ceasefire.\n"
        + "Anna Kowalczyk | Picture Agency | Stock Images\n"
        + "Delegates arrive for the talks. (AGENCY-POOL/PETER NOWAK/FILE PHOTO)\n"
        + "Published on 05/06/2024 - 10:15 By Joana Ferreira - Wire Service - Lisbon\n"
        + "Switzerland hosted the meeting at the request of both sides.";
    Map<String, Actor> a = actors(text);
    assertTrue(a.values().stream().noneMatch(x -> x.kind() == ActorKind.PERSON),
        a.keySet().toString());
    assertTrue(a.containsKey("CHE"), a.keySet().toString());
  }

  private static long mentionsReading(Actor a, String text) {
    return a == null ? 0 : a.mentions().stream().filter(s -> s.text().equals(text)).count();
  }

  @Test
  void aSharedSurnameMeansTheMainBearerBeforeAndAfterEachFullName() {
    // Marlowe alone comes before any full name, after the main bearer and after her brother.
    String text = "Marlowe opened the hearing on Monday.\n"
        + "Senator Anna Marlowe asked the minister about the port contract. "
        + "Anna Marlowe has chaired the committee since 2019.\n"
        + "Marlowe said the contract was signed in haste.\n"
        + "Her brother, the builder Peter Marlowe, sat in the gallery.\n"
        + "\"We will not let this go,\" Marlowe said.";
    Extraction x = SharedExtractor.get().extract("t", text, null);
    Map<String, Actor> a = x.actors().stream()
        .collect(Collectors.toMap(Actor::id, Function.identity()));
    assertEquals(3, mentionsReading(a.get("anna-marlowe"), "Marlowe"), a::toString);
    assertEquals(0, mentionsReading(a.get("peter-marlowe"), "Marlowe"), a::toString);
    assertTrue(x.quotes().stream().anyMatch(q -> q.speakers().contains("anna-marlowe")),
        x.quotes()::toString);
  }

  @Test
  void aTitleBeforeASharedSurnamePicksTheOneWhoHoldsIt() {
    // The gazetteer knows Donald Trump as president; Melania Trump is named more often.
    String text = "Melania Trump visited a school in Ohio. Melania Trump spoke to pupils.\n"
        + "Donald Trump stayed in Washington.\n"
        + "President Trump said he was proud of the visit. Trump praised the teachers.";
    Map<String, Actor> a = actors(text);
    assertEquals(1, mentionsReading(a.get("donald-trump"), "Trump"), a::toString);
    assertEquals(1, mentionsReading(a.get("melania-trump"), "Trump"), a::toString);
  }
}
