package org.entente.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state a text is about, shared by the actor and quote stages. */
class MostNamedStateTest {
  private static final Map<String, Entity> ENTITIES = Map.of(
      "NOR", new Entity("NOR", "Norway", EntityKind.STATE, "NOR", null, false),
      "SWE", new Entity("SWE", "Sweden", EntityKind.STATE, "SWE", null, false),
      "ana-ruiz", new Entity("ana-ruiz", "Ana Ruiz", EntityKind.PERSON, "SWE", null, false));

  private static Mention at(String id, int begin) {
    return new Mention(id, 0, begin, begin + 1, begin * 10, begin * 10 + 5, Mention.Via.NAME);
  }

  @Test
  void theStateNamedMostWinsAndPeopleDoNotCount() {
    assertEquals("NOR", Entity.mostNamedState(List.of(at("SWE", 0), at("ana-ruiz", 1),
        at("ana-ruiz", 2), at("NOR", 3), at("NOR", 4)), ENTITIES));
  }

  @Test
  void theFirstNamedWinsATie() {
    assertEquals("SWE", Entity.mostNamedState(List.of(at("SWE", 0), at("NOR", 1)), ENTITIES));
    assertEquals("NOR", Entity.mostNamedState(List.of(at("NOR", 0), at("SWE", 1)), ENTITIES));
  }

  @Test
  void noStateNamedIsNone() {
    assertNull(Entity.mostNamedState(List.of(at("ana-ruiz", 0), at("unknown", 1)), ENTITIES));
  }
}
