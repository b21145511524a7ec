package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdMatcherTest {
  private final IdMatcher people = new IdMatcher(Map.of("vladimir-putin", "PERSON"));

  @Test
  void aPersonMatchesOnSurname() {
    assertTrue(people.matches("putin", "vladimir-putin"));
    assertTrue(people.matches("vladimir-putin", "v-putin"));
  }

  @Test
  void theSurnameIsTheLastWordEvenForNamesWrittenFamilyNameFirst() {
    // score.py takes the last hyphenated word: "xi" does not match "xi-jinping".
    assertFalse(new IdMatcher(Map.of("xi-jinping", "PERSON")).matches("xi", "xi-jinping"));
  }

  @Test
  void bothIdsMustBeLowerCase() {
    assertFalse(people.matches("Putin", "vladimir-putin"));
  }

  @Test
  void withoutAPersonKindOnlyTwoHyphenatedIdsGetTheSurnameRule() {
    IdMatcher none = IdMatcher.withoutKinds();
    assertTrue(none.matches("a-putin", "b-putin"));
    assertFalse(none.matches("putin", "b-putin"));
    assertFalse(none.matches("RUS", "rus"));
    assertTrue(none.matches("RUS", "RUS"));
  }

  @Test
  void surnameKeepsTrailingEmptyWord() {
    assertEquals("", IdMatcher.surname("putin-"));
    assertEquals("putin", IdMatcher.surname("putin"));
  }
}
