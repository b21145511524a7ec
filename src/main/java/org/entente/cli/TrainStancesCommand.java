package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.entente.Actor;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.Stance;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.Entity;
import org.entente.annotators.StanceAnnotator;
import org.entente.eval.Field;
import org.entente.eval.GoldDocument;
import org.entente.eval.GoldReader;
import org.entente.eval.GoldStance;
import org.entente.eval.Prf;
import org.entente.eval.ScoreReport;
import org.entente.eval.Scorer;
import org.entente.eval.TextNormalizer;
import org.entente.stances.learn.Candidate;
import org.entente.stances.learn.LogisticModel;
import org.entente.stances.learn.Pairs;
import org.entente.stances.learn.PolarityLexicons;
import org.entente.stances.learn.PolarityModel;
import org.entente.stances.learn.PolarityTraining;
import org.entente.stances.learn.StanceSieve;
import org.entente.stances.learn.StanceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-stances [--corpus DIR] [--out DIR] [--folds K] [--threshold P] [--dry-run]}:
 * trains the stance sieve's model on the gold corpus, reports candidate recall and K-fold
 * cross-validated figures by document, and writes the model and its card.
 */
@Command(name = "train-stances", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train the learned stance sieve on ../shared/corpus: candidate recall, "
        + "K-fold cross-validation by document (stances and stances.lenient, scored as "
        + "score.py does), the fit on all documents; writes stance-model.tsv and MODEL_CARD.md."})
