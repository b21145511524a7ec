package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.PersonEntry;
import org.entente.reference.Entity;
import org.junit.jupiter.api.Test;

class PeopleByShortFormTest {
  private static final PeopleByShortForm INDEX = PeopleByShortForm.of(Gazetteer.defaults());

  private static List<String> ids(String word) {
    return INDEX.named(word).stream().map(PersonEntry::id).toList();
  }

  @Test
  void aSurnameNamesItsBearerWithOrWithoutAccents() {
    assertEquals(List.of("vladimir-putin"), ids("Putin"));
    assertEquals(ids("Orbán"), ids("Orban"));
    assertTrue(ids("Orban").contains("viktor-orban"), ids("Orban").toString());
  }

  @Test
  void aSurnameWithALetterSpeltOutInAsciiNamesItsBearerEitherWay() {
    // "ø" carries no combining mark: folded as ids are spelt, "Store" is "Støre"
    assertEquals(ids("Støre"), ids("Store"));
    assertTrue(ids("Store").contains("jonas-gahr-store"), ids("Store").toString());
  }

  @Test
  void aWordNoOneIsCalledByNamesNoOne() {
    assertTrue(ids("Zzyzxq").isEmpty());
    assertTrue(ids("").isEmpty());
  }

  @Test
  void matchesTheScanItReplaces() {
    // The index gives what scanning every person's short forms gives, in gazetteer order.
    Gazetteer g = Gazetteer.defaults();
    for (String word : List.of("Putin", "Kim", "Xi", "Lee", "Marcos", "Locsin", "Orbán")) {
      List<PersonEntry> scan = g.people().values().stream()
          .filter(p -> Names.shortForms(p.name(), p.country()).stream()
              .anyMatch(f -> Entity.fold(f).equals(Entity.fold(word)))).toList();
      assertEquals(scan, INDEX.named(word), word);
    }
  }
}
