package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.ReportedSpeechTraining;
import org.entente.ReportedSpeechTraining.Gold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-reported [--data DIR] [--exclude DIR] [--out FILE]}: counts the reported-speech
 * lexicon (cue lemmas and source nouns) on an attribution corpus in PolNeAR's converted form
 * (texts/ and attributions.jsonl) and writes it with its provenance.
 */
@Command(name = "train-reported", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Count the reported-speech lexicon (which verb and noun lemmas are "
        + "attribution cues, which nouns head sources) on PolNeAR's train split and write it.",
        "Tags and lemmas only: about a minute for the 840 articles."})
final class TrainReportedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PolnearData corpus;

  @Option(names = "--exclude", paramLabel = "DIR",
      description = "Leave out the articles whose file names are in DIR (a held-out sample).")
  Path exclude;

  @Option(names = "--min", paramLabel = "N", defaultValue = "3",
      description = "Keep lemmas seen in at least N cues or sources (default: ${DEFAULT-VALUE}).")
  int min;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "models/quotes/reported-lexicon.tsv",
      description = "The lexicon file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!corpus.present(err)) {
      return 2;
    }
    Set<String> skip = Set.of();
    if (exclude != null) {
      try (Stream<Path> files = Files.list(exclude)) {
        skip = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      }
    }
    Map<String, List<Gold>> gold = corpus.gold(TrainReportedCommand::gold);
    Set<String> left = skip;
    List<Path> texts = corpus.texts().stream()
        .filter(p -> !left.contains(p.getFileName().toString())).toList();
    ReportedSpeechTraining training = new ReportedSpeechTraining();
    int n = 0;
    int attributions = 0;
    for (Path p : texts) {
      List<Gold> g = gold.getOrDefault(p.getFileName().toString(), List.of());
      attributions += g.size();
      training.count(Files.readString(p, StandardCharsets.UTF_8), g);
      if (++n % 100 == 0) {
        err.printf(Locale.ROOT, "%d / %d articles%n", n, texts.size());
        err.flush();
      }
    }
    List<String> lines = new ArrayList<>(List.of(
        "# reported-lexicon.tsv: which lemmas introduce attributions and which nouns head their",
        "# sources, counted on PolNeAR v1.0.0's train split (Newell, Margolin and Ruths, LREC",
        "# 2018; " + texts.size() + " articles, " + attributions + " gold attributions; the dev "
            + "split and ../shared/corpus never read).",
        "# Counts only, no text. Written by: java -jar target/entente.jar train-reported"
            + (exclude == null ? "" : " --exclude " + exclude) + " --min " + min + " ("
            + LocalDate.now() + ").",
        "# CUE<TAB>lemma<TAB>V|N<TAB>occurrences<TAB>inside a gold cue (tagger's lemma and "
            + "part of speech; kept when >= " + min + ")",
        "# SOURCE<TAB>lemma<TAB>occurrences as a common noun<TAB>heading a gold source"));
    lines.addAll(training.rows(min));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf(Locale.ROOT, "counted %d articles (%d attributions); "
        + "wrote %d rows to %s%n", texts.size(), attributions, lines.size() - 6, out);
    return 0;
  }

  private static Gold gold(JsonNode n) {
    JsonNode src = n.get("source");
    boolean sourced = src != null && !src.isNull();
    return new Gold(n.get("content").get(0).asInt(), n.get("content").get(1).asInt(),
        sourced ? src.get(0).asInt() : -1, sourced ? src.get(1).asInt() : -1,
        n.path("cue").asText(""));
  }
}
