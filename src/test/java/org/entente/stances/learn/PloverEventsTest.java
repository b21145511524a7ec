package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one PLOVER reader: which records it keeps, and the direction records made of them. */
class PloverEventsTest {
  private static final String RECORDS = """
      [
       {"id": "a", "event": "AGREE", "text": "Freedonia signed a water pact with Sylvania.",
        "source": [{"code": "FRD", "actorText": "Freedonia"}],
        "target": [{"code": "SYL", "actorText": "Sylvania"}]},
       {"id": "b", "event": "SANCTION", "text": "Sylvania froze the assets of Freedonia.",
        "target": [{"code": "FRD", "actorText": "Freedonia"}]},
       {"id": "c", "event": "ACCIDENT", "text": "A bridge fell in Sylvania.",
        "source": [], "target": [{"code": "SYL", "actorText": "Sylvania"}]},
       {"id": "d", "event": "REJECT", "text": "Freedonia turned the offer down.",
        "source": [{"code": "FRD", "actorText": "Freedonia"}]},
       {"id": "e", "event": "THREATEN", "text": "It warned them again.",
        "source": [{"code": "FRD", "actorText": "Freedonia"}],
        "target": [{"code": "SYL", "actorText": "Sylvania"}]}
      ]
      """;

  @Test
  void keepsCooperationAndConflictWithATextAndTargets(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("plover.json");
    Files.writeString(f, RECORDS, UTF_8);
    List<PolarityTraining.PloverEvent> events = PolarityTraining.ploverEvents(f);
    assertEquals(List.of("a", "b", "e"), events.stream().map(PolarityTraining.PloverEvent::id)
        .toList());
    assertTrue(events.get(0).cooperation());
    assertFalse(events.get(1).cooperation());
    assertEquals(List.of(new PolarityTraining.PloverActor("FRD", "Freedonia")),
        events.get(0).sources());
    assertTrue(events.get(1).sources().isEmpty(), "a record naming no source has none");
    // The direction records need the target named in the text: "e" does not name it.
    List<PolarityTraining.PloverRecord> records = PolarityTraining.ploverRecords(f);
    assertEquals(2, records.size());
    PolarityTraining.PloverRecord a = records.get(0);
    assertEquals("Sylvania", a.text().substring(a.begin(), a.end()));
    assertTrue(a.cooperation());
    assertFalse(records.get(1).cooperation());
  }
}