final class TrainStancesCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Corpus folder with texts/ and gold/ (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/stances",
      description = "Where the model and its card go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "NaN",
      description = "Least probability of a learned stance (default: chosen with L2 strength "
          + "by an inner cross-validation on the training folds only).")
  double threshold;

  @Option(names = "--drop", split = ",", paramLabel = "PREFIX",
      description = "Leave out features starting with these prefixes (for ablations).")
  List<String> drop = new ArrayList<>();

  @Option(names = "--residual",
      description = "Train only on the pairs the rules leave (default: on every pair, the "
          + "rules' findings being features). Measured no better in cross-validation, and its "
          + "weights read the lexicon backwards (cues the rules used mark the leftovers).")
  boolean residual;

  @Option(names = "--l2", split = ",", paramLabel = "L2", hidden = true,
      description = "L2 strengths the inner cross-validation chooses among.")
  double[] l2s = {1e-3, 3e-3, 1e-2};
  /** Thresholds the inner cross-validation chooses among. */
  private static final double[] THRESHOLDS = {0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

  /** A training choice: the L2 strength and the threshold. */
  private record Choice(double l2, double threshold) {}

  @Option(names = "--resources", paramLabel = "DIR", defaultValue = "../shared/resources",
      description = "Folder with newsmtsc/ and plover/ (default: ${DEFAULT-VALUE}).")
  Path resources;

  @Option(names = "--cache", paramLabel = "FILE", hidden = true,
      description = "Reuse (or write) the annotated candidates here: for experiments on the "
          + "model alone; skips the polarity model too.")
  Path cache;

  @Option(names = "--dry-run", description = "Measure only; write nothing.")
  boolean dryRun;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write the cross-validated learned stances and the missed gold pairs here, "
          + "for error analysis (holds corpus text: keep it out of the repository).")
  Path errors;

  /** What one document gives the trainer. */
  private record Doc(String id, List<Candidate> raw, List<StanceTraining.GoldPair> gold,
      List<Stance> rules, List<Actor> actors) {
    /** The candidates gathered by pair, as the sieve decides them. */
    List<Candidate> candidates() {
      return Pairs.gather(raw);
    }

    /** The gold label of each of {@link #candidates()}. */
    List<Integer> labels() {
      return candidates().stream().map(c -> StanceTraining.label(c, gold)).toList();
    }
  }

  @Override
  public Integer call() throws IOException {
    // Everything printed is also kept for the model card.
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
    PrintStream o = new PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        System.out.write(b);
        kept.write(b);
      }

      @Override
      public void flush() {
        System.out.flush();
      }
    }, true, UTF_8);
    Map<String, GoldDocument> gold = GoldReader.readCorpus(corpus);
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.guava.GuavaModule());
    List<Doc> docs = new ArrayList<>();
    if (cache != null && Files.exists(cache)) {
      docs.addAll(List.of(json.readValue(cache.toFile(), Doc[].class)));
    } else {
      Path polarityFile = polarity(o);
      Properties props = Extractor.builder()
          .property(Extractor.Builder.STANCES + "." + StanceAnnotator.LEARNED, "false")
          .property(Extractor.Builder.STANCES + "." + StanceAnnotator.CANDIDATES, "true")
          .property(Extractor.Builder.STANCES + "." + StanceAnnotator.POLARITY_MODEL,
              polarityFile.toString())
          .pipelineProperties();
      StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
      long t0 = System.nanoTime();
      for (String id : gold.keySet().stream().sorted().toList()) {
        String text = Files.readString(corpus.resolve("texts").resolve(id), UTF_8);
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        docs.add(doc(id, a, gold.get(id)));
      }
      o.printf(Locale.ROOT, "annotated %d documents in %.0f s%n", docs.size(),
          (System.nanoTime() - t0) / 1e9);
      // CoreNLP's own per-annotator timing: the stance stage's share of the pipeline (rules
      // and candidate features; the models' dot products are negligible beside them).
      for (String line : pipeline.timingInformation().split("\n")) {
        if (line.contains("StanceAnnotator") || line.startsWith("TOTAL")) {
          o.println("timing: " + line.strip());
        }
      }
      if (cache != null) {
        json.writeValue(cache.toFile(), docs);
      }
    }
    candidateRecall(o, docs, gold);

    List<Extraction> pooled = new ArrayList<>();
    List<Extraction> pooledRules = new ArrayList<>();
    double[] sum = new double[6];
    for (int f = 0; f < folds; f++) {
      List<Doc> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i % folds == f) {
          test.add(docs.get(i));
        }
      }
      List<Doc> train = new ArrayList<>(docs);
      train.removeAll(test);
      Choice ch = choose(train, gold);
      StanceSieve.Models m = train(train, ch.l2());
      List<Extraction> xs = extractions(test, m, true, ch.threshold());
      pooled.addAll(xs);
      pooledRules.addAll(extractions(test, m, false, ch.threshold()));
      o.printf(Locale.ROOT, "fold %d: inner CV chose L2 %.4f, threshold %.2f%n", f + 1, ch.l2(),
          ch.threshold());
      Map<String, GoldDocument> g = subset(gold, test);
      ScoreReport r = Scorer.scoreExtractions(g, xs);
      Prf s = r.figures(Field.STANCES);
      Prf l = r.figures(Field.STANCES_LENIENT);
      o.printf(Locale.ROOT, "fold %d (%d docs): stances P %.3f R %.3f F1 %.3f | lenient P %.3f "
          + "R %.3f F1 %.3f%n", f + 1, test.size(), s.precision(), s.recall(), s.f1(),
          l.precision(), l.recall(), l.f1());
      double[] v = {s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1()};
      for (int k = 0; k < 6; k++) {
        sum[k] += v[k] / folds;
      }
    }
    o.printf(Locale.ROOT, "mean of folds: stances P %.3f R %.3f F1 %.3f | lenient P %.3f R %.3f "
        + "F1 %.3f%n", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
    if (errors != null) {
      writeErrors(docs, gold, pooled);
    }
    String cv = line("pooled CV (rules + learned)", Scorer.scoreExtractions(gold, pooled));
    String rulesOnly = line("rules alone", Scorer.scoreExtractions(gold, pooledRules));
    o.println(cv);
    o.println(rulesOnly);

    List<Candidate> all = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    docs.forEach(d -> {
      all.addAll(d.candidates());
      labels.addAll(d.labels());
    });
    Choice ch = choose(docs, gold);
    StanceSieve.Models trained = train(docs, ch.l2());
    StanceSieve.Models model = new StanceSieve.Models(trained.stance()
        .withMeta("threshold", String.format(Locale.ROOT, "%.2f", ch.threshold()))
        .withMeta("l2", String.valueOf(ch.l2())), trained.direction());
    o.printf(Locale.ROOT, "all documents: CV chose L2 %.4f, threshold %.2f%n", ch.l2(),
        ch.threshold());
    String fit = line("trained on all (a fit)", Scorer.scoreExtractions(gold,
        extractions(docs, model, true, ch.threshold())));
    o.println(fit);
    if (!dryRun) {
      Files.createDirectories(out);
      try (Writer w = Files.newBufferedWriter(out.resolve("stance-model.tsv"), UTF_8)) {
        model.stance().write(w, List.of("stance-model.tsv: whether a candidate pair is a stance "
            + "(org.entente.stances.learn.StanceSieve).", "Written by `train-stances`; see "
            + "MODEL_CARD.md. Rows: feature, then weights for NONE, STANCE."));
      }
      try (Writer w = Files.newBufferedWriter(out.resolve("direction-model.tsv"), UTF_8)) {
        model.direction().write(w, List.of("direction-model.tsv: which way a stance goes "
            + "(org.entente.stances.learn.StanceSieve).", "Written by `train-stances`; see "
            + "MODEL_CARD.md. Rows: feature, then weights for SUPPORT, OPPOSE."));
      }
    }
    o.printf(Locale.ROOT, "%d candidate pairs (%d support, %d oppose in the gold); models of %d "
        + "and %d features%n", all.size(), labels.stream().filter(x -> x == 1).count(),
        labels.stream().filter(x -> x == 2).count(), model.stance().size(),
        model.direction().size());
    if (!dryRun) {
      o.flush();
      Files.writeString(out.resolve("MODEL_CARD.md"), card(kept.toString(UTF_8)), UTF_8);
      System.out.println("wrote the models and " + out.resolve("MODEL_CARD.md"));
    }
    return 0;
  }

  private String card(String figures) {
    return String.join("\n",
        "# Model card: the learned stance sieve",
        "",
        "Written by `java -Xmx2g -jar target/entente.jar train-stances` (run from the "
            + "repository root, with `../shared` beside it); do not edit by hand.",
        "",
        "## What",
        "- `stance-model.tsv`: a logistic regression (NONE / STANCE) over sparse features of "
            + "a holder-target pair gathered over the sentences that propose it "
            + "(`org.entente.stances.learn.CandidateFinder`, `Pairs`); `direction-model.tsv`: "
            + "a logistic regression (SUPPORT / OPPOSE) over the pair's polarity features "
            + "alone, trained on the gold stances. P(support) = P(stance) x P(support | "
            + "stance) is the stance's `confidence`; a stance is kept at or above the "
            + "`threshold` stored in `stance-model.tsv` (chosen by cross-validation on the "
            + "training documents).",
        "- `polarity-model.tsv`: a logistic regression (NEG / NEU / POS) for how a sentence "
            + "speaks of one target (`PolarityModel`); its output is a feature of the stance "
            + "model.",
        "- `vader.tsv`, `connotation-frames.tsv`: word polarities the features read (see "
            + "Licences).",
        "",
        "## Data",
        "- Stance model: the " + "85 articles of `../shared/corpus` and their gold stances "
            + "(positives: the gold's holder-target pairs with their polarity; negatives: the "
            + "other candidate pairs); whether the rules state the pair is a feature.",
        "- Polarity model: NewsMTSC `train.jsonl` (Hamborg and Donnay, EACL 2021; MIT); "
            + "measured on `devtest_rw.jsonl` and `devtest_mt.jsonl`, never trained on; and on "
            + "PLOVER's gold records (CC BY-SA 4.0; cooperation events should lean positive "
            + "towards their target, conflict events negative).",
        "- No corpus, NewsMTSC or PLOVER sentence is stored in the models: the stance model's "
            + "features are word-class, lexicon, route and dependency-relation names (no "
            + "words); the polarity model's are single lemmas seen at least 3 times in NewsMTSC "
            + "train, and lexicon classes, each with its weights.",
        "",
        "## Licences",
        "- VADER lexicon (Hutto and Gilbert, ICWSM 2014): MIT; copied (alphabetic entries, "
            + "word and mean valence) into `vader.tsv`.",
        "- Connotation frames (Rashkin, Singh and Choi, ACL 2016): GPL-3.0, as redistributed in "
            + "github maartensap/riveter-nlp; the agent-to-theme column copied into "
            + "`connotation-frames.tsv` (entente is GPL-3.0-or-later).",
        "- Not copied: the MPQA subjectivity lexicon (its GPL version is not stated) and Hu "
            + "and Liu's opinion lexicon (no redistribution licence); the models use neither.",
        "- NewsMTSC (MIT) and the corpus: used for training only; the learned weights are "
            + "entente's.",
        "",
        "## Choices",
        "- Sparse features, not the bge-small ONNX encoder: the encoder reads direction "
            + "better (0.69 macro-F1 on NewsMTSC devtest_rw, 86 % on PLOVER, by the resources "
            + "README) but direction is not what limits the stance figure (whether a pair is a "
            + "stance at all is), and it would add onnxruntime, a tokenizer and a 30 MB model "
            + "to the jar at about 1,700 words/s on one core, several times the stance stage's "
            + "budget of 20 % of the pipeline.",
        "- A sentence whose stance word is negated or that asks a question proposes nothing, "
            + "as in the rules.",
        "",
        "## Procedure",
        "- Folds by document: sorted file names, document i in fold i mod K. Each fold's "
            + "model is trained on the other folds; its L2 strength and threshold are chosen "
            + "by an inner cross-validation on those training folds alone; the held-out fold "
            + "is scored with `org.entente.eval.Scorer` (score.py's rules). The shipped model "
            + "is trained on all documents with settings chosen the same way.",
        "- Deterministic: fixed seed (42), sorted inputs; the same data give the same files.",
        "",
        "## Figures (this run)",
        "```",
        figures.strip(),
        "```",
        "",
        "The cross-validated figures are the ones to quote; \"trained on all\" is a fit to "
            + "the same documents and overstates what unseen news gets.",
        "");
  }

  private void writeErrors(List<Doc> docs, Map<String, GoldDocument> gold,
      List<Extraction> pooled) throws IOException {
    try (Writer w = Files.newBufferedWriter(errors, UTF_8)) {
      for (Extraction x : pooled) {
        GoldDocument g = gold.get(x.id());
        for (Stance s : x.stances()) {
          boolean ok = g.stances().stream().anyMatch(gs -> gs.polarity() == s.polarity()
              && gs.holders().stream().anyMatch(h -> StanceTraining.sameId(h, s.holder()))
              && gs.targets().stream().anyMatch(t -> StanceTraining.sameId(t, s.target())));
          w.write(String.format(Locale.ROOT, "%s\t%s\t%s %s %s %s %.2f\t%s\t%s%n", ok ? "TP" : "FP",
              x.id(), s.holder(), s.polarity(), s.target(), s.route(), s.confidence(),
              s.trigger() == null ? "" : s.trigger().text(),
              s.evidence() == null ? "" : s.evidence().text()));
        }
        for (GoldStance gs : g.stances()) {
          for (String h : gs.holders()) {
            for (String t : gs.targets()) {
              boolean found = x.stances().stream().anyMatch(s -> s.polarity() == gs.polarity()
                  && StanceTraining.sameId(h, s.holder()) && StanceTraining.sameId(t, s.target()));
              Doc d = docs.stream().filter(dd -> dd.id().equals(x.id())).findFirst().get();
              boolean cand = d.candidates().stream().anyMatch(c ->
                  StanceTraining.sameId(c.holder(), h) && StanceTraining.sameId(c.target(), t));
              if (!found) {
                w.write(String.format("FN%s\t%s\t%s %s %s\t\t%s%n", cand ? "-cand" : "-nocand",
                    x.id(), h, gs.polarity(), t, gs.evidence()));
              }
            }
          }
        }
      }
    }
  }

  private static String line(String what, ScoreReport r) {
    Prf s = r.figures(Field.STANCES);
    Prf l = r.figures(Field.STANCES_LENIENT);
    return String.format(Locale.ROOT, "%s: stances P %.3f R %.3f F1 %.3f | lenient P %.3f R %.3f "
        + "F1 %.3f", what, s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1());
  }

  private static Map<String, GoldDocument> subset(Map<String, GoldDocument> gold,
      List<Doc> docs) {
    Map<String, GoldDocument> out = new java.util.TreeMap<>();
    docs.forEach(d -> out.put(d.id(), gold.get(d.id())));
    return out;
  }

  /**
   * Trains the polarity model on NewsMTSC's train split, measures it on the devtest splits and
   * PLOVER, and writes it (to a temporary file on a dry run).
   */
  private Path polarity(PrintStream o) throws IOException {
    long t0 = System.nanoTime();
    PolarityTraining pt = new PolarityTraining(PolarityLexicons.bundled());
    Path nm = resources.resolve("newsmtsc");
    List<PolarityTraining.Example> train = pt.read(nm.resolve("train.jsonl"));
    PolarityModel m = pt.train(train);
    double rw = PolarityTraining.macroF1(m, pt.read(nm.resolve("devtest_rw.jsonl")));
    double mt = PolarityTraining.macroF1(m, pt.read(nm.resolve("devtest_mt.jsonl")));
    int[] pl = pt.ploverDirection(m, resources.resolve("plover/PLOVER_GSR_CAMEO.txt"));
    o.printf(Locale.ROOT, "polarity model: %d NewsMTSC train targets; macro-F1 devtest_rw %.3f, "
        + "devtest_mt %.3f; PLOVER direction %d of %d right (%.3f); %.0f s%n", train.size(), rw,
        mt, pl[0], pl[1], pl[1] == 0 ? 0.0 : (double) pl[0] / pl[1],
        (System.nanoTime() - t0) / 1e9);
    Path file;
    if (dryRun) {
      file = Files.createTempFile("polarity-model", ".tsv");
      file.toFile().deleteOnExit();
    } else {
      Files.createDirectories(out);
      file = out.resolve("polarity-model.tsv");
    }
    try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
      m.model().write(w, List.of("polarity-model.tsv: how a sentence speaks of a target "
          + "(org.entente.stances.learn.PolarityModel).", "Trained by `train-stances` on "
          + "NewsMTSC train.jsonl (MIT); see MODEL_CARD.md. Rows: feature, weights for NEG, NEU, "
          + "POS."));
    }
    return file;
  }

  /** A model trained on these documents' candidates (see {@link #residual}, {@link #drop}). */
  private StanceSieve.Models train(List<Doc> docs, double l2) {
    List<Candidate> cs = new ArrayList<>();
    List<Integer> ls = new ArrayList<>();
    for (Doc d : docs) {
      java.util.Set<String> ruled = new java.util.HashSet<>();
      d.rules().forEach(r -> ruled.add(r.holder() + "\t" + r.target()));
      List<Candidate> dc = d.candidates();
      List<Integer> dl = d.labels();
      for (int i = 0; i < dc.size(); i++) {
        Candidate c = dc.get(i);
        if (residual && ruled.contains(c.holder() + "\t" + c.target())) {
          continue;
        }
        cs.add(drop.isEmpty() ? c : new Candidate(c.holder(), c.target(), c.sentence(),
            c.route(), c.evidence(), c.trigger(), c.features().stream()
                .filter(f -> drop.stream().noneMatch(f::startsWith))
                .collect(com.google.common.collect.ImmutableList.toImmutableList())));
        ls.add(dl.get(i));
      }
    }
    return StanceTraining.train(cs, ls, LogisticModel.Settings.DEFAULT.withL2(l2));
  }

  /** The L2 strength and threshold with the best pooled F1 over inner folds of {@code train}. */
  private Choice choose(List<Doc> train, Map<String, GoldDocument> gold) {
    if (!Double.isNaN(threshold) && l2s.length == 1) {
      return new Choice(l2s[0], threshold);
    }
    Choice best = null;
    double bestF1 = -1;
    for (double l2 : l2s) {
      // Each inner fold's model, applied to its held-out documents.
      List<StanceSieve.Models> models = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<Doc> inner = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (i % folds != f) {
            inner.add(train.get(i));
          }
        }
        models.add(train(inner, l2));
      }
      double[] ts = Double.isNaN(threshold) ? THRESHOLDS : new double[] {threshold};
      for (double t : ts) {
        List<Extraction> xs = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          xs.addAll(extractions(List.of(train.get(i)), models.get(i % folds), true, t));
        }
        double f1 = Scorer.scoreExtractions(subset(gold, train), xs).figures(Field.STANCES).f1();
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = new Choice(l2, t);
        }
      }
    }
    return best;
  }

  private List<Extraction> extractions(List<Doc> docs, StanceSieve.Models m, boolean learned,
      double threshold) {
    List<Extraction> out = new ArrayList<>();
    for (Doc d : docs) {
      List<Stance> stances = new ArrayList<>(d.rules());
      if (learned) {
        java.util.Set<String> have = new java.util.HashSet<>();
        stances.forEach(s -> have.add(s.holder() + "\t" + s.target() + "\t" + s.polarity()));
        for (Stance s : StanceSieve.decide(d.candidates(), m, threshold)) {
          if (have.add(s.holder() + "\t" + s.target() + "\t" + s.polarity())) {
            stances.add(s);
          }
        }
      }
      out.add(new Extraction(d.id(), "en", d.actors(), List.of(), List.of(), stances));
    }
    return out;
  }

  private static Doc doc(String id, Annotation a, GoldDocument gold) {
    List<Candidate> cs = a.get(EntenteAnnotations.StanceCandidatesAnnotation.class);
    cs = cs == null ? List.of() : cs;
    List<StanceTraining.GoldPair> pairs = new ArrayList<>();
    for (GoldStance g : gold.stances()) {
      for (String h : g.holders()) {
        for (String t : g.targets()) {
          if (g.polarity() != null) {
            pairs.add(new StanceTraining.GoldPair(h, t, g.polarity(),
                TextNormalizer.normalize(g.evidence() == null ? "" : g.evidence())));
          }
        }
      }
    }
    List<Stance> rules = a.get(EntenteAnnotations.StancesAnnotation.class);
    Map<String, Entity> entities = a.get(EntenteAnnotations.ActorEntitiesAnnotation.class);
    List<Actor> actors = new ArrayList<>();
    if (entities != null) {
      entities.values().forEach(e -> actors.add(new Actor(e.id(), e.name(), e.kind(),
          e.country(), e.title(), e.anonymous(), List.of())));
    }
    return new Doc(id, List.copyOf(cs), pairs, rules == null ? List.of() : List.copyOf(rules),
        actors);
  }

  /** Share of gold stance pairs with a candidate of the same holder and target. */
  private static void candidateRecall(PrintStream o, List<Doc> docs,
      Map<String, GoldDocument> gold) {
    int n = 0;
    int hit = 0;
    int[] byRoute = new int[org.entente.StanceRoute.values().length];
    for (Doc d : docs) {
      for (GoldStance g : gold.get(d.id()).stances()) {
        for (String h : g.holders()) {
          for (String t : g.targets()) {
            n++;
            Candidate found = d.candidates().stream().filter(c ->
                StanceTraining.sameId(c.holder(), h) && StanceTraining.sameId(c.target(), t))
                .findFirst().orElse(null);
            if (found != null) {
              hit++;
              byRoute[found.route().ordinal()]++;
            }
          }
        }
      }
    }
    long total = docs.stream().mapToLong(d -> d.candidates().size()).sum();
    o.printf(Locale.ROOT, "candidate recall: %d of %d gold stances (%.3f) have a candidate pair; "
        + "%d candidates; first route of the hits:", hit, n, n == 0 ? 0.0 : (double) hit / n,
        total);
    for (org.entente.StanceRoute r : org.entente.StanceRoute.values()) {
      o.printf(" %s %d", r, byRoute[r.ordinal()]);
    }
    o.println();
  }
}
