package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.entente.SpeakerTraining;
import org.entente.SpeakerTraining.Candidate;
import org.entente.SpeakerTraining.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-quotes [--data DIR] [--cache FILE] [--rebuild-cache] [--folds K] [--out DIR]}: trains the
 * quote speaker scorer on an attribution corpus in PolNeAR's converted form (texts/ and
 * attributions.jsonl). The pipeline runs over the articles once and its candidates and labels are
 * cached; later runs train from the cache.
 */
@Command(name = "train-quotes", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train the quote speaker scorer on PolNeAR's train split (texts/ and "
        + "attributions.jsonl) and write the model and its model card.",
        "The candidates are cached after the first run (minutes); later runs train from the "
            + "cache in seconds."})
final class TrainQuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PolnearData corpus;

  @Option(names = "--cache", paramLabel = "FILE",
      defaultValue = "target/quotes-train-cache.tsv",
      description = "Candidate cache (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--rebuild-cache", description = "Run the pipeline again even if the cache "
      + "exists.")
  boolean rebuild;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
      description = "Use N articles spread evenly over the sorted list (0: all); the pipeline "
          + "takes seconds an article.")
  int articles;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
      description = "Also cross-validate by article with K folds and print top-1 accuracy by "
          + "the rules' route (0: no cross-validation).")
  int folds;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/quotes",
      description = "Where the model and model card go (default: ${DEFAULT-VALUE}).")
  Path out;

  private record Gold(int begin, int end, String kind, int[] source, String sourceText) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (rebuild || !Files.exists(cache)) {
      if (!corpus.present(err)) {
        return 2;
      }
      buildCache(err);
    }
    List<Example> examples = new ArrayList<>();
    int positives = 0;
    for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length < 6) {
        continue;
      }
      boolean yes = f[4].equals("1");
      positives += yes ? 1 : 0;
      examples.add(new Example(f[0] + "/" + f[1] + "/" + f[2] + "/" + f[3], yes,
          Arrays.asList(f[5].split(" "))));
    }
    StringBuilder cv = new StringBuilder();
    if (folds > 0) {
      cv.append(String.format(Locale.ROOT, "%n## Cross-validation (%d folds by article, train "
          + "split)%n%nTop-1 on the quotations that have a right candidate, by the rules' route "
          + "(`none`: no rule found a speaker); \"overruling\" takes the scorer's best wherever it "
          + "scores it higher than the rules' pick, as the extractor does for "
          + "the routes in `SpeakerRanking.WEAK_ROUTES`.%n%n| kind, route | quotations | rules | "
          + "model's best | overruling |%n|---|---|---|---|---|%n", folds));
      SpeakerTraining.crossValidate(examples, folds).forEach((group, fig) -> cv.append(
          String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", group, (int) fig[0],
              fig[2], fig[1], fig[3])));
      spec.commandLine().getOut().print(cv);
      spec.commandLine().getOut().flush();
    }
    long quotes = examples.stream().map(Example::quotation).distinct().count();
    Path model = out.resolve("speaker-scorer.bin.gz");
    double top1 = SpeakerTraining.train(examples, model);
    long docs = examples.stream().map(e -> e.quotation().split("/", 2)[0]).distinct().count();
    writeCard(out.resolve("speaker-scorer.md"), docs, examples.size(), quotes, positives, top1,
        cv.toString());
    spec.commandLine().getOut().printf(Locale.ROOT,
        "trained on %d candidates of %d quotations (%d speakers); top-1 on train %.3f; wrote %s%n",
        examples.size(), quotes, positives, top1, model);
    return 0;
  }

  private void buildCache(PrintWriter err) throws IOException {
    Map<String, List<Gold>> gold = corpus.gold(TrainQuotesCommand::gold);
    SpeakerTraining training = new SpeakerTraining();
    List<Path> texts = corpus.texts();
    if (articles > 0 && articles < texts.size()) {
      List<Path> every = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        every.add(texts.get((int) ((long) i * texts.size() / articles)));
      }
      texts = every;
    }
    if (cache.getParent() != null) {
      Files.createDirectories(cache.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      int n = 0;
      for (Path p : texts) {
        String doc = p.getFileName().toString();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        for (String row : label(training.candidates(text), gold.getOrDefault(doc, List.of()),
            doc)) {
          w.write(row);
          w.newLine();
        }
        if (++n % 50 == 0) {
          err.printf(Locale.ROOT, "%d / %d articles%n", n, texts.size());
          err.flush();
        }
      }
    }
  }

  /**
   * Cache lines for one document: a candidate is right when one of its mentions overlaps the
   * source of an attribution overlapping the quotation, or the source names a person's surname
   * (as the PolNeAR scorer judges). Quotations matching no attribution keep all their candidates as
   * wrong; quotations whose attribution's source is no candidate are left out.
   */
  private static List<String> label(List<Candidate> rows, List<Gold> golds, String doc) {
    Map<String, List<Candidate>> byQuote = new LinkedHashMap<>();
    for (Candidate r : rows) {
      byQuote.computeIfAbsent(r.kind() + "\t" + r.begin() + "\t" + r.end(), k -> new ArrayList<>())
          .add(r);
    }
    List<String> out = new ArrayList<>();
    for (List<Candidate> cands : byQuote.values()) {
      Candidate q = cands.get(0);
      List<Gold> hits = golds.stream()
          .filter(g -> overlap(q.begin(), q.end(), g.begin(), g.end())).toList();
      boolean sourced = hits.stream().anyMatch(g -> g.source() != null);
      Map<Candidate, Boolean> labels = new HashMap<>();
      boolean any = false;
      for (Candidate c : cands) {
        boolean yes = hits.stream().anyMatch(g -> right(c, g));
        labels.put(c, yes);
        any |= yes;
      }
      if (!hits.isEmpty() && (!sourced || !any)) {
        continue;
      }
      for (Candidate c : cands) {
        out.add(doc + "\t" + c.kind() + "\t" + c.begin() + "\t" + c.end() + "\t"
            + (labels.get(c) ? "1" : "0") + "\t" + String.join(" ", c.features()));
      }
    }
    return out;
  }

  private static boolean right(Candidate c, Gold g) {
    if (g.source() == null) {
      return false;
    }
    for (int[] m : c.mentions()) {
      if (overlap(m[0], m[1], g.source()[0], g.source()[1])) {
        return true;
      }
    }
    if (!c.features().contains("actor=PERSON")) {
      return false; // a surname names a person; "states" in a source names no state
    }
    String[] names = (c.name() == null ? c.speaker() : c.name()).replace('-', ' ').split("\\s+");
    String surname = names[names.length - 1].toLowerCase(Locale.ROOT);
    return surname.length() > 2 && Pattern.compile("\\b" + Pattern.quote(surname) + "\\b")
        .matcher(g.sourceText().toLowerCase(Locale.ROOT)).find();
  }

  /** Overlap by at least half of the shorter span, as the PolNeAR scorer counts a match. */
  private static boolean overlap(int b1, int e1, int b2, int e2) {
    int inter = Math.min(e1, e2) - Math.max(b1, b2);
    return inter > 0 && inter >= 0.5 * Math.min(e1 - b1, e2 - b2);
  }

  private static Gold gold(JsonNode n) {
    JsonNode src = n.get("source");
    int[] source = src == null || src.isNull() ? null
        : new int[] {src.get(0).asInt(), src.get(1).asInt()};
    return new Gold(n.get("content").get(0).asInt(), n.get("content").get(1).asInt(),
        n.get("kind").asText(), source, n.path("source_text").asText(""));
  }

  private void writeCard(Path file, long docs, int candidates, long quotes, int positives,
      double top1, String crossValidation) throws IOException {
    String card = """
        # Quote speaker scorer

        A maximum-entropy model (OpenNLP GIS, %d iterations, feature cutoff %d, one thread:
        deterministic) that scores each candidate speaker of a direct quotation: every actor
        mentioned from three sentences before it to one after, and the previous quotation's
        speaker and the passage's current speaker even when named further back. It is the sieve
        `speaker-model` of `org.entente.quotes.DirectQuotes`, asked after the rule sieves:
        a quotation no rule attributed takes its best candidate when that scores 0.5 or more
        (0.1 for a full clause; route `SPEAKER_MODEL`, the probability as confidence). It also
        overrules the weak rules (the adjacent sentence's subject, a phrase containing a
        name) when it scores another candidate higher than their pick
        (`org.entente.quotes.SpeakerRanking`). A pipeline names the model with
        `entente.quotes.speakerScorer` (`bundled`, `none`, or a file or class path resource).

        - **Data:** PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC 2018), **train split only**
          (`%s`, %d of its 840 articles with a quotation candidate): US political news
          from 2015-16. The corpus of `../shared/corpus` and PolNeAR's dev split were never
          trained on.
        - **Licence:** the model's weights are derived from PolNeAR's annotations, whose
          README (github networkdynamics/PolNeAR) names no licence: check its terms before
          redistributing the model outside this project. The file holds feature weights only
          (categorical features, no words or text of the articles). entente's code is
          GPL-3.0-or-later.
        - **Examples:** %d candidates of %d quotations, %d of them the speaker. A candidate is
          the speaker when one of its actor mentions overlaps the gold source span or the
          source names its surname (the PolNeAR scorer's test); quotations matching no gold
          attribution give negatives only.
        - **Features:** see `org.entente.quotes.SpeakerCandidates`: the rules' pick and route,
          the previous quotation's speaker, the passage's current speaker (the person last
          shown as a speech cue's subject within eight sentences: the one list and rule
          `SpeakerResolver` also reads for a speaking "he" or "she"), whether the candidate
          was added from outside the window, whether it was shown speaking before,
          mention type (name, surname, title, pronoun), actor kind, syntactic role (subject of a speech cue and the cue's lemma,
          object, possessor, "according to"), its relation to the word the quotation hangs
          from in the parse (subject, object, other; any verb), the quotation's length, final
          punctuation, mark, colon and whether a cue stands outside it in its sentences,
          where the quotation before it stands (same paragraph, the one before, further),
          side and distance in tokens, sentences and paragraphs, rank by distance, mention
          count, the quotation's place in its paragraph.
        - **Figures:** top-1 on the training quotations that have a right candidate: %.3f.
          Held-out figures are in the README (PolNeAR dev split and the corpus).
        - **Command:** `java -Xmx3g -jar target/entente.jar train-quotes --data %s --articles
          %d --folds %d` (pipeline run cached in `%s`; `--rebuild-cache` to rerun it). Trained
          %s.
        """.formatted(SpeakerTraining.ITERATIONS, SpeakerTraining.CUTOFF, corpus.data, docs, candidates,
        quotes, positives, top1, corpus.data, articles, folds, cache, LocalDate.now()) + crossValidation;
    Files.createDirectories(file.getParent());
    Files.writeString(file, card, StandardCharsets.UTF_8);
  }
}
