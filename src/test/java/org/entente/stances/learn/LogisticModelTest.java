package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logistic model: it learns, it is deterministic, and it survives a write and a read. */
class LogisticModelTest {
  private static final List<String> CLASSES = List.of("NONE", "SUPPORT", "OPPOSE");

  private static List<LogisticModel.Example> data() {
    List<LogisticModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      out.add(new LogisticModel.Example(List.of("cue:praise", "noise" + (i % 3)), 1));
      out.add(new LogisticModel.Example(List.of("cue:condemn", "noise" + (i % 3)), 2));
      out.add(new LogisticModel.Example(List.of("noise" + (i % 3)), 0));
    }
    return out;
  }

  @Test
  void learnsWhichCueStatesWhichClass() {
    LogisticModel m = LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT);
    double[] p = m.probabilities(List.of("cue:condemn", "noise1"));
    assertTrue(p[2] > 0.8, "oppose " + p[2]);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    assertTrue(m.probabilities(List.of("cue:praise"))[1] > 0.8);
    assertTrue(m.probabilities(List.of("noise2"))[0] > 0.8);
  }

  @Test
  void sameDataSameWeights() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT).write(a, List.of());
    LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT).write(b, List.of());
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void writtenModelReadsBackWithItsSettings() throws IOException {
    LogisticModel m = LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT)
        .withMeta("threshold", "0.55");
    StringWriter w = new StringWriter();
    m.write(w, List.of("a test model"));
    LogisticModel r = LogisticModel.read(new ByteArrayInputStream(w.toString().getBytes(UTF_8)),
        "test");
    assertEquals("0.55", r.meta("threshold"));
    assertEquals(CLASSES, r.classes());
    double[] p = m.probabilities(List.of("cue:praise"));
    assertArrayEquals(p, r.probabilities(List.of("cue:praise")), 1e-4);
  }

  @Test
  void aRoundedModelDecidesAsItsFileWould() throws IOException {
    LogisticModel m = LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT)
        .withMeta("threshold", "0.4");
    StringWriter w = new StringWriter();
    m.write(w, List.of());
    LogisticModel file = LogisticModel.read(
        new ByteArrayInputStream(w.toString().getBytes(UTF_8)), "test");
    LogisticModel rounded = m.rounded();
    for (List<String> fs : List.of(List.of("cue:praise", "noise0"), List.of("noise2"),
        List.of("cue:condemn"))) {
      assertArrayEquals(file.probabilities(fs), rounded.probabilities(fs), 0.0);
    }
    StringWriter again = new StringWriter();
    rounded.write(again, List.of());
    assertEquals(w.toString(), again.toString());
    assertEquals("0.4", rounded.meta("threshold"));
  }

  @Test
  void malformedModelIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        LogisticModel.read(new ByteArrayInputStream("classes\tA\tB\nf\t1\n".getBytes(UTF_8)),
            "bad.tsv"));
    assertTrue(e.getMessage().contains("bad.tsv"), e.getMessage());
  }

  @Test
  void averageMeansEachFeaturesWeightsAndKeepsWhatTheRunsAgreeOn() {
    LogisticModel a = LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT);
    LogisticModel b = LogisticModel.train(CLASSES, data(),
        new LogisticModel.Settings(20, 0.1, 1e-3, 7, 2));
    LogisticModel mean = LogisticModel.average(List.of(a, b));
    // Softmax of the mean scores: the mean model's log-odds are the runs' log-odds averaged.
    List<String> f = List.of("cue:condemn", "noise1");
    double[] pa = a.probabilities(f);
    double[] pb = b.probabilities(f);
    double[] pm = mean.probabilities(f);
    double la = Math.log(pa[2] / pa[0]);
    double lb = Math.log(pb[2] / pb[0]);
    assertEquals((la + lb) / 2, Math.log(pm[2] / pm[0]), 1e-9);
    assertTrue(pm[2] > 0.8, "oppose " + pm[2]);
    assertEquals(CLASSES, mean.classes());
    assertArrayEquals(a.probabilities(f), LogisticModel.average(List.of(a)).probabilities(f),
        1e-12);
  }

  @Test
  void averageRefusesModelsOfOtherClasses() {
    LogisticModel a = LogisticModel.train(CLASSES, data(), LogisticModel.Settings.DEFAULT);
    LogisticModel b = LogisticModel.train(List.of("NONE", "STANCE"),
        List.of(new LogisticModel.Example(List.of("x"), 1),
            new LogisticModel.Example(List.of("x"), 0)), LogisticModel.Settings.DEFAULT);
    assertThrows(IllegalArgumentException.class, () -> LogisticModel.average(List.of(a, b)));
  }

  @Test
  void weightedExamplesCountLess() {
    // The same feature labelled both ways, three times as often one way: an unweighted model
    // follows the majority; weighting the majority down to a tenth turns it round.
    List<LogisticModel.Example> plain = new ArrayList<>();
    List<LogisticModel.Example> weighted = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      plain.add(new LogisticModel.Example(List.of("x"), 1));
      weighted.add(new LogisticModel.Example(List.of("x"), 1, 0.1));
      if (i % 3 == 0) {
        plain.add(new LogisticModel.Example(List.of("x"), 0));
        weighted.add(new LogisticModel.Example(List.of("x"), 0));
      }
    }
    List<String> classes = List.of("NONE", "STANCE");
    double p = LogisticModel.train(classes, plain, LogisticModel.Settings.DEFAULT)
        .probabilities(List.of("x"))[1];
    double q = LogisticModel.train(classes, weighted, LogisticModel.Settings.DEFAULT)
        .probabilities(List.of("x"))[1];
    assertTrue(p > 0.6, "unweighted " + p);
    assertTrue(q < 0.5, "weighted " + q);
    assertEquals(1.0, new LogisticModel.Example(List.of("x"), 0).weight());
  }

  @Test
  void aWeightMustBeFiniteAndNotNegative() {
    assertEquals(0.5, new LogisticModel.Example(List.of("cue:praise"), 1, 0.5).weight());
    for (double w : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class,
          () -> new LogisticModel.Example(List.of("cue:praise"), 1, w));
    }
  }

  @Test
  void candidatesAndLabelsMustMatchInNumber() {
    assertThrows(IllegalArgumentException.class,
        () -> StanceTraining.Part.plain(List.of(), List.of(1)));
    assertThrows(IllegalArgumentException.class,
        () -> StanceTraining.weak(List.of(), List.of(), -1, 0));
  }

  @Test
  void trainingRefusesNegativeNanAndInfiniteWeights() {
    List<Candidate> none = List.of();
    for (double w : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> StanceTraining.weak(none, List.of(),
          w, 0), "stance weight " + w);
      assertThrows(IllegalArgumentException.class, () -> StanceTraining.weak(none, List.of(),
          0, w), "direction weight " + w);
      assertThrows(IllegalArgumentException.class, () -> new StanceTraining.Part(none,
          List.of(), 1, w, 1, null), "stance pair weight " + w);
      assertThrows(IllegalArgumentException.class, () -> StanceTraining.own(none, List.of(),
          w, 1, false), "own weight " + w);
      assertThrows(IllegalArgumentException.class,
          () -> new org.entente.StanceTrainer.ExtraData(List.of(), w, 0, false));
      assertThrows(IllegalArgumentException.class,
          () -> new org.entente.StanceTrainer.ExtraData(List.of(), 0, w, false));
    }
    assertEquals(0.0, LogisticModel.checkWeight(0, "w"));
  }

  @Test
  void extraDataWeightsMustBeFiniteAndNotNegative() {
    assertThrows(IllegalArgumentException.class,
        () -> new org.entente.StanceTrainer.ExtraData(List.of(), -0.5, 0, false));
    assertThrows(IllegalArgumentException.class,
        () -> new org.entente.StanceTrainer.ExtraData(List.of(), 0, Double.NaN, false));
    List<org.entente.StanceTrainer.Doc> docs = new ArrayList<>();
    org.entente.StanceTrainer.ExtraData e = new org.entente.StanceTrainer.ExtraData(docs, 0, 1,
        false);
    assertThrows(UnsupportedOperationException.class, () -> e.docs().add(null));
  }
}
