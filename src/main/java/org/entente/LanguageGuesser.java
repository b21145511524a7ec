package org.entente;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.entente.lexicon.Rules;

/** Detects a text's language with OpenNLP's 103-language model, loaded once per process. */
final class LanguageGuesser {
  /** Undetermined, for blank text (ISO 639-2 "und"). */
  static final String UNDETERMINED = "und";

  private static final Supplier<LanguageDetectorModel> MODEL = Suppliers.memoize(() -> {
    try (InputStream in =
        LanguageGuesser.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin missing from the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
  });

  // Java's list keeps the withdrawn ISO 639-1 codes of Hebrew, Indonesian, Yiddish and Javanese.
  private static final Map<String, String> CURRENT =
      Map.of("iw", "he", "in", "id", "ji", "yi", "jw", "jv");

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  /** Short texts say too little to overrule English when English is among the top guesses. */
  private static final int SHORT_TEXT = 200;

  private LanguageGuesser() {}

  /** Loads the model now, so that the first document does not wait for it. */
  static void preload() {
    MODEL.get();
  }

  /** ISO 639-1 code where one exists ("en"), else the model's ISO 639-3 code. */
  static String detect(String text) {
    if (text.isBlank()) {
      return UNDETERMINED;
    }
    // The detector object is cheap and not documented thread-safe; the model is shared.
    Language[] guesses = new LanguageDetectorME(MODEL.get()).predictLanguages(text);
    String best = guesses[0].getLang();
    if (!best.equals("eng") && text.length() < SHORT_TEXT) {
      for (int i = 1; i < Math.min(3, guesses.length); i++) {
        if (guesses[i].getLang().equals("eng") && looksLatin(text)) {
          best = "eng";
        }
      }
    }
    if (!best.equals("eng") && looksLatin(text) && englishWordShare(text) >= ENGLISH_SHARE) {
      best = "eng";
    }
    return code(best);
  }

  /** The code entente reports for the model's ISO 639-3 {@code iso3}: ISO 639-1 where one exists. */
  static String code(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  /** The ISO 639-3 codes the model can return. */
  static java.util.List<String> modelLanguages() {
    return java.util.Arrays.stream(new LanguageDetectorME(MODEL.get()).getSupportedLanguages())
        .toList();
  }

  /** The share of the text's words (of its first 100,000 characters) that are English ones. */
  static double englishWordShare(String text) {
    Set<String> english = ENGLISH.get();
    int words = 0;
    int hits = 0;
    Matcher m = WORD.matcher(text.length() > 100_000 ? text.substring(0, 100_000) : text);
    while (m.find()) {
      words++;
      if (english.contains(m.group().toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return words == 0 ? 0 : (double) hits / words;
  }

  private static final double ENGLISH_SHARE = 0.20;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Supplier<Set<String>> ENGLISH = Suppliers.memoize(
      () -> Set.copyOf(Rules.lines("models/rules/english-function-words.txt")));

  private static boolean looksLatin(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long latin = text.codePoints().filter(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
    return letters > 0 && latin * 10 >= letters * 9;
  }

  private static Map<String, String> iso3ToIso1() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        b.put(Locale.forLanguageTag(iso1).getISO3Language(), CURRENT.getOrDefault(iso1, iso1));
      } catch (java.util.MissingResourceException e) {
        // no three-letter code: nothing to map
      }
    }
    // OpenNLP uses the individual-language codes for a few macrolanguages.
    b.put("cmn", "zh").put("pes", "fa").put("zlm", "ms").put("ekk", "et").put("lvs", "lv");
    return b.buildKeepingLast();
  }
}
