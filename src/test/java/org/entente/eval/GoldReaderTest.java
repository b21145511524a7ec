package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.ActorKind;
import org.entente.Polarity;
import org.entente.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  @TempDir Path dir;

  @Test
  void readsEveryFieldAndBothSpeakerForms() throws IOException {
    new TestCorpus(dir).gold("b.txt", "{'doc': 'b.txt', 'alliances': []}")
        .gold("a.txt", "{'doc': 'a.txt',"
            + " 'actors': [{'id': 'kremlin-aide', 'kind': 'PERSON', 'name': 'a Kremlin aide',"
            + " 'country': 'RUS', 'anonymous': true}],"
            + " 'alliances': ['NATO', {'id': 'QUAD'}],"
            + " 'quotes': [{'kind': 'DIRECT', 'speaker': 'kremlin-aide', 'text': 'no'},"
            + " {'kind': 'INDIRECT', 'speaker': ['RUS', 'CHN'], 'text': 'yes'}],"
            + " 'stances': [{'holder': 'RUS', 'target': 'NATO', 'polarity': 'OPPOSE',"
            + " 'evidence': 'opposed'}]}");
    Map<String, GoldDocument> gold = GoldReader.readCorpus(dir);
    assertEquals(List.of("a.txt", "b.txt"), List.copyOf(gold.keySet()));
    GoldDocument a = gold.get("a.txt");
    assertEquals(new GoldActor("kremlin-aide", ActorKind.PERSON, "a Kremlin aide", "RUS", true),
        a.actors().get(0));
    assertEquals(List.of("NATO", "QUAD"), a.alliances());
    assertEquals(new GoldQuote(QuoteKind.DIRECT, List.of("kremlin-aide"), "no"),
        a.quotes().get(0));
    assertEquals(List.of("RUS", "CHN"), a.quotes().get(1).speakers());
    assertEquals(new GoldStance(List.of("RUS"), List.of("NATO"), Polarity.OPPOSE, "opposed"),
        a.stances().get(0));
    assertTrue(gold.get("b.txt").quotes().isEmpty());
  }

  @Test
  void noGoldFolderIsAnEmptyCorpus() throws IOException {
    assertTrue(GoldReader.readCorpus(dir.resolve("nowhere")).isEmpty());
  }

  @Test
  void unknownKindsAreErrorsNamingTheFile() {
    new TestCorpus(dir).gold("a.txt", "{'doc': 'a.txt', 'actors': [{'id': 'x', 'kind': 'BLOC'}]}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldReader.readCorpus(dir));
    assertTrue(e.getMessage().contains("a.txt.json"), e.getMessage());
    assertTrue(e.getMessage().contains("BLOC"), e.getMessage());
  }
}
