package org.entente.annotators;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids and short forms of names. */
final class Names {
  /** Countries whose names put the family name first ("Xi Jinping" is "Xi"). */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK");

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  private Names() {}

  /** The lower-case ASCII id of a name, words joined by '-': "Luiz Inácio Lula" → "luiz-inacio-lula". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`.]", "").replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /** Whether a word is a generational suffix ("Jr.", "III"). */
  static boolean isSuffix(String word) {
    return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words by which a person is called on second mention. */
  static Set<String> shortForms(String fullName, String country) {
    String[] words = fullName.trim().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && SUFFIXES.contains(words[last].toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (words.length < 2) {
      return Set.of(words[0]);
    }
    if (country != null && FAMILY_NAME_FIRST.contains(country)) {
      return Set.of(words[0], words[last]);
    }
    return Set.of(words[last]);
  }
}
