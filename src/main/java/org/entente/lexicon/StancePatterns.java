package org.entente.lexicon;

import com.google.common.base.Splitter;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance patterns of {@code models/rules/stance-patterns.semgrex}, compiled once per process
 * with the lexicon classes they name ({@code @VERB}) expanded from {@link StanceLexicon}.
 */
public final class StancePatterns {
  private static final String RESOURCE = "models/rules/stance-patterns.semgrex";
  private static final Supplier<List<Rule>> BUNDLED = Suppliers.memoize(
      () -> load(StanceLexicon.bundled()));
  private static final Pattern CLASS_REF = Pattern.compile("(@@?)([A-Z]+)");
  private static final Splitter TAB = Splitter.on('\t').trimResults().limit(4);

  /**
   * One compiled stance pattern.
   *
   * @param family the pattern family, whose confidence it shares
   * @param polarity the fixed polarity, or null to take the lexicon's
   * @param confidence the family's measured precision
   * @param pattern the compiled Semgrex pattern
   * @param source the pattern as written, for logs
   */
  public record Rule(String family, Leaning polarity, double confidence, SemgrexPattern pattern,
      String source) {}

  private StancePatterns() {}

  /**
   * The bundled patterns, in file order.
   *
   * @return the rules of the bundled pattern file, compiled once per process
   */
  public static List<Rule> bundled() {
    return BUNDLED.get();
  }

  private static List<Rule> load(StanceLexicon lexicon) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (String line : Rules.lines(RESOURCE)) {
      List<String> cols = TAB.splitToList(line);
      if (cols.size() != 4) {
        throw new IllegalArgumentException(RESOURCE + ": expected 4 columns in: " + line);
      }
      Leaning pol = cols.get(1).equals("LEX") ? null : Leaning.valueOf(cols.get(1));
      double confidence = Double.parseDouble(cols.get(2));
      String source = cols.get(3);
      rules.add(new Rule(cols.get(0), pol, confidence,
          SemgrexPattern.compile(expand(source, lexicon)), source));
    }
    return rules.build();
  }

  /** Replaces {@code @CLASS} by {@code /^(?:a|b)$/} and {@code @@CLASS} by its case-blind form. */
  private static String expand(String source, StanceLexicon lexicon) {
    Matcher m = CLASS_REF.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String alt = lexicon.alternation(m.group(2));
      String regex = m.group(1).equals("@@") ? "/(?i)^(?:" + alt + ")$/" : "/^(?:" + alt + ")$/";
      m.appendReplacement(out, Matcher.quoteReplacement(regex));
    }
    m.appendTail(out);
    return out.toString();
  }
}
