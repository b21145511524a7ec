package org.entente.quotes.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation by document on synthetic rows: a cue's subject is the speaker, the rules'
 * pick of a distant mention after the adjacent sentence is wrong; the figures count quotations
 * with a right candidate by route, and overruling a weak pick wins where the rules were wrong.
 */
class SpeakerCrossValidationTest {
  private static List<SpeakerCrossValidation.Row> rows() {
    List<SpeakerCrossValidation.Row> out = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      String doc = "doc" + d;
      for (int q = 0; q < 5; q++) {
        String key = "DIRECT/" + q;
        // the rules picked a wrong, distant candidate through the adjacent sentence
        out.add(new SpeakerCrossValidation.Row(doc, key, false, List.of("bias", "kind=DIRECT",
            "rule=yes", "route=ADJACENT_SENTENCE", "role=obj", "sd=2B")));
        out.add(new SpeakerCrossValidation.Row(doc, key, true, List.of("bias", "kind=DIRECT",
            "rule=other", "role=nsubj:cue", "sd=0B")));
      }
      // a quotation no rule attributed, and one with no right candidate (not counted)
      out.add(new SpeakerCrossValidation.Row(doc, "DIRECT/9", true, List.of("bias",
          "kind=DIRECT", "rule=none", "role=nsubj:cue", "sd=0B")));
      out.add(new SpeakerCrossValidation.Row(doc, "DIRECT/10", false, List.of("bias",
          "kind=DIRECT", "rule=none", "role=obj", "sd=2B")));
    }
    return out;
  }

  @Test
  void countsByRouteAndOverrulesWrongWeakPicks() throws Exception {
    Map<String, SpeakerCrossValidation.Figures> cv = SpeakerCrossValidation.run(rows(), 5);
    SpeakerCrossValidation.Figures adjacent = cv.get("DIRECT ADJACENT_SENTENCE");
    assertEquals(100, adjacent.quotations());
    assertEquals(0.0, adjacent.rulesAccuracy(), 1e-9);
    assertEquals(1.0, adjacent.modelAccuracy(), 1e-9);
    assertEquals(1.0, adjacent.overruledAccuracy(), 1e-9);
    assertEquals(20, cv.get("DIRECT none").quotations());
    assertEquals(120, cv.get("DIRECT all").quotations());
    assertTrue(cv.keySet().stream().noneMatch(k -> k.startsWith("INDIRECT")), cv.keySet()
        .toString());
  }

  @Test
  void fewerThanTwoFoldsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> SpeakerCrossValidation.run(rows(), 1));
  }
}
