package org.entente.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.entente.QuoteKind;

/**
 * The scores of one system output against a gold corpus: what score.py reports.
 *
 * @param counts match counts per field, every field present
 * @param attribution speaker accuracy per quote kind, every kind present
 * @param docs number of gold documents
 * @param missingDocs gold documents with no line in the output, in gold order
 */
public record ScoreReport(
    Map<Field, Counts> counts,
    Map<QuoteKind, Attribution> attribution,
    int docs,
    List<String> missingDocs) {
  /**
   * Copies the collections into immutable ones and checks that every field is there.
   *
   * @param counts match counts for every {@link Field}
   * @param attribution speaker accuracy for every {@link QuoteKind}
   * @param docs number of gold documents
   * @param missingDocs gold documents with no line in the output; not null
   * @throws NullPointerException if a field or quote kind is missing
   */
  public ScoreReport {
    counts = ImmutableMap.copyOf(counts);
    attribution = ImmutableMap.copyOf(attribution);
    missingDocs = ImmutableList.copyOf(missingDocs);
    for (Field f : Field.values()) {
      requireNonNull(counts.get(f), f.key());
    }
    for (QuoteKind k : QuoteKind.values()) {
      requireNonNull(attribution.get(k), k.name());
    }
  }

  /**
   * A field's rounded precision, recall and F1.
   *
   * @param field the field
   * @return its figures, each rounded to three decimals
   */
  public Prf figures(Field field) {
    return counts.get(field).figures();
  }

  /**
   * Speaker accuracy on the gold quotes of {@code kind} that were found, rounded.
   *
   * @param kind direct or reported speech
   * @return the accuracy in [0, 1] to three decimals, or empty when no such quote was found
   */
  public OptionalDouble attributionAccuracy(QuoteKind kind) {
    return attribution.get(kind).accuracy();
  }

  /**
   * The report as score.py prints it, one line per field, then attribution and documents.
   *
   * @return the lines, without line terminators
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Field f : Field.values()) {
      Prf p = figures(f);
      out.add(String.format(Locale.ROOT, "%-18s P=%.3f R=%.3f F1=%.3f",
          f.key(), p.precision(), p.recall(), p.f1()));
    }
    for (QuoteKind k : QuoteKind.values()) {
      OptionalDouble a = attributionAccuracy(k);
      out.add(String.format(Locale.ROOT, "%-18s %s", attributionKey(k),
          a.isPresent() ? PythonFormat.floatRepr(a.getAsDouble()) : "None"));
    }
    out.add(String.format(Locale.ROOT, "%-18s %d", "docs", docs));
    out.add(String.format(Locale.ROOT, "%-18s %s", "missing_docs",
        PythonFormat.listRepr(missingDocs)));
    return out.build();
  }

  /**
   * The report as score.py's {@code --json} prints it ({@code json.dumps}).
   *
   * @return one JSON object on one line, keyed by field name
   */
  public String toJson() {
    List<String> entries = new ArrayList<>();
    for (Field f : Field.values()) {
      Prf p = figures(f);
      entries.add(PythonFormat.jsonString(f.key()) + ": {\"p\": "
          + PythonFormat.floatRepr(p.precision()) + ", \"r\": "
          + PythonFormat.floatRepr(p.recall()) + ", \"f1\": " + PythonFormat.floatRepr(p.f1())
          + "}");
    }
    for (QuoteKind k : QuoteKind.values()) {
      OptionalDouble a = attributionAccuracy(k);
      entries.add(PythonFormat.jsonString(attributionKey(k)) + ": "
          + (a.isPresent() ? PythonFormat.floatRepr(a.getAsDouble()) : "null"));
    }
    entries.add("\"docs\": " + docs);
    entries.add("\"missing_docs\": " + String.join(", ",
        missingDocs.stream().map(PythonFormat::jsonString).toList()).transform(s -> "[" + s + "]"));
    return "{" + String.join(", ", entries) + "}";
  }

  /**
   * What falls short, in score.py's words: each field whose rounded F1 is below its floor
   * ({@code actors F1 0.771 < 0.8}), then the missing documents if any. Empty when all is well.
   *
   * @param floors the lowest acceptable F1 per field, in [0, 1]; fields left out are not checked
   * @return one line per shortfall, in the order of {@code floors}, then the missing documents
   */
  public ImmutableList<String> shortfalls(Map<Field, Double> floors) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    floors.forEach((field, min) -> {
      double f1 = figures(field).f1();
      if (f1 < min) {
        out.add(String.format(Locale.ROOT, "%s F1 %.3f < %s", field.key(), f1,
            PythonFormat.floatRepr(min)));
      }
    });
    if (!missingDocs.isEmpty()) {
      out.add(missingDocs.size() + " documents missing from the output");
    }
    return out.build();
  }

  private static String attributionKey(QuoteKind k) {
    return "attribution." + k.name().toLowerCase(Locale.ROOT);
  }
}
