package org.entente.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule that makes an actor id from a name, shared by the actor and quote stages. */
class EntitySlugTest {
  @Test
  void apostrophesAndDotsGoAccentsFadeWordsJoinByHyphens() {
    assertEquals("declan-orourke", Entity.slug("Declan O'Rourke"));
    assertEquals("declan-orourke", Entity.slug("Declan O’Rourke"));
    assertEquals("luiz-inacio-lula", Entity.slug("Luiz Inácio Lula"));
    assertEquals("jr-smith", Entity.slug("J.R. Smith"));
    assertEquals("", Entity.slug(" -- "));
    assertEquals("halvard-lokke-orsted", Entity.slug("Halvard Løkke Ørsted"));
    assertEquals("zofia-wlodarczyk", Entity.slug("Zofia Włodarczyk"));
    assertEquals("dragan-dukic", Entity.slug("Dragan Đukić"));
    assertEquals("thora-gudmundsdottir", Entity.slug("Þóra Guðmundsdóttir"));
    assertEquals("claes-strasse", Entity.slug("Claes Straße"));
  }

  @Test
  void foldSpellsANameInAsciiAsItsIdDoes() {
    assertEquals("Orban", Entity.fold("Orbán"));
    assertEquals("Lokke Orsted", Entity.fold("Løkke Ørsted"));
    assertEquals("Strasse", Entity.fold("Straße"));
    assertEquals("Plain ASCII", Entity.fold("Plain ASCII"));
  }

  @Test
  void personIdsDropGenerationalSuffixesAndHonorifics() {
    assertEquals("marta-quillen", Entity.personId("Marta Quillen Jr."));
    assertEquals("marta-quillen", Entity.personId("Marta Quillen, Jr."));
    assertEquals("marta-quillen", Entity.personId("Marta Quillen Sr"));
    assertEquals("oskar-b-danvers", Entity.personId("Oskar B. Danvers III"));
    assertEquals("tomas-ferreira", Entity.personId("Dr. Tomas Ferreira"));
    assertEquals("hamid-al-zayed", Entity.personId("Sheikh Hamid al-Zayed"));
    assertEquals("pruitt", Entity.personId("Mrs Pruitt"));
    assertEquals("pruitt", Entity.personId("Pruitt Jr."));
  }

  @Test
  void aNumeralAfterASingleNameIsRegnalAndAWordAloneStays() {
    assertEquals("edmund-iv", Entity.personId("Edmund IV"));
    assertEquals("sheikh", Entity.personId("Sheikh"));
    assertEquals("jr", Entity.personId("Jr."));
  }

  @Test
  void personNameWordsKeepTheFamilyNameLast() {
    assertEquals(java.util.List.of("Teodora", "Valdez"),
        Entity.personNameWords("Ms. Teodora Valdez, Jr."));
    assertEquals(java.util.List.of("Wilhelmina", "van", "der", "Berg"),
        Entity.personNameWords("Wilhelmina van der Berg II"));
  }

  @Test
  void gazetteerIdsCarryASuffixOnlyWhereTheCanonicalNameDoes() {
    // The id of a person whose canonical name has no "Jr." has none either: "Teodoro Locsin"
    // is teodoro-locsin, while "Ferdinand Marcos Jr." (whose father is also listed by name in
    // news) keeps it.
    for (org.entente.lexicon.PersonEntry p
        : org.entente.lexicon.Gazetteer.defaults().people().values()) {
      String[] idWords = p.id().split("-");
      String last = idWords[idWords.length - 1];
      if (java.util.Set.of("jr", "sr", "ii", "iii", "iv").contains(last)) {
        assertEquals(Entity.slug(p.name()), p.id(), p.name());
      }
    }
  }
}
