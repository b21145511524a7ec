package org.entente.reference;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.lexicon.Rules;

/**
 * What the actor annotator knows of one actor in one document.
 *
 * @param id canonical id
 * @param name display name
 * @param kind person, state or organisation
 * @param country ISO alpha-3 of the actor's state, or null; blank is read as null
 * @param title office or role, or null
 * @param anonymous true for an unnamed source
 */
public record Entity(
    String id, String name, EntityKind kind, String country, String title, boolean anonymous) {

  /**
   * Reads a blank country as none: the gazetteer lists people of no state (officials of a union)
   * with an empty country, which would otherwise pass every {@code country != null} test and
   * reach holders and ids as an empty code.
   *
   * @param id canonical id
   * @param name display name
   * @param kind person, state or organisation
   * @param country ISO alpha-3 of the actor's state, or null; blank is read as null
   * @param title office or role, or null
   * @param anonymous true for an unnamed source
   */
  public Entity {
    if (country != null && country.isBlank()) {
      country = null;
    }
  }

  private static final Pattern ROMAN = Pattern.compile("[IVX]+\\.?");
  // Bundled lists, the same for every pipeline: read once, not looked up per name word.
  private static final Supplier<Set<String>> SUFFIXES = Suppliers.memoize(
      () -> Rules.words("models/rules/name-suffixes.txt", List.of(), true));
  private static final Supplier<Set<String>> HONORIFICS = Suppliers.memoize(
      () -> Rules.words("models/rules/honorifics.txt", List.of(), true));

  /**
   * The id an actor known only by this name gets: lower-case ASCII, words joined by '-',
   * apostrophes and dots dropped ("Luiz Inácio Lula" → "luiz-inacio-lula", "O'Rourke" →
   * "orourke"). The one rule for every stage that makes an id from a name, so that a name gets
   * the same id wherever it is met.
   *
   * @param name a name
   * @return its id, empty when the name holds no letter or digit
   */
  public static String slug(String name) {
    String ascii = fold(name);
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`.]", "")
        .replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /**
   * {@code text} as the press spells it in ASCII: without its combining marks ("Orbán" →
   * "Orban") and with the Latin letters that carry none spelt out ("Støre" → "Store"), so that a
   * name matches and gets the same id in either spelling. ASCII text as it is, without
   * normalising (names are mostly ASCII, and the actor stage asks this of every proper noun).
   *
   * @param text any text
   * @return the text decomposed (NFD), its combining marks removed and such letters spelt out
   */
  public static String fold(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    return foldLetters(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
  }

  /**
   * Latin letters that carry no combining mark to strip, spelt in ASCII as the press does
   * ("Støre" → "Store", "Błaszczak" → "Blaszczak", "Đukanović" → "Dukanovic").
   */
  private static String foldLetters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ø', 'Ø' -> out.append(c == 'ø' ? 'o' : 'O');
        case 'ł', 'Ł' -> out.append(c == 'ł' ? 'l' : 'L');
        case 'đ', 'Đ', 'ð', 'Ð' -> out.append(Character.isLowerCase(c) ? 'd' : 'D');
        case 'þ', 'Þ' -> out.append(c == 'þ' ? "th" : "Th");
        case 'æ', 'Æ' -> out.append(c == 'æ' ? "ae" : "Ae");
        case 'œ', 'Œ' -> out.append(c == 'œ' ? "oe" : "Oe");
        case 'ß' -> out.append("ss");
        case 'ı' -> out.append('i');
        case 'ħ', 'Ħ' -> out.append(c == 'ħ' ? 'h' : 'H');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The id a person known only by this name gets: {@link #slug} of the name without forms of
   * address before it ("Mr", "Dr", "Sheikh": models/rules/honorifics.txt) and generational
   * suffixes after it ("Jr.", "III": models/rules/name-suffixes.txt), so that "Teodoro Locsin
   * Jr." is "teodoro-locsin" and shares its surname with a later "Locsin". A suffix stays when it
   * is a numeral after a single name: "Charles III" is a regnal name, not "charles".
   *
   * @param name a person's name as written
   * @return its id, empty when the name holds no letter or digit
   */
  public static String personId(String name) {
    return slug(String.join(" ", personNameWords(name)));
  }

  /**
   * The words of a person's name without honorifics before it and generational suffixes after
   * it, commas dropped ("Locsin, Jr." has the words "Locsin" and "Jr."); at least one word stays.
   *
   * @param name a person's name as written
   * @return its words, possibly empty for a blank name
   */
  public static List<String> personNameWords(String name) {
    List<String> words = Arrays.stream(name.trim().split("[\\s,]+"))
        .filter(w -> !w.isEmpty()).toList();
    Set<String> suffixes = SUFFIXES.get();
    int first = 0;
    int end = words.size();
    while (end - first > 1 && isHonorific(words.get(first))) {
      first++;
    }
    while (end - first > 1 && suffixes.contains(bare(words.get(end - 1)))
        && (end - first > 2 || !ROMAN.matcher(words.get(end - 1)).matches())) {
      end--;
    }
    return words.subList(first, end);
  }

  /**
   * Whether a word is a form of address before a name ("Mr.", "Dr", "Sheikh").
   *
   * @param word a word, with or without a final dot
   * @return true for an honorific in models/rules/honorifics.txt
   */
  public static boolean isHonorific(String word) {
    return HONORIFICS.get().contains(bare(word));
  }

  private static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * This entity with a title, unless it has one already.
   *
   * @param newTitle the office or role to give it, or null
   * @return a copy with {@code newTitle}, or this entity if it has a title or {@code newTitle} is
   *     null
   */
  public Entity withTitle(String newTitle) {
    return title != null || newTitle == null
        ? this : new Entity(id, name, kind, country, newTitle, anonymous);
  }

  /**
   * This entity with a country, unless it has one already.
   *
   * @param newCountry ISO alpha-3 code of the country to give it, or null
   * @return a copy with {@code newCountry}, or this entity if it has a country or {@code
   *     newCountry} is null
   */
  public Entity withCountry(String newCountry) {
    return country != null || newCountry == null
        ? this : new Entity(id, name, kind, newCountry, title, anonymous);
  }

  /**
   * The state named most often among {@code mentions} (the first named among equals): the state
   * a text is about, whose bodies it names unqualified ("the foreign ministry said").
   *
   * @param mentions the mentions to count, in text order (callers choose which: the actor stage
   *     leaves out a state named as a venue, the quote stage counts the document's)
   * @param entities the entities the mentions' ids name
   * @return the state's id, or null when no mention names a state
   */
  public static String mostNamedState(Iterable<Mention> mentions,
      Map<String, Entity> entities) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Entity e = entities.get(m.id());
      if (e != null && e.kind() == EntityKind.STATE) {
        counts.merge(e.id(), 1, Integer::sum);
      }
    }
    String best = null;
    for (var c : counts.entrySet()) {
      if (best == null || c.getValue() > counts.get(best)) {
        best = c.getKey();
      }
    }
    return best;
  }
}
