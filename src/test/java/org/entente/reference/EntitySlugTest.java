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
  }
}
