package org.entente.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance patterns of {@code models/rules/stance-patterns.semgrex}, compiled once while in use
 * with the lexicon classes they name ({@code @VERB}) expanded from {@link StanceLexicon}.
 */
public final class StancePatterns {
  private static final String RESOURCE = "models/rules/stance-patterns.semgrex";
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
   * @return the rules of the bundled pattern file, compiled once while in use
   */
  public static List<Rule> bundled() {
    return load(List.of(), List.of());
  }

  /**
   * The bundled patterns and the user's, expanded with a lexicon that has the user's lexicon
   * files laid over the bundled one.
   *
   * @param lexiconFiles extra lexicon files, as for {@link StanceLexicon#load}
   * @param patternFiles files in the format of {@code stance-patterns.semgrex}, whose rules
   *     follow the bundled ones
   * @return the rules, compiled once per distinct pair of file lists
   * @throws IllegalArgumentException if a file is missing or a rule malformed
   */
  public static List<Rule> load(List<Path> lexiconFiles, List<Path> patternFiles) {
    List<Path> key = new java.util.ArrayList<>(lexiconFiles);
    key.add(Path.of("--patterns--")); // keeps the two lists apart in the key
    key.addAll(patternFiles);
    return ResourceCache.get("stance-patterns", key,
        () -> read(StanceLexicon.load(lexiconFiles), patternFiles));
  }

  private static List<Rule> read(StanceLexicon lexicon, List<Path> patternFiles) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (String line : Rules.lines(RESOURCE, patternFiles)) {
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
