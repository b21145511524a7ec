package org.entente.eval;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.entente.QuoteKind;

/** Two score reports side by side, one row per field, for comparing systems. */
public final class ScoreTable {
  private ScoreTable() {}

  /**
   * The rows: a two-line header naming the systems, then the fields, attribution and documents.
   *
   * @param leftName the name of the left system, for the header
   * @param left its scores
   * @param rightName the name of the right system
   * @param right its scores
   * @return the rows, columns aligned, without line terminators
   */
  public static ImmutableList<String> sideBySide(
      String leftName, ScoreReport left, String rightName, ScoreReport right) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    out.add(row("field", leftName, rightName));
    out.add(row("", "P     R     F1", "P     R     F1"));
    for (Field f : Field.values()) {
      out.add(row(f.key(), prf(left.figures(f)), prf(right.figures(f))));
    }
    for (QuoteKind k : QuoteKind.values()) {
      out.add(row("attribution." + k.name().toLowerCase(Locale.ROOT),
          accuracy(left.attributionAccuracy(k)), accuracy(right.attributionAccuracy(k))));
    }
    out.add(row("docs", String.valueOf(left.docs()), String.valueOf(right.docs())));
    out.add(row("missing_docs", missing(left.missingDocs()), missing(right.missingDocs())));
    return out.build();
  }

  private static String row(String field, String left, String right) {
    return String.format(Locale.ROOT, "%-20s | %-17s | %s", field, left, right).stripTrailing();
  }

  private static String prf(Prf p) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", p.precision(), p.recall(), p.f1());
  }

  private static String accuracy(OptionalDouble a) {
    return a.isPresent() ? String.format(Locale.ROOT, "%.3f", a.getAsDouble()) : "-";
  }

  private static String missing(List<String> docs) {
    return docs.isEmpty() ? "0" : String.valueOf(docs.size());
  }
}
