package org.entente.stances.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.entente.stances.Route;
import org.junit.jupiter.api.Test;

/**
 * The direction model's inputs: the polarity cues and how a pair was proposed, never who the
 * sides are or where they stand; and a direction learned from them alone.
 */
class DirectionFeaturesTest {
  private static Candidate pair(List<String> features) {
    return new Candidate("AAA", "BBB", 0, Route.JOINT, 0, 10, -1, -1, 0, 3,
        ImmutableList.copyOf(features));
  }

  @Test
  void readsCuesRouteQuoteKindAndMutualButNotKindsOrRelations() {
    List<String> all = List.of("c:vader:neg2", "hk:STATE", "hk-tk:STATE|STATE", "mtsc:pos1",
        "mutual:subj", "quote:DIRECT", "route:JOINT", "trel:obj", "dist:0-3", "tgov:obl:neg");
    assertEquals(List.of("c:vader:neg2", "mtsc:pos1", "mutual:subj", "quote:DIRECT",
        "route:JOINT", "tgov:obl:neg"), StanceSieve.polar(all));
  }

  @Test
  void directionLearnedFromTheWayAPairWasProposed() {
    // Gold stances only (labels 1 support, 2 oppose): mutual pairs support, quoted ones oppose;
    // every pair also carries a kind feature the direction model must not read.
    List<Candidate> cs = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cs.add(pair(List.of("mutual:subj", "route:JOINT", "hk:STATE")));
      labels.add(1);
      cs.add(pair(List.of("quote:DIRECT", "route:QUOTE_SPEAKER", "hk:STATE")));
      labels.add(2);
      cs.add(pair(List.of("route:CLAUSE_SUBJECT", "hk:PERSON")));
      labels.add(0);
    }
    StanceSieve.Models m = StanceTraining.train(cs, labels, LogisticModel.Settings.DEFAULT);
    double[] mutual = m.probabilities(pair(List.of("mutual:subj", "route:JOINT")).features());
    double[] quoted = m.probabilities(pair(List.of("quote:DIRECT", "route:QUOTE_SPEAKER"))
        .features());
    assertTrue(mutual[1] > mutual[2], "mutual pair should lean to support: "
        + java.util.Arrays.toString(mutual));
    assertTrue(quoted[2] > quoted[1], "quoted pair should lean to opposition: "
        + java.util.Arrays.toString(quoted));
    assertTrue(m.direction().size() > 1 && m.direction().size() <= 6,
        "the direction model reads only route, quote and mutual here: " + m.direction().size());
  }
}
