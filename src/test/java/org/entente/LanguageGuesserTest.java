package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Language detection, with the English function-word check behind the n-gram model. */
class LanguageGuesserTest {
  @Test
  void otherLanguagesStayThemselves() {
    assertEquals("fr", LanguageGuesser.detect("Le ministre des affaires étrangères a déclaré "
        + "mardi que les discussions avec ses partenaires européens se poursuivraient malgré "
        + "les tensions commerciales et les menaces de sanctions."));
    assertEquals("de", LanguageGuesser.detect("Der Außenminister sagte am Dienstag, die "
        + "Gespräche mit den europäischen Partnern würden trotz der Handelsstreitigkeiten und "
        + "der angedrohten Sanktionen fortgesetzt."));
    assertEquals("es", LanguageGuesser.detect("El ministro de Asuntos Exteriores dijo el "
        + "martes que las conversaciones con sus socios europeos continuarían pese a las "
        + "tensiones comerciales y las amenazas de sanciones."));
  }

  @Test
  void englishFunctionWordsAreCounted() {
    assertTrue(LanguageGuesser.englishWordShare(
        "The minister said that the talks with its partners would go on.") > 0.4);
    assertTrue(LanguageGuesser.englishWordShare(
        "Les discussions avec ses partenaires se poursuivraient.") < 0.05);
    assertEquals(0.0, LanguageGuesser.englishWordShare("1234 ... !!"));
  }

  @Test
  void nameHeavyEnglishIsEnglish() {
    String text = "Sergei Lavrov, Wang Yi, Subrahmanyam Jaishankar, Mauro Vieira and Ronald "
        + "Lamola met in Rio de Janeiro. Lavrov said that the BRICS ministers had agreed on the "
        + "text, and Wang said it was a step for the Global South.";
    assertEquals("en", LanguageGuesser.detect(text));
  }

  @Test
  void everyLanguageOfTheModelGetsItsCurrentIsoCode() {
    assertEquals("he", LanguageGuesser.code("heb"));
    assertEquals("id", LanguageGuesser.code("ind"));
    assertEquals("yi", LanguageGuesser.code("yid"));
    assertEquals("jv", LanguageGuesser.code("jav"));
    assertEquals("zh", LanguageGuesser.code("cmn"));
    java.util.List<String> languages = LanguageGuesser.modelLanguages();
    assertTrue(languages.size() > 100, languages.toString());
    for (String iso3 : languages) {
      String code = LanguageGuesser.code(iso3);
      assertTrue(!java.util.Set.of("iw", "in", "ji", "jw").contains(code), iso3 + " -> " + code);
      assertTrue(code.matches("[a-z]{2,3}"), iso3 + " -> " + code);
    }
    assertEquals("he", LanguageGuesser.detect("שר החוץ אמר ביום שלישי כי השיחות עם השותפים "
        + "האירופיים יימשכו למרות המתיחות המסחרית והאיומים בסנקציות."));
    assertEquals("id", LanguageGuesser.detect("Menteri luar negeri mengatakan pada hari Selasa "
        + "bahwa pembicaraan dengan mitra Eropa akan terus berlanjut meskipun ada ketegangan "
        + "perdagangan dan ancaman sanksi."));
  }
}
