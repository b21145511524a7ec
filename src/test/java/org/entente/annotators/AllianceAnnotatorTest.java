package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.ActorKind;
import org.entente.Alliance;
import org.entente.Extraction;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

class AllianceAnnotatorTest {
  private static List<String> ids(String text) {
    Extraction x = SharedExtractor.get().extract(text);
    return x.alliances().stream().map(Alliance::id).toList();
  }

  @Test
  void aliasesResolveToOneId() {
    String text = "The North Atlantic Alliance met in Brussels. NATO ministers agreed to "
        + "spend more, and Nato officials welcomed it.";
    Extraction x = SharedExtractor.get().extract(text);
    assertEquals(List.of("NATO"), x.alliances().stream().map(Alliance::id).toList());
    assertEquals(3, x.alliances().get(0).mentions().size());
    assertTrue(x.alliances().get(0).members().contains("USA"));
  }

  @Test
  void membersAreThoseOfThePublicationDay() {
    String text = "NATO defence ministers met in Brussels on Thursday.";
    // Sweden joined on 7 March 2024
    Alliance before = SharedExtractor.get().extract("d", text, LocalDate.of(2024, 3, 1))
        .alliances().get(0);
    Alliance after = SharedExtractor.get().extract("d", text, LocalDate.of(2024, 3, 8))
        .alliances().get(0);
    assertEquals(31, before.members().size());
    assertFalse(before.members().contains("SWE"));
    assertEquals(32, after.members().size());
    assertTrue(after.members().contains("SWE"));
    assertEquals(32, SharedExtractor.get().extract(text).alliances().get(0).members().size(),
        "without a date: the present members");
    assertEquals(12, SharedExtractor.get().extract("d", text, LocalDate.of(1950, 1, 1))
        .alliances().get(0).members().size(), "the founders");
  }

  @Test
  void regionalBlocsAreAlliancesNotOrganisations() {
    String text = "Finance ministers of UEMOA, the West African Economic and Monetary Union, met "
        + "in Dakar, while the Southern African Development Community and the East African "
        + "Community held a joint summit.";
    Extraction x = SharedExtractor.get().extract(text);
    assertEquals(List.of("UEMOA", "SADC", "EAC"),
        x.alliances().stream().map(Alliance::id).toList());
    assertEquals(2, x.alliances().get(0).mentions().size(), "the name and its acronym");
    assertTrue(x.alliances().get(0).members().contains("SEN"));
    assertTrue(x.actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANIZATION),
        "no bloc left as an organisation: " + x.actors());
    assertEquals(List.of("UEMOA"), ids("Officials of the Union économique et monétaire "
        + "ouest-africaine met on Friday in Lomé."));
    assertEquals(List.of("UEMOA"), ids("WAEMU leaders met on Friday and agreed on a new budget for the union."));
  }

  @Test
  void aMemberThatLeftABlocIsItsMemberOnlyBefore() {
    String text = "ECOWAS leaders met in Abuja on Sunday.";
    // Mali, Burkina Faso and Niger left ECOWAS on 29 January 2025
    Alliance before = SharedExtractor.get().extract("d", text, LocalDate.of(2023, 8, 10))
        .alliances().get(0);
    Alliance after = SharedExtractor.get().extract("d", text, LocalDate.of(2025, 3, 1))
        .alliances().get(0);
    assertTrue(before.members().containsAll(List.of("MLI", "BFA", "NER", "NGA")));
    assertFalse(after.members().contains("NER"));
    assertTrue(after.members().contains("NGA"));
  }

  @Test
  void longerNamesWin() {
    assertEquals(List.of("UNSC"), ids("The UN Security Council will vote on Friday."));
    assertEquals(List.of("SCO", "QUAD"), ids("The Shanghai Cooperation Organisation "
        + "watched the Quadrilateral Security Dialogue closely."));
  }

  @Test
  void aFormInsideAnotherHyphenedWordIsNoMention() {
    // "AU" of a city's name is no African Union; "AU-led" and "EU-UK" are the blocs
    assertEquals(List.of(), ids("PORT-AU-PRINCE (AP) - Aid reached the city on Monday."));
    assertEquals(List.of("AU", "EU"), ids("The AU-led force withdrew before the EU-UK talks."));
  }

  @Test
  void eachAllianceOncePerArticle() {
    List<String> ids = ids("BRICS leaders met. The BRICS summit ended. AUKUS was not discussed.");
    assertEquals(List.of("BRICS", "AUKUS"), ids);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Leaders of the Shanghai Cooperation Organization gathered.";
    Alliance sco = SharedExtractor.get().extract(text).alliances().get(0);
    var m = sco.mentions().get(0);
    assertEquals("Shanghai Cooperation Organization", text.substring(m.begin(), m.end()));
  }

  @Test
  void theAllianceRefersBackToTheAllianceNamedLast() {
    String text = "NATO ministers met in Brussels on Tuesday. The alliance will send more "
        + "air defences, and the bloc's members agreed to share the cost.";
    Alliance nato = SharedExtractor.get().extract(text).alliances().get(0);
    assertEquals(List.of("NATO", "The alliance", "the bloc"),
        nato.mentions().stream().map(m -> text.substring(m.begin(), m.end())).toList());
  }

  @Test
  void anAnaphorNeedsANamedAllianceNearby() {
    String far = "NATO met. Talks went on. Nothing was agreed. Rain fell all day. "
        + "The alliance of farmers protested.";
    assertEquals(1, SharedExtractor.get().extract(far).alliances().get(0).mentions().size());
    assertTrue(ids("The alliance will meet next week.").isEmpty());
  }
}
