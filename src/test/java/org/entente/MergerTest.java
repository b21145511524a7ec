package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long document's chunks add up: an actor keeps the first title and affiliation any gives. */
class MergerTest {
  @Test
  void anActorKeepsTheFirstTitleAndAffiliationOfAnyChunk() {
    Span first = new Span(0, 6, "an aide");
    Span second = new Span(2, 8, "the aide");
    Actor bare = new Actor("aide", "an aide", ActorKind.PERSON, null, null, true, List.of(first));
    Actor known = new Actor("aide", "the aide", ActorKind.PERSON, "RUS", "aide", true, "RUS",
        List.of(second));
    Merger m = new Merger();
    m.add(new Extraction("d", "en", List.of(bare), List.of(), List.of(), List.of()), 0);
    m.add(new Extraction("d", "en", List.of(known), List.of(), List.of(), List.of()), 100);
    Actor merged = m.result("d", "en").actors().get(0);
    assertEquals("an aide", merged.name());
    assertEquals("aide", merged.title());
    assertEquals("RUS", merged.affiliation());
    assertEquals(List.of(first, new Span(102, 108, "the aide")), merged.mentions());
  }
}
