package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bad, odd and huge input on the shared extractor: refused clearly or read in bounded time. */
class HostileInputTest {
  private final Extractor extractor = SharedExtractor.get();

  /** Every span of {@code x} is the text at its offsets in {@code text}. */
  static void assertOffsetsHold(String text, Extraction x) {
    List<Span> spans = new ArrayList<>();
    x.actors().forEach(a -> spans.addAll(a.mentions()));
    x.alliances().forEach(a -> spans.addAll(a.mentions()));
    for (Quote q : x.quotes()) {
      assertEquals(q.text(), text.substring(q.begin(), q.end()));
      if (q.cue() != null) {
        spans.add(q.cue());
      }
    }
    x.stances().forEach(s -> Stream.of(s.trigger(), s.evidence())
        .filter(java.util.Objects::nonNull).forEach(spans::add));
    for (Span s : spans) {
      assertEquals(s.text(), text.substring(s.begin(), s.end()), s.toString());
    }
  }

  @Test
  void textOverTheLimitIsRefusedAtOnce() {
    String huge = "a".repeat(Extractor.Builder.DEFAULT_MAX_CHARS + 1);
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extractor.extract("big", huge));
    assertEquals("too-large", e.type());
    Failure f = (Failure) extractor.tryExtract(Document.of("big", huge));
    assertEquals("too-large", f.type());
  }

  @Test
  void runawayAndUnbalancedQuotationMarksAreRead() {
    String text = "“““ Germany backed the plan, Chancellor Olaf Scholz said. “\n"
        + "\"".repeat(2_001) + " Russia condemned the sanctions.\n"
        + "«".repeat(3_000) + "”".repeat(3_000) + " France said ' it agreed.\n"
        + "\"We will not accept this,\" Sergei Lavrov told reporters in Moscow.";
    Extraction x = extractor.extract("quotes", text);
    assertOffsetsHold(text, x);
    List<String> ids = x.actors().stream().map(Actor::id).toList();
    assertTrue(ids.containsAll(List.of("DEU", "RUS", "sergey-lavrov")), ids.toString());
    assertTrue(x.quotes().stream().anyMatch(q -> q.text().equals("We will not accept this,")
        && q.speakers().equals(List.of("sergey-lavrov"))), x.quotes().toString());
  }

  @Test
  void controlCharactersZeroWidthEmojiAndMixedScriptsAreRead() {
    String text = "Germany\u0000 backed the\u0007 plan on Monday\u200b, Chancellor Olaf Scholz "
        + "said \uD83D\uDE00 in Berlin.\u0001\n"
        + "Japan \u200dand Australia agreed to deepen defence ties \uD83C\uDDEF\uD83C\uDDF5, "
        + "officials in Canberra said; the visit to Москва and 北京 was not discussed.\n"
        + "\uFEFFIndia welcomed the statement\u202e, according to its foreign ministry.\r\n";
    Extraction x = extractor.extract("odd", text);
    assertEquals("en", x.language());
    assertOffsetsHold(text, x);
    List<String> ids = x.actors().stream().map(Actor::id).toList();
    assertTrue(ids.containsAll(List.of("DEU", "JPN", "AUS", "IND", "olaf-scholz")),
        ids.toString());
  }

  @Test
  void shortAndMixedScriptTextNotInEnglishGivesItsLanguage() {
    Extraction ru = extractor.extract("Путин встретился с Си Цзиньпином в Москве во вторник.");
    assertEquals("ru", ru.language());
    assertTrue(ru.actors().isEmpty() && ru.quotes().isEmpty());
    Extraction zh = extractor.extract("俄罗斯总统普京周二在莫斯科会见了中国国家主席习近平，"
        + "双方签署了多项能源协议。NATO 和 G7 对此表示关注。");
    assertEquals("zh", zh.language());
    assertTrue(zh.actors().isEmpty() && zh.alliances().isEmpty());
  }

  @Test
  void aLongSentenceWithoutPunctuationIsCutAndRead() {
    StringBuilder b = new StringBuilder("Germany backed the plan");
    while (b.length() < 20_000) {
      b.append(" and Japan welcomed the talks while France said nothing more about it");
    }
    String text = b.toString();
    Extraction x = extractor.extract("long", text);
    assertOffsetsHold(text, x);
    assertTrue(x.actors().stream().map(Actor::id).toList().containsAll(
        List.of("DEU", "JPN", "FRA")));
    Actor japan = x.actors().stream().filter(a -> a.id().equals("JPN")).findFirst().get();
    assertTrue(japan.mentions().size() > 200, "every mention kept: " + japan.mentions().size());
  }

  @Test
  void htmlIsReadAsItsTextAndOffsetsReferToThatText() {
    String html = "<!DOCTYPE html><html><head><title>Talks in Berlin</title>"
        + "<script>var x = \"Russia\";</script><style>p { color: red }</style></head><body>"
        + "<h1>Allies meet</h1><p>Germany backed the plan, <b>Chancellor Olaf Scholz</b> said."
        + "</p><p>&ldquo;We stand together,&rdquo; he told reporters.</p></body></html>";
    assertTrue(Html.looksLikeHtml(html));
    String text = Html.toText(html);
    assertEquals("Talks in Berlin\nAllies meet\nGermany backed the plan, Chancellor Olaf Scholz "
        + "said.\n“We stand together,” he told reporters.", text);
    Extraction x = extractor.extract("page", html);
    assertOffsetsHold(text, x);
    List<String> ids = x.actors().stream().map(Actor::id).toList();
    assertTrue(ids.containsAll(List.of("DEU", "olaf-scholz")), ids.toString());
    assertFalse(ids.contains("RUS"), "scripts are not text");
  }

  @Test
  void plainTextThatMentionsTagsIsNotHtml() {
    assertFalse(Html.looksLikeHtml("The <p> tag starts a paragraph, the editor said."));
    assertFalse(Html.looksLikeHtml("<<< Russia >>> condemned the sanctions."));
    assertTrue(Html.looksLikeHtml("\uFEFF  <html lang=en><body>Hi</body></html>"));
    assertTrue(Html.looksLikeHtml("<div class=\"story\"><p>Japan agreed.</p></div>"));
  }
}
