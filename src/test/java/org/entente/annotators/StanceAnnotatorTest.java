package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.Extraction;
import org.entente.SharedExtractor;
import org.entente.Stance;
import org.junit.jupiter.api.Test;

/**
 * The stance annotator on short news-style texts written for these tests: one test per pattern
 * family, plus negation, joint, reciprocal and quote-internal holders.
 */
class StanceAnnotatorTest {
  private static Set<String> stances(String text) {
    Extraction x = SharedExtractor.get().extract(text);
    return x.stances().stream()
        .map(s -> s.holder() + " " + s.polarity() + " " + s.target())
        .collect(Collectors.toSet());
  }

  private static void assertHas(String text, String... expected) {
    Set<String> got = stances(text);
    for (String e : expected) {
      assertTrue(got.contains(e), () -> "expected " + e + " in " + got + " for: " + text);
    }
  }

  private static void assertNone(String text) {
    Set<String> got = stances(text);
    assertTrue(got.isEmpty(), () -> "expected no stance, got " + got + " for: " + text);
  }

  @Test
  void transitiveVerbTargetsTheOwnerOfTheAction() {
    assertHas("Germany condemned Russia's attack on the power grid.", "DEU OPPOSE RUS");
    assertHas("Brazil welcomed the proposals put forward by India.", "BRA SUPPORT IND");
  }

  @Test
  void targetIsTheActorBehindAnExpansion() {
    assertHas("Hungary opposes a further expansion of NATO.", "HUN OPPOSE NATO");
  }

  @Test
  void jointHoldersGiveOneStanceEach() {
    assertHas("France and Germany rejected the tariffs imposed by the United States.",
        "FRA OPPOSE USA", "DEU OPPOSE USA");
  }

  @Test
  void prepositionalVerb() {
    assertHas("Poland stands with Ukraine, its foreign minister said.", "POL SUPPORT UKR");
  }

  @Test
  void adjectivePredicate() {
    assertHas("Turkey is opposed to the enlargement of NATO.", "TUR OPPOSE NATO");
  }

  @Test
  void stanceNounWithPossessiveHolder() {
    assertHas("Japan's support for the Philippines has grown this year.", "JPN SUPPORT PHL");
  }

  @Test
  void stanceNounUnderLightVerb() {
    assertHas("Norway voiced opposition to the plan drawn up by Iran.", "NOR OPPOSE IRN");
  }

  @Test
  void urgingSomeoneToStop() {
    assertHas("Canada urged Russia to withdraw its troops from the border.", "CAN OPPOSE RUS");
  }

  @Test
  void undergoingPressureFromSomeone() {
    assertHas("Iran faces mounting pressure from France over its nuclear programme.",
        "FRA OPPOSE IRN");
  }

  @Test
  void callingSomeoneAFriend() {
    assertHas("Emmanuel Macron met Olaf Scholz in Paris. Macron called Scholz his friend.",
        "emmanuel-macron SUPPORT olaf-scholz");
  }

  @Test
  void negatedStancesAreDropped() {
    assertNone("Brazil did not condemn Russia's attack.");
    // The negated stance (India on Russia) is dropped; the learned sieve (threshold 0.35 since
    // the 2026-11-28 retrain) still pairs the two the other way, a known false stance.
    assertTrue(stances("India refused to condemn the strikes by Russia.").stream()
        .noneMatch(s -> s.startsWith("IND ")), "India's negated condemnation is dropped");
    assertNone("South Africa never endorsed the plan put forward by China.");
  }

  @Test
  void questionsAndConditionalsAreNotStances() {
    assertNone("Will Mexico back the proposal made by Russia?");
    assertNone("If Mexico backs the proposal made by Russia, the talks will collapse.");
  }

  @Test
  void reciprocalPhrasingGivesBothDirections() {
    assertHas("France and Germany support each other on trade.",
        "FRA SUPPORT DEU", "DEU SUPPORT FRA");
  }

  @Test
  void mutualTiesBetweenJointHolders() {
    assertHas("Brazil and Argentina pledged a closer partnership.",
        "BRA SUPPORT ARG", "ARG SUPPORT BRA");
  }

  @Test
  void weInsideAQuotationIsTheSpeaker() {
    Set<String> got = stances(
        "\"We condemn the provocations of the United States,\" Xi Jinping said on Monday.");
    assertTrue(got.contains("xi-jinping OPPOSE USA"), got::toString);
  }

  @Test
  void ownActionIsNoTarget() {
    Set<String> got = stances("Vladimir Putin defended his invasion of Ukraine.");
    assertTrue(got.stream().noneMatch(s -> s.endsWith(" UKR")), got::toString);
  }

  @Test
  void stancesCarrySpansAndConfidenceInTextOrder() {
    String text = "Spain praised Portugal. Italy criticized Greece.";
    List<Stance> st = SharedExtractor.get().extract(text).stances();
    assertEquals(2, st.size(), st::toString);
    assertEquals("praised", st.get(0).trigger().text());
    assertEquals(text.substring(st.get(0).evidence().begin(), st.get(0).evidence().end()),
        st.get(0).evidence().text());
    assertTrue(st.get(0).trigger().begin() < st.get(1).trigger().begin());
    for (Stance s : st) {
      assertTrue(s.confidence() > 0 && s.confidence() <= 1);
    }
  }

  @Test
  void concernedByAnAgent() {
    assertHas("Japan is deeply concerned by the missile tests carried out by North Korea.",
        "JPN OPPOSE PRK");
  }

