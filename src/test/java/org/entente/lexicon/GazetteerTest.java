package org.entente.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  @Test
  void bundledFilesLoadOncePerProcess() {
    Gazetteer g = Gazetteer.defaults();
    assertSame(g, Gazetteer.defaults());
    assertTrue(g.states().size() >= 193, "every UN member state");
    for (String id : List.of("NATO", "AUKUS", "QUAD", "BRICS", "SCO", "EU", "UN", "UNSC", "EAEU",
        "CSTO", "ASEAN", "G7", "G20", "OPEC", "GCC", "APEC", "OSCE", "BRI", "CIS", "WTO", "IMF")) {
      assertTrue(g.alliances().containsKey(id), id);
    }
  }

  @Test
  void everyTermNamesAKnownOfficeAndEveryCountryIsKnown() {
    Gazetteer g = Gazetteer.defaults();
    for (PersonEntry p : g.people().values()) {
      assertTrue(p.country().isEmpty() || g.states().containsKey(p.country()), p.id());
      for (Term t : p.terms()) {
        assertTrue(g.titles().containsKey(t.office()), p.id() + " " + t.office());
        assertTrue(t.from() == null || t.to() == null || !t.to().isBefore(t.from()), p.id());
      }
    }
    for (AllianceEntry a : g.alliances().values()) {
      a.memberships().forEach(m -> assertTrue(g.states().containsKey(m.state()),
          a.id() + " " + m.state()));
    }
  }

  @Test
  void allianceMembersChangeWithTheDate() {
    AllianceEntry eu = Gazetteer.defaults().alliances().get("EU");
    assertTrue(eu.members(LocalDate.of(2019, 6, 1)).contains("GBR"));
    assertFalse(eu.members(LocalDate.of(2020, 2, 1)).contains("GBR"), "left on 31 January 2020");
    assertFalse(eu.members().contains("GBR"));
    assertEquals(27, eu.members().size());
    assertFalse(eu.members(LocalDate.of(2013, 6, 30)).contains("HRV"));
    assertTrue(eu.members(LocalDate.of(2013, 7, 1)).contains("HRV"), "joined that day");
  }

  @Test
  void anAllianceMemberListIsOneSharedList() {
    AllianceEntry aukus = Gazetteer.defaults().alliances().get("AUKUS");
    // no membership dated: every day's list is the present one, built once
    assertSame(aukus.members(), aukus.members(LocalDate.of(2022, 1, 1)));
    assertSame(aukus.members(), aukus.members(null));
    AllianceEntry eu = Gazetteer.defaults().alliances().get("EU");
    assertSame(eu.members(), eu.members(null));
    assertEquals(List.of("AUS", "GBR", "USA"), aukus.members());
  }

  @Test
  void anAllianceEntryRefusesMembersItsMembershipsDoNotGive() {
    ImmutableList<Membership> memberships = ImmutableList.of(
        new Membership("AAA", null, null), new Membership("BBB", null, LocalDate.of(2001, 1, 1)));
    assertEquals(List.of("AAA"),
        new AllianceEntry("XX", "Xx", ImmutableList.of(), memberships).members());
    assertThrows(IllegalArgumentException.class, () -> new AllianceEntry("XX", "Xx",
        ImmutableList.of(), memberships, ImmutableList.of("AAA", "BBB")));
  }

  @Test
  void officeHoldersChangeWithTheDate() {
    PersonEntry biden = Gazetteer.defaults().people().get("joe-biden");
    assertTrue(biden.terms().stream().anyMatch(t -> t.office().equals("president")
        && t.country().equals("USA") && t.covers(LocalDate.of(2022, 1, 1))));
    assertFalse(biden.terms().stream().anyMatch(t -> t.office().equals("president")
        && t.covers(LocalDate.of(2025, 6, 1))));
  }

  @Test
  void userRowsReplaceBundledRows() throws IOException {
    Path file = dir.resolve("people-local.tsv");
    Files.writeString(file, "# local\nvladimir-putin\tV. Putin\t\tRUS\tpresident:2000-01-01..\n"
        + "jane-roe\tJane Roe\t\tGBR\tforeign-minister:2030-01-01..\n", UTF_8);
    Gazetteer g = Gazetteer.load(List.of(file));
    assertEquals("V. Putin", g.people().get("vladimir-putin").name());
    assertEquals("GBR", g.people().get("jane-roe").country());
    assertSame(g, Gazetteer.load(List.of(file)));
    assertEquals("Vladimir Putin", Gazetteer.defaults().people().get("vladimir-putin").name());
  }

  @Test
  void aFileNameMustSayItsKind() throws IOException {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(file, "x\ty\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(file)));
    assertTrue(e.getMessage().contains("must start with"), e.getMessage());
  }

  @Test
  void aBadRowIsReportedWithItsLine() throws IOException {
    Path file = dir.resolve("people-bad.tsv");
    Files.writeString(file, "# c\nann-lee\tAnn Lee\t\tKOR\tpresident:2020-13-01..\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(file)));
    assertTrue(e.getMessage().contains("people-bad.tsv:2"), e.getMessage());
  }
}
