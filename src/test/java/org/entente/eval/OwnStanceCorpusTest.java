package org.entente.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our own annotated stance articles ({@code src/data/stance-corpus}, training data for
 * {@code train-stances --own}) are well-formed: every gold file has its text, every evidence is
 * a verbatim part of that text, and every holder and target is one of the file's actors or
 * alliances, as GOLD_FORMAT asks. A slip here would train the sieve on a stance it cannot find.
 */
class OwnStanceCorpusTest {
  private static final Path DIR = Path.of("src/data/stance-corpus");

  @Test
  void everyGoldStanceIsGroundedInItsText() throws IOException {
    Map<String, GoldDocument> gold = GoldReader.readCorpus(DIR);
    assertFalse(gold.isEmpty(), "no gold under " + DIR);
    int stances = 0;
    for (GoldDocument g : gold.values()) {
      Path textFile = DIR.resolve("texts").resolve(g.doc());
      assertTrue(Files.isRegularFile(textFile), g.doc() + ": no text");
      String text = Files.readString(textFile, UTF_8);
      Set<String> ids = new HashSet<>(g.alliances());
      g.actors().forEach(a -> ids.add(a.id()));
      for (GoldStance s : g.stances()) {
        stances++;
        assertTrue(text.contains(s.evidence()), g.doc() + ": evidence not in the text: "
            + s.evidence());
        s.holders().forEach(h -> assertTrue(ids.contains(h), g.doc() + ": holder " + h
            + " is no actor or alliance of the file"));
        s.targets().forEach(t -> assertTrue(ids.contains(t), g.doc() + ": target " + t
            + " is no actor or alliance of the file"));
      }
    }
    assertTrue(stances >= gold.size(), "fewer stances than articles: " + stances);
  }

  @Test
  void everyTextHasItsGold() throws IOException {
    Map<String, GoldDocument> gold = GoldReader.readCorpus(DIR);
    try (var texts = Files.list(DIR.resolve("texts"))) {
      texts.forEach(t -> assertTrue(gold.containsKey(t.getFileName().toString()),
          t.getFileName() + " has no gold"));
    }
    gold.forEach((doc, g) -> assertEquals(doc, g.doc()));
  }
}
