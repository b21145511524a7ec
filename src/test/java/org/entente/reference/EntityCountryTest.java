package org.entente.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A person of no state (the gazetteer lists union officials with an empty country) has no
 * country at all, so that no stage reads an empty code as a state.
 */
class EntityCountryTest {
  @Test
  void blankCountryIsNone() {
    assertNull(new Entity("lena-kovacs", "Lena Kovacs", EntityKind.PERSON, "", null, false)
        .country());
    assertNull(new Entity("lena-kovacs", "Lena Kovacs", EntityKind.PERSON, "  ", null, false)
        .country());
    assertEquals("CHL", new Entity("ana-ruiz", "Ana Ruiz", EntityKind.PERSON, "CHL", null, false)
        .country());
  }

  @Test
  void aPersonListedWithoutStateCanStillBeGivenOne() {
    Entity listed = new Entity("lena-kovacs", "Lena Kovacs", EntityKind.PERSON, "", null, false);
    assertEquals("DNK", listed.withCountry("DNK").country());
  }
}
