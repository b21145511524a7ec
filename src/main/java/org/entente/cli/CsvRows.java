package org.entente.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.Extraction;
import org.entente.Failure;
import org.entente.Quote;
import org.entente.Result;
import org.entente.Span;
import org.entente.Stance;

/**
 * {@code --format csv}: quotes and stances of every document in one table, one row per record,
 * for spreadsheets. Columns:
 *
 * <pre>
 * document    the document id (file name)
 * record      quote | stance | error
 * kind        DIRECT or INDIRECT; SUPPORT or OPPOSE; the error type
 * actor       the speakers joined with " + " (empty when unknown); the stance holder
 * target      the quote's addressee; the stance target
 * text        the quoted words; the stance evidence; the error message
 * begin, end  character offsets of text in the document
 * cue         the speech cue ("said"); the stance trigger ("condemned")
 * confidence  probability in [0, 1]
 * </pre>
 */
final class CsvRows {
  /** One line of the table; nulls are empty cells. */
  @JsonPropertyOrder({"document", "record", "kind", "actor", "target", "text", "begin", "end",
      "cue", "confidence"})
  record Row(String document, String record, String kind, String actor, String target,
      String text, Integer begin, Integer end, String cue, Double confidence) {}

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class);

  private CsvRows() {}

  /** The header line, with its line break. */
  static String header() {
    List<String> names = new ArrayList<>();
    SCHEMA.forEach(c -> names.add(c.getName()));
    return String.join(",", names) + "\n";
  }

  /** The rows of one result, each ending in a line break; empty for a document with none. */
  static String of(Result result) {
    List<Row> rows = rows(result);
    if (rows.isEmpty()) {
      return "";
    }
    try {
      return MAPPER.writer(SCHEMA).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(Result result) {
    List<Row> rows = new ArrayList<>();
    if (result instanceof Failure f) {
      rows.add(new Row(f.id(), "error", f.type(), null, null, f.message(), null, null, null,
          null));
    } else if (result instanceof Extraction x) {
      for (Quote q : x.quotes()) {
        rows.add(new Row(x.id(), "quote", q.kind().name(), String.join(" + ", q.speakers()),
            q.addressee(), q.text(), q.begin(), q.end(), text(q.cue()), q.confidence()));
      }
      for (Stance s : x.stances()) {
        Span ev = s.evidence();
        rows.add(new Row(x.id(), "stance", s.polarity().name(), s.holder(), s.target(),
            text(ev), ev == null ? null : ev.begin(), ev == null ? null : ev.end(),
            text(s.trigger()), s.confidence()));
      }
    }
    return rows;
  }

  private static String text(Span span) {
    return span == null ? null : span.text();
  }
}