  @Test
  void contrastiveClauseDoesNotNegate() {
    assertHas("India resisted calls to condemn the strikes, while Brazil pledged its solidarity "
        + "with Ukraine.", "BRA SUPPORT UKR");
  }

  @Test
  void quarrelIsMutualOpposition() {
    assertHas("France and Italy clashed over migration on Tuesday.",
        "FRA OPPOSE ITA", "ITA OPPOSE FRA");
  }

  @Test
  void hyphenatedPairGivesTheOtherSide() {
    assertHas("Emmanuel Macron and Olaf Scholz met in Paris. Scholz hailed Germany-France "
        + "relations.", "olaf-scholz SUPPORT FRA");
  }

  @Test
  void leadersOfStatesAreTheirLeaders() {
    assertHas("US President Joe Biden met German Chancellor Olaf Scholz in Berlin. The leaders "
        + "of the United States and Germany condemned Iran's drone attacks.",
        "joe-biden OPPOSE IRN", "olaf-scholz OPPOSE IRN");
  }

  @Test
  void nationalBodyByPossessiveHolds() {
    assertHas("South Korea's defense ministry lodged a protest with Japan.",
        "south-korean-defense-ministry OPPOSE JPN");
  }

  @Test
  void itIsTheBodyNamedBefore() {
    assertHas("The Philippine defense department said it was deeply concerned about China's "
        + "naval drills.", "philippine-defense-department OPPOSE CHN");
  }

  @Test
  void theCountryIsTheStateOfTheSentence() {
    assertHas("Russia's foreign minister said Estonia criticized the country's new doctrine.",
        "EST OPPOSE RUS");
  }

  @Test
  void freeRelativeNamesTheTarget() {
    assertHas("Germany condemned what it called provocations by Iran.", "DEU OPPOSE IRN");
  }

  @Test
  void warningAboutSomeone() {
    assertHas("Japan warned that China would pay a heavy price.", "JPN OPPOSE CHN");
  }

  @Test
  void recipientOfSupport() {
    assertHas("Belarus gave Russia its full support.", "BLR SUPPORT RUS");
  }

  @Test
  void pressurePiledOnSomeone() {
    assertHas("The United States piled pressure on Iran.", "USA OPPOSE IRN");
  }

  @Test
  void allianceNamedHeadHolds() {
    assertHas("The AUKUS pact aims to counter China's naval expansion.", "AUKUS OPPOSE CHN");
  }

  @Test
  void membersListedAfterTheirAllianceStandForIt() {
    Set<String> got = stances("Iran voiced concern over the impact that the pacts of the AUKUS "
        + "alliance - Australia, the UK and the US - would bring to the Pacific.");
    assertTrue(got.contains("IRN OPPOSE AUKUS"), got::toString);
    assertTrue(got.stream().noneMatch(s -> s.endsWith(" GBR") || s.endsWith(" USA")),
        got::toString);
  }

  @Test
  void oneSpeakersEachOtherPairsTheSpeakersStateWithItsPartner() {
    assertHas("Serbia and Hungary signed an energy deal. \"We always support each other,\" "
        + "Aleksandar Vucic said.", "SRB SUPPORT HUN", "HUN SUPPORT SRB");
  }

  @Test
  void placeWhereSomethingHappensIsNoTarget() {
    Set<String> got = stances("Brazil voiced its opposition to the deployment of troops in "
        + "Syria.");
    assertTrue(got.stream().noneMatch(s -> s.endsWith(" SYR")), got::toString);
  }

  @Test
  void everyNameOfAWrittenListIsATarget() {
    assertHas("Peru stressed the importance of closer cooperation within the ASEAN, the OECD "
        + "and the WTO.", "PER SUPPORT ASEAN", "PER SUPPORT OECD", "PER SUPPORT WTO");
  }

  @Test
  void andBetweenClausesIsNoList() {
    Set<String> got = stances("Chile praised Argentina, and Peru criticized the decision.");
    assertTrue(got.contains("CHL SUPPORT ARG"), got::toString);
    assertTrue(!got.contains("CHL SUPPORT PER"), got::toString);
  }

  @Test
  void thoseJoinedInAStanceHoldItToo() {
    assertHas("Denmark has joined Norway and Sweden in a boycott of the summit hosted by Iran.",
        "DNK OPPOSE IRN", "NOR OPPOSE IRN", "SWE OPPOSE IRN");
  }

  @Test
  void aWarningNounNamesWhoIsWarned() {
    assertHas("Tehran's warning that Israel would pay a heavy price went unanswered.",
        "IRN OPPOSE ISR");
  }

  @Test
  void itOrThePlanIsTheProposalNamedJustBefore() {
    assertHas("Egypt presented Cairo's peace plan on Monday. Jordan welcomed the plan, while "
        + "Israel rejected it.", "JOR SUPPORT EGY", "ISR OPPOSE EGY");
  }

  @Test
  void coolToSomething() {
    assertHas("Chile has been cool to Peru's proposal.", "CHL OPPOSE PER");
  }

  @Test
  void supportForAMeasureAgainstSomeoneOpposesThem() {
    Set<String> got = stances("Sweden backed new sanctions against Iran.");
    assertTrue(got.contains("SWE OPPOSE IRN"), got::toString);
    assertTrue(!got.contains("SWE SUPPORT IRN"), got::toString);
  }
}
