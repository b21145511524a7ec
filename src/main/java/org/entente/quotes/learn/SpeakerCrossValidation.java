package org.entente.quotes.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-validation of the speaker scorer by document: the documents are dealt into folds in
 * their sorted order, each fold is scored by a model trained on the others, and the top-1
 * accuracy is counted on the quotations that have a right candidate, overall and by the rules'
 * route (the {@code route=} feature of the candidate the rules picked, {@code none} where no rule
 * found a speaker), each under its kind ({@code DIRECT none}, {@code DIRECT all}). Documents are never split, so no fold sees a quotation of a document it is
 * trained on.
 */
public final class SpeakerCrossValidation {
  private SpeakerCrossValidation() {}

  /**
   * A labelled candidate with the document and quotation it belongs to.
   *
   * @param document the document's name
   * @param quotation a key naming the quotation within the document
   * @param speaker whether the candidate said it
   * @param features its features
   */
  public record Row(String document, String quotation, boolean speaker, List<String> features) {
    /**
     * Copies the features.
     *
     * @param document the document's name
     * @param quotation a key naming the quotation
     * @param speaker whether the candidate said it
     * @param features its features
     */
    public Row {
      features = List.copyOf(features);
    }
  }

  /**
   * Top-1 counts of one group of quotations.
   *
   * @param quotations quotations with a right candidate
   * @param model how many of them the scorer's best candidate is right for
   * @param rules how many of them the rules' pick is right for (0 where the rules picked none)
   * @param overruled how many are right when the scorer overrules the rules' pick with a
   *     candidate it scores higher ({@link SpeakerScorer#overrules}; the scorer's best where the
   *     rules picked none)
   */
  public record Figures(int quotations, int model, int rules, int overruled) {
    /** @return the scorer's top-1 accuracy */
    public double modelAccuracy() {
      return quotations == 0 ? 0 : (double) model / quotations;
    }

    /** @return the rules' accuracy */
    public double rulesAccuracy() {
      return quotations == 0 ? 0 : (double) rules / quotations;
    }

    /** @return the accuracy of overruling weak picks */
    public double overruledAccuracy() {
      return quotations == 0 ? 0 : (double) overruled / quotations;
    }

    Figures plus(boolean modelRight, boolean rulesRight, boolean overruledRight) {
      return new Figures(quotations + 1, model + (modelRight ? 1 : 0),
          rules + (rulesRight ? 1 : 0), overruled + (overruledRight ? 1 : 0));
    }
  }

  /**
   * Cross-validates.
   *
   * @param rows the labelled candidates, in a fixed order
   * @param folds how many folds (at least 2)
   * @return figures by kind and the rules' route, sorted; {@code KIND all} for every quotation
   * @throws IOException if training fails
   * @throws IllegalArgumentException if folds is under 2
   */
  public static Map<String, Figures> run(List<Row> rows, int folds) throws IOException {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
    }
    List<String> docs = rows.stream().map(Row::document).distinct().sorted().toList();
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      foldOf.put(docs.get(i), i % folds);
    }
    Map<String, Figures> out = new TreeMap<>();
    for (int f = 0; f < folds; f++) {
      List<SpeakerTrainer.Example> train = new ArrayList<>();
      Map<String, List<Row>> test = new LinkedHashMap<>();
      for (Row r : rows) {
        if (foldOf.get(r.document()) == f) {
          test.computeIfAbsent(r.document() + "/" + r.quotation(), k -> new ArrayList<>()).add(r);
        } else {
          train.add(new SpeakerTrainer.Example(r.speaker(), r.features()));
        }
      }
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      SpeakerScorer scorer = SpeakerTrainer.train(train);
      for (List<Row> cands : test.values()) {
        if (cands.stream().noneMatch(Row::speaker)) {
          continue;
        }
        Row best = null;
        double bestScore = -1;
        String route = "none";
        boolean rulesRight = false;
        for (Row r : cands) {
          double p = scorer.score(r.features());
          if (p > bestScore) {
            best = r;
            bestScore = p;
          }
          if (r.features().contains("rule=yes")) {
            rulesRight |= r.speaker();
            route = r.features().stream().filter(x -> x.startsWith("route=") && x.indexOf(',') < 0)
                .map(x -> x.substring("route=".length())).findFirst().orElse("?");
          }
        }
        boolean modelRight = best.speaker();
        boolean overruledRight = modelRight;
        for (Row r : cands) {
          if (r.features().contains("rule=yes")) {
            double p = scorer.score(r.features());
            overruledRight = SpeakerScorer.overrules(p, bestScore) ? modelRight : r.speaker();
          }
        }
        String kind = best.features().contains("kind=INDIRECT") ? "INDIRECT" : "DIRECT";
        for (String key : List.of(kind + " all", kind + " " + route)) {
          out.merge(key, new Figures(0, 0, 0, 0).plus(modelRight, rulesRight, overruledRight),
              SpeakerCrossValidation::sum);
        }
      }
    }
    return out;
  }

  private static Figures sum(Figures a, Figures b) {
    return new Figures(a.quotations() + b.quotations(), a.model() + b.model(),
        a.rules() + b.rules(), a.overruled() + b.overruled());
  }
}
