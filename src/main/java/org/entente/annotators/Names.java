package org.entente.annotators;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Set;
import org.entente.lexicon.Rules;
import org.entente.reference.Entity;

/** Ids and short forms of names. */
final class Names {
  /** Countries whose names put the family name first ("Xi Jinping" is "Xi"). */
  private static final Supplier<Set<String>> FAMILY_NAME_FIRST = Suppliers.memoize(
      () -> Rules.words("models/rules/family-name-first.txt", List.of(), false));

  private Names() {}

  /** The last word of a name after honorifics and suffixes ("Locsin" in "Teodoro Locsin Jr."). */
  static String lastName(String name) {
    List<String> words = Entity.personNameWords(name);
    return words.isEmpty() ? name : words.get(words.size() - 1);
  }

  /** The words by which a person is called on second mention. */
  static Set<String> shortForms(String fullName, String country) {
    List<String> words = Entity.personNameWords(fullName);
    if (words.isEmpty()) {
      return Set.of();
    }
    String last = words.get(words.size() - 1);
    if (words.size() < 2) {
      return Set.of(last);
    }
    if (country != null && FAMILY_NAME_FIRST.get().contains(country)) {
      return Set.of(words.get(0), last);
    }
    return Set.of(last);
  }
}
