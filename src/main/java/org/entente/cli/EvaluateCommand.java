package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.Extraction;
import org.entente.eval.CoreNlpQuoteBaseline;
import org.entente.eval.Field;
import org.entente.eval.GoldDocument;
import org.entente.eval.GoldReader;
import org.entente.eval.ScoreReport;
import org.entente.eval.ScoreTable;
import org.entente.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --gold DIR [OUTPUT.jsonl] [--min FIELD=F1 ...] [--json]
 * [--compare-corenlp (--texts DIR [--baseline-out FILE] | --baseline-in FILE)]}: score.py in Java,
 * plus the plain-CoreNLP quote baseline side by side, and whether entente finds as many of the
 * gold direct quotations as CoreNLP does.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score JSON Lines output against gold annotations, as score.py does.",
        "Exits 1 when an F1 is below its --min floor or gold documents are missing from the "
            + "output, 2 on usage or input errors."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Corpus folder holding gold/<doc>.json (score.py's CORPUS_DIR).")
  Path corpus;

  @Parameters(arity = "0..1", paramLabel = "OUTPUT.jsonl",
      description = "Extractions to score, one JSON object per line, \"id\" = the gold's doc.")
  Path output;

  @Option(names = "--min", arity = "1..*", paramLabel = "FIELD=F1",
      description = "Fail (exit 1) when FIELD's rounded F1 is below this floor.")
  Map<String, Double> mins = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print score.py's --json object instead of lines.")
  boolean json;

  @Option(names = "--compare-corenlp",
      description = "Also run plain CoreNLP quote attribution over --texts and print both "
          + "scores side by side (loads coref: give the JVM -Xmx6g; minutes).")
  boolean compareCorenlp;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Article folder (its .txt files) for --compare-corenlp.")
  Path texts;

  @Option(names = "--baseline-out", paramLabel = "FILE",
      description = "With --compare-corenlp, also write the baseline's JSON Lines here.")
  Path baselineOut;

  @Option(names = "--baseline-in", paramLabel = "FILE",
      description = "With --compare-corenlp, score this baseline output (written by "
          + "--baseline-out) instead of running CoreNLP again.")
  Path baselineIn;

  @Override
  public Integer call() throws IOException {
    Map<Field, Double> floors = floors();
    checkArguments();
    Map<String, GoldDocument> gold;
    try {
      gold = GoldReader.readCorpus(corpus);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "bad gold: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (gold.isEmpty()) {
      out.println("no gold files under " + corpus + "/gold");
      out.flush();
      return 2;
    }
    ScoreReport ours = output == null ? null : scoreOutput(gold);
    ScoreReport baseline = !compareCorenlp ? null : baselineIn != null
        ? Scorer.score(gold, baselineIn) : Scorer.scoreExtractions(gold, runBaseline());
    ScoreReport primary = ours != null ? ours : baseline;
    if (ours != null && baseline != null) {
      if (json) {
        out.println("{\"entente\": " + ours.toJson() + ", \"corenlp\": " + baseline.toJson() + "}");
      } else {
        ScoreTable.sideBySide("entente", ours, "corenlp", baseline).forEach(out::println);
        out.println(directVerdict(ours, baseline));
      }
    } else if (json) {
      out.println(primary.toJson());
    } else {
      primary.lines().forEach(out::println);
    }
    // Floors and missing documents judge the output under test, not the baseline beside it.
    List<String> low = primary.shortfalls(floors);
    if (!low.isEmpty()) {
      out.println("below: " + String.join("; ", low));
    }
    out.flush();
    return low.isEmpty() ? 0 : 1;
  }

  /** The precision entente's direct quotations must keep while matching CoreNLP's recall. */
  static final double DIRECT_PRECISION = 0.95;

  /** One line: entente's direct-quote recall against CoreNLP's, and at what precision. */
  static String directVerdict(ScoreReport ours, ScoreReport corenlp) {
    var e = ours.figures(Field.QUOTES_DETECT);
    var c = corenlp.figures(Field.QUOTES_DETECT);
    boolean met = e.recall() >= c.recall() && e.precision() >= DIRECT_PRECISION;
    return String.format(java.util.Locale.ROOT, "direct quotes found: entente R %.3f at P %.3f, "
        + "corenlp R %.3f at P %.3f: %s", e.recall(), e.precision(), c.recall(), c.precision(),
        met ? "entente finds at least as many, at P >= " + DIRECT_PRECISION
            : "entente finds fewer, or below P " + DIRECT_PRECISION);
  }

  private Map<Field, Double> floors() {
    Map<Field, Double> floors = new LinkedHashMap<>();
    mins.forEach((key, min) -> floors.put(Field.fromKey(key).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "--min: unknown field '" + key
            + "' (one of actors, alliances, quotes.detect, quotes.e2e, indirect.detect, "
            + "indirect.e2e, stances, stances.lenient)")), min));
    return floors;
  }

  private void checkArguments() {
    if (output == null && !compareCorenlp) {
      throw new ParameterException(spec.commandLine(), "OUTPUT.jsonl is required");
    }
    if (compareCorenlp != (texts != null || baselineIn != null)) {
      throw new ParameterException(spec.commandLine(),
          "--compare-corenlp goes with --texts or --baseline-in");
    }
    if (texts != null && baselineIn != null) {
      throw new ParameterException(spec.commandLine(),
          "--texts runs CoreNLP, --baseline-in reads its output: give one");
    }
    if (baselineIn != null && !Files.isRegularFile(baselineIn)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + baselineIn);
    }
    if (baselineOut != null && !compareCorenlp) {
      throw new ParameterException(spec.commandLine(), "--baseline-out needs --compare-corenlp");
    }
    if (output != null && !Files.isRegularFile(output)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + output);
    }
    if (texts != null && !Files.isDirectory(texts)) {
      throw new ParameterException(spec.commandLine(), "no such folder: " + texts);
    }
  }

  private ScoreReport scoreOutput(Map<String, GoldDocument> gold) throws IOException {
    try {
      return Scorer.score(gold, output);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), output + ": " + e.getMessage(), e);
    }
  }

  private List<Extraction> runBaseline() throws IOException {
    long t0 = System.nanoTime();
    CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
    long t1 = System.nanoTime();
    List<Extraction> extractions = new ArrayList<>();
    for (Path file : Inputs.expand(List.of(texts))) {
      extractions.add(baseline.extract(file.getFileName().toString(), Inputs.readUtf8(file)));
    }
    long t2 = System.nanoTime();
    // stderr, so that stdout stays score.py's report.
    System.err.printf("corenlp baseline: %d documents, models %.1f s, annotation %.1f s%n",
        extractions.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    if (baselineOut != null) {
      List<String> lines = extractions.stream().map(Extraction::toJson).toList();
      Files.write(baselineOut, lines);
    }
    return extractions;
  }
}
