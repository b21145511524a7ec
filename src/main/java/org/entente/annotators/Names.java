package org.entente.annotators;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.Rules;

/** Ids and short forms of names. */
final class Names {
  /** Countries whose names put the family name first ("Xi Jinping" is "Xi"). */
  private static final Supplier<Set<String>> FAMILY_NAME_FIRST = Suppliers.memoize(
      () -> Rules.words("models/rules/family-name-first.txt", List.of(), false));

  private static final Supplier<Set<String>> SUFFIXES = Suppliers.memoize(
      () -> Rules.words("models/rules/name-suffixes.txt", List.of(), true));

  private Names() {}

  /** Whether a word is a generational suffix ("Jr.", "III"). */
  static boolean isSuffix(String word) {
    return SUFFIXES.get().contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words by which a person is called on second mention. */
  static Set<String> shortForms(String fullName, String country) {
    String[] words = fullName.trim().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && SUFFIXES.get().contains(words[last].toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (words.length < 2) {
      return Set.of(words[0]);
    }
    if (country != null && FAMILY_NAME_FIRST.get().contains(country)) {
      return Set.of(words[0], words[last]);
    }
    return Set.of(words[last]);
  }
}
