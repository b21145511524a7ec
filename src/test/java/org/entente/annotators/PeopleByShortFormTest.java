package org.entente.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.PersonEntry;
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
              .anyMatch(f -> Names.fold(f).equals(Names.fold(word)))).toList();
      assertEquals(scan, INDEX.named(word), word);
    }
  }
}
