package org.entente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.Actor;
import org.entente.ActorKind;
import org.entente.Extraction;
import org.entente.Polarity;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.Span;
import org.entente.Stance;
import org.junit.jupiter.api.Test;

/** The page's structure and escaping, on hand-made extractions (no CoreNLP). */
class ReportTest {
  // Written for this test: markup and script breakers in names and text.
  private static final String TEXT =
      "Ruritania said: \"We reject </script><b>Borduria</b> & its allies.\" Borduria agreed.";

  private static Article article() {
    Span rur = Span.of(TEXT, 0, 9);
    int q0 = TEXT.indexOf("We");
    int q1 = TEXT.indexOf(".\"") + 1;
    int trig = TEXT.indexOf("reject");
    Actor a = new Actor("RUR", "Ruritania <img src=x onerror=alert(1)>", ActorKind.STATE, null,
        null, false, List.of(rur));
    Actor b = new Actor("BOR", "Borduria", ActorKind.STATE, null, null, false,
        List.of(Span.of(TEXT, TEXT.indexOf("Borduria"), TEXT.indexOf("Borduria") + 8)));
    Quote q = new Quote(QuoteKind.DIRECT, Span.of(TEXT, q0, q1), List.of("RUR"),
        Span.of(TEXT, 10, 14), null, null, QuoteRoute.CUE_SUBJECT, 0.9);
    Stance s = new Stance("RUR", "BOR", Polarity.OPPOSE, Span.of(TEXT, trig, trig + 6),
        Span.of(TEXT, 0, q1 + 1), 0.8);
    Stance s2 = new Stance("RUR", "BOR", Polarity.OPPOSE, Span.of(TEXT, trig, trig + 6),
        Span.of(TEXT, 0, q1 + 1), 0.8);
    return new Article(TEXT, new Extraction("a<1>.txt", "en", List.of(a, b), List.of(),
        List.of(q), List.of(s, s2)));
  }

  @Test
  void escapesTextNamesAndScriptData() {
    String html = Report.of(List.of(article())).toHtml();
    assertFalse(html.contains("<img src=x"), "names are escaped");
    assertFalse(html.contains("<b>Borduria</b>"), "article text is escaped");
    assertTrue(html.contains("&lt;/script&gt;&lt;b&gt;Borduria&lt;/b&gt; &amp; its"));
    assertTrue(html.contains("a&lt;1&gt;.txt"));
    // The graph's JSON sits in a <script> element: no '<' may end it early.
    int data = html.indexOf("id=\"graph-data\">");
    String json = html.substring(data, html.indexOf("</script>", data));
    assertTrue(json.contains("Ruritania \\u003cimg src=x onerror=alert(1)\\u003e"), json);
    assertEquals(1, html.split("<script type=\"application/json\"", -1).length - 1);
  }

  @Test
  void weightsEdgesByHowOftenAStanceOccurs() {
    StanceGraph g = StanceGraph.of(List.of(article(), article()));
    assertEquals(2, g.nodes().size());
    assertEquals(1, g.edges().size());
    assertEquals(4, g.edges().get(0).weight());
    assertEquals(2, g.nodes().get(0).mentions());
  }

  @Test
  void countsWhoIsQuotedMost() {
    List<QuotedMost.Row> rows = QuotedMost.of(List.of(article(), article()));
    assertEquals(List.of(new QuotedMost.Row("RUR", "Ruritania <img src=x onerror=alert(1)>",
        2, 2, 0, 2)), rows);
  }

  @Test
  void overlappingMarksCutIntoPieces() {
    Highlighter h = new Highlighter("a <b> c");
    h.mark(0, 5, "q", "quote");
    h.mark(2, 7, "ev-opp", "x \"y\"");
    h.mark(-3, 99, "tr", "t");
    assertEquals("<mark class=\"q tr\" title=\"quote\nt\">a </mark>"
        + "<mark class=\"ev-opp q tr\" title=\"quote\nx &quot;y&quot;\nt\">&lt;b&gt;</mark>"
        + "<mark class=\"ev-opp tr\" title=\"x &quot;y&quot;\nt\"> c</mark>", h.html());
  }

  @Test
  void refusesScriptsThatWouldEndTheirElement() {
    assertThrows(IllegalStateException.class, () -> Assets.scriptSafe("var a = '</SCRIPT>';"));
    assertTrue(Assets.cytoscapeJs().length() > 100_000);
  }
}
