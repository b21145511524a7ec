package org.entente.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> outer(String text) {
    return QuoteMarks.find(text).stream().filter(s -> s.depth() == 0)
        .map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void curlyAndStraightDoubleQuotes() {
    assertEquals(List.of("We are ready,", "It works."),
        outer("“We are ready,” she said. He said: \"It works.\""));
  }

  @Test
  void singleQuotesAreToldApartFromApostrophes() {
    assertEquals(List.of("frank and useful"),
        outer("The minister's aide said the talks were 'frank and useful' and didn't elaborate."));
    assertEquals(List.of("we won’t back down"),
        outer("Ankara’s envoy said ‘we won’t back down’ on Friday."));
  }

  @Test
  void anElidedYearOrAStrayApostropheHidesNoQuotation() {
    assertEquals(List.of("confused,"),
        outer("In the early '80s, she said the partner was \"confused,\" and left."));
    // An unclosed single mark opened before them is an apostrophe: they are outermost.
    assertEquals(List.of("slow", "unfair"),
        outer("The 'new rules were \"slow\" and \"unfair\", she said."));
  }

  @Test
  void guillemets() {
    assertEquals(List.of("Nothing is decided."), outer("He said: «Nothing is decided.»"));
  }

  @Test
  void nestedQuotationsStayInsideTheOuterOne() {
    List<QuoteMarks.Span> spans =
        QuoteMarks.find("“They talk of ‘freedom’ and mean control,” the envoy said.");
    assertEquals(2, spans.size());
    assertEquals(0, spans.get(0).depth());
    assertEquals(1, spans.get(1).depth());
  }

  @Test
  void aQuotationRunsOnOverParagraphsThatReopenTheMark() {
    String text = "She said: “The first part ends here.\n“The second part ends here.”\nDone.";
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    assertEquals(2, spans.size());
    assertTrue(spans.get(0).continues());
    assertFalse(spans.get(0).closed());
    assertTrue(spans.get(1).closed());
  }

  @Test
  void aParagraphWithoutAClosingMarkEndsTheQuotation() {
    String text = "He said “this never closes\nNext paragraph, no marks.";
    assertEquals(List.of("this never closes"), outer(text));
  }

  @Test
  void oddMarksNeverThrow() {
    for (String s : List.of("”", "“", "'", "’’’", "\"\"\"", "« » » «", "‘a’b’c’", "x\"\n\"",
        "", "\n\n“\n”")) {
      QuoteMarks.find(s);
    }
  }

  @Test
  void linearOnLongUnbalancedInput() {
    String text = "“a ‘b «c ".repeat(50_000);
    long t0 = System.nanoTime();
    QuoteMarks.find(text);
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "too slow");
  }
}
