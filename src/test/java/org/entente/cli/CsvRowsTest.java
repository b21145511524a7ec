package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.Extraction;
import org.entente.Failure;
import org.entente.Polarity;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.QuoteRoute;
import org.entente.Span;
import org.entente.Stance;
import org.junit.jupiter.api.Test;

/** {@code --format csv} on hand-made records: quoting, empty cells, error rows. */
class CsvRowsTest {
  private static final String TEXT = "Ruritania said: \"No, \"\"never\"\"\nagain.\" It condemned Borduria.";

  @Test
  void quotesAndStancesAsRowsWithProperQuoting() {
    int q0 = TEXT.indexOf("No");
    int q1 = TEXT.indexOf("again.") + 6;
    int c = TEXT.indexOf("condemned");
    Extraction x = new Extraction("a.txt", "en", List.of(), List.of(),
        List.of(new Quote(QuoteKind.DIRECT, Span.of(TEXT, q0, q1),
            List.of("RUR", "BOR"), Span.of(TEXT, 10, 14), null, null, QuoteRoute.CUE_SUBJECT, 0.5)),
        List.of(new Stance("RUR", "BOR", Polarity.OPPOSE, Span.of(TEXT, c, c + 9),
            Span.of(TEXT, c - 3, TEXT.length()), 0.75)));
    assertEquals("document,record,kind,actor,target,text,begin,end,cue,confidence\n",
        CsvRows.header());
    assertEquals("a.txt,quote,DIRECT,\"RUR + BOR\",,\"No, \"\"\"\"never\"\"\"\"\nagain.\","
        + q0 + "," + q1 + ",said,0.5\n"
        + "a.txt,stance,OPPOSE,RUR,BOR,\"It condemned Borduria.\"," + (c - 3) + ","
        + TEXT.length() + ",condemned,0.75\n", CsvRows.of(x));
  }

  @Test
  void aFailureIsAnErrorRowAndAnEmptyDocumentNoRow() {
    assertEquals("b.txt,error,io,,,\"NoSuchFileException: b.txt\",,,,\n",
        CsvRows.of(new Failure("b.txt", "io", "NoSuchFileException: b.txt")));
    assertEquals("", CsvRows.of(Extraction.empty("c.txt", "en")));
  }
}
