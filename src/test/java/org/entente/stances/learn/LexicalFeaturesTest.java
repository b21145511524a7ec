package org.entente.stances.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.stances.Route;
import org.junit.jupiter.api.Test;

/**
 * Word features: which features are words, and that a word enters training only when enough
 * documents have it, however often one document repeats it.
 */
class LexicalFeaturesTest {
  private static List<String> featuresOf(String text, String holder, String target) {
    List<Candidate> cs = StanceRoutesTest.candidates(text);
    return cs.stream().filter(c -> c.holder().equals(holder) && c.target().equals(target))
        .findFirst().orElseThrow(() -> new AssertionError("no candidate " + holder + " -> "
            + target + " in " + cs.stream().map(c -> c.holder() + "->" + c.target()).toList()))
        .features();
  }

  @Test
  void clausePairCarriesTheLemmasOfItsGovernorTriggerAndScope() {
    List<String> f = featuresOf("Chile accused Argentina of breaking the trade deal.", "CHL",
        "ARG");
    assertTrue(f.contains("tgl:accuse"), f::toString);
    assertTrue(f.contains("tgr:obj:accuse"), f::toString);
    assertTrue(f.contains("trig:accuse"), f::toString);
    assertTrue(f.contains("lem:c:accuse"), f::toString);
    // Names are not word features: the holder's and target's names never become one.
    assertFalse(f.stream().anyMatch(x -> StanceTraining.isLexical(x)
        && (x.endsWith(":chile") || x.endsWith(":argentina"))), f::toString);
  }

  @Test
  void quotePairCarriesItsSpeechVerb() {
    List<String> f = featuresOf("Peru warned that Bolivia had broken its promise on the river.",
        "PER", "BOL");
    assertTrue(f.contains("cue:warn"), f::toString);
  }
  private static Candidate pair(String... features) {
    return new Candidate("AAA", "BBB", 0, Route.CLAUSE_SUBJECT, 0, 10, -1, -1, 0, 3,
        ImmutableList.copyOf(features));
  }

  @Test
  void wordFeaturesAreTheLemmaTemplates() {
    assertTrue(StanceTraining.isLexical("tgl:accuse"));
    assertTrue(StanceTraining.isLexical("tgr:obj:accuse"));
    assertTrue(StanceTraining.isLexical("trig:praise"));
    assertFalse(StanceTraining.isLexical("trel:obj"));
    assertFalse(StanceTraining.isLexical("tgov:obj:neg"));
    assertFalse(StanceTraining.isLexical("c:sl:OPPOSE"));
    assertFalse(StanceTraining.isLexical("route:JOINT"));
  }

  @Test
  void aWordInFewerDocumentsThanTheLeastIsLeftOutHoweverOftenOneRepeatsIt() {
    List<List<Candidate>> docs = new ArrayList<>();
    // "tgl:host" is in one document, ten times; "tgl:accuse" in three documents once each.
    List<Candidate> first = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      first.add(pair("route:CLAUSE_SUBJECT", "tgl:host"));
    }
    first.add(pair("route:CLAUSE_SUBJECT", "tgl:accuse"));
    docs.add(first);
    docs.add(List.of(pair("route:JOINT", "tgl:accuse", "trel:obj")));
    docs.add(List.of(pair("route:QUOTE_SPEAKER", "tgl:accuse")));
    List<Candidate> out = withCommonWords(docs, 3);
    assertEquals(13, out.size());
    assertEquals(List.of("route:CLAUSE_SUBJECT"), out.get(0).features());
    assertEquals(List.of("route:CLAUSE_SUBJECT", "tgl:accuse"), out.get(10).features());
    assertEquals(List.of("route:JOINT", "tgl:accuse", "trel:obj"), out.get(11).features());
    List<Candidate> looser = withCommonWords(docs, 1);
    assertTrue(looser.get(0).features().contains("tgl:host"));
  }

  /** The documents' candidates filtered as training filters them (StanceTrainer's flat). */
  private static List<Candidate> withCommonWords(List<List<Candidate>> docs, int minDocs) {
    Set<String> words = StanceTraining.commonWords(docs, minDocs);
    return docs.stream().flatMap(List::stream)
        .map(c -> StanceTraining.withWords(c, words::contains)).toList();
  }
}
