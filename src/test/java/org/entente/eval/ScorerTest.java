package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.entente.Extraction;
import org.entente.Quote;
import org.entente.QuoteKind;
import org.entente.Span;
import org.entente.QuoteRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected figures are worked out by hand in the comments, following score.py. */
class ScorerTest {
  private static final String PEOPLE = "'actors': ["
      + "{'id': 'vladimir-putin', 'kind': 'PERSON', 'name': 'Vladimir Putin', 'country': 'RUS'},"
      + "{'id': 'xi-jinping', 'kind': 'PERSON', 'name': 'Xi Jinping', 'country': 'CHN'},"
      + "{'id': 'RUS', 'kind': 'STATE', 'name': 'Russia'},"
      + "{'id': 'USA', 'kind': 'STATE', 'name': 'United States'},"
      + "{'id': 'kremlin', 'kind': 'ORGANIZATION', 'name': 'Kremlin'}]";

  @TempDir Path dir;

  @Test
  void actorsArePeopleAndStatesMatchedOnSurname() {
    TestCorpus c = new TestCorpus(dir).gold("a.txt",
        "{'doc': 'a.txt', " + PEOPLE + ", 'alliances': [], 'quotes': [], 'stances': []}");
    ScoreReport r = c.score("{'id': 'a.txt', 'actors': ["
        + "{'id': 'putin', 'kind': 'PERSON'}, {'id': 'xi', 'kind': 'PERSON'},"
        + "{'id': 'RUS', 'kind': 'STATE'}, {'id': 'CHN', 'kind': 'STATE'},"
        + "{'id': 'kremlin', 'kind': 'ORGANIZATION'}, {'id': 'RUS', 'kind': 'STATE'}]}");
    // Gold {vladimir-putin, xi-jinping, RUS, USA}; system {putin, xi, RUS, CHN} (kremlin is an
    // organisation, the second RUS a duplicate). putin ~ vladimir-putin and RUS match; xi does
    // not match xi-jinping (surname = last word). P = 2/4, R = 2/4.
    assertEquals(new Counts(2, 4, 2, 4), r.counts().get(Field.ACTORS));
    assertEquals(new Prf(0.5, 0.5, 0.5), r.figures(Field.ACTORS));
  }

  @Test
  void quotesMatchByTextThenBySpeakers() {
    TestCorpus c = new TestCorpus(dir).gold("b.txt", "{'doc': 'b.txt', " + PEOPLE
        + ", 'alliances': [], 'stances': [], 'quotes': ["
        + "{'kind': 'DIRECT', 'speaker': 'vladimir-putin',"
        + " 'text': 'We respect the careful approach of our partners'},"
        + "{'kind': 'DIRECT', 'speaker': 'xi-jinping', 'text': 'old friend'},"
        + "{'kind': 'DIRECT', 'speaker': ['vladimir-putin', 'xi-jinping'],"
        + " 'text': 'a fresh pattern of partnership'},"
        + "{'kind': 'INDIRECT', 'speaker': 'vladimir-putin',"
        + " 'text': 'trade had increased 31% this year'}]}");
    ScoreReport r = c.score("{'id': 'b.txt', 'quotes': ["
        // S1 matches G1 on words (all 8 gold words, 11 distinct), right speaker by surname.
        + "{'kind': 'DIRECT', 'speakers': ['putin'],"
        + " 'text': 'We respect the careful approach of our Asian partners, he said'},"
        // S2 contains G2; 'speaker' is read when there is no 'speakers'; xi is wrong.
        + "{'kind': 'DIRECT', 'speaker': 'xi', 'text': 'my old friend'},"
        // S3 contains G3 but names one speaker of two.
        + "{'kind': 'DIRECT', 'speakers': ['vladimir-putin'],"
        + " 'text': 'a fresh pattern of partnership has taken shape'},"
        // S4 matches nothing.
        + "{'kind': 'DIRECT', 'speakers': ['vladimir-putin'], 'text': 'unrelated words here'},"
        // S5 matches G3 with both speakers, in another order.
        + "{'kind': 'DIRECT', 'speakers': ['xi-jinping', 'putin'],"
        + " 'text': 'A fresh pattern of partnership!'},"
        // S6 matches G2, but 'speakers': null wins over 'speaker', as in score.py.
        + "{'kind': 'DIRECT', 'speakers': null, 'speaker': 'xi-jinping', 'text': 'old friend'},"
        // S7 contains G4; S8 is INDIRECT, so it cannot match the DIRECT G2.
        + "{'kind': 'INDIRECT', 'speakers': ['vladimir-putin'],"
        + " 'text': 'bilateral trade had increased 31% this year'},"
        + "{'kind': 'INDIRECT', 'speakers': ['xi-jinping'], 'text': 'old friend'}]}");
    // DIRECT: 6 system, 3 gold, all gold found; S1..S3, S5, S6 match (5); right speakers: G1
    // (S1) and G3 (S5), so 2 gold and 2 system quotes count end to end.
    assertEquals(new Counts(5, 6, 3, 3), r.counts().get(Field.QUOTES_DETECT));
    assertEquals(new Prf(0.833, 1.0, 0.909), r.figures(Field.QUOTES_DETECT));
    assertEquals(new Counts(2, 6, 2, 3), r.counts().get(Field.QUOTES_E2E));
    assertEquals(new Prf(0.333, 0.667, 0.444), r.figures(Field.QUOTES_E2E));
    assertEquals(OptionalDouble.of(0.667), r.attributionAccuracy(QuoteKind.DIRECT));
    // INDIRECT: 2 system, 1 gold; S7 matches with the right speaker.
    assertEquals(new Counts(1, 2, 1, 1), r.counts().get(Field.INDIRECT_DETECT));
    assertEquals(new Prf(0.5, 1.0, 0.667), r.figures(Field.INDIRECT_E2E));
    assertEquals(OptionalDouble.of(1.0), r.attributionAccuracy(QuoteKind.INDIRECT));
  }

  @Test
  void duplicateSpeakersDoNotStandForAJointStatement() {
    TestCorpus c = new TestCorpus(dir).gold("j.txt", "{'doc': 'j.txt', " + PEOPLE
        + ", 'alliances': [], 'stances': [], 'quotes': [{'kind': 'DIRECT',"
        + " 'speaker': ['vladimir-putin', 'xi-jinping'], 'text': 'a new model'}]}");
    ScoreReport r = c.score("{'id': 'j.txt', 'quotes': [{'kind': 'DIRECT',"
        + " 'speakers': ['putin', 'putin'], 'text': 'a new model'}]}");
    // One distinct system speaker against two gold speakers.
    assertEquals(new Counts(0, 1, 0, 1), r.counts().get(Field.QUOTES_E2E));
  }

  @Test
  void stancesAreTuplesAndTheLenientRuleLiftsPeopleToTheirCountry() {
    TestCorpus c = new TestCorpus(dir).gold("c.txt", "{'doc': 'c.txt', " + PEOPLE
        + ", 'alliances': ['NATO'], 'quotes': [], 'stances': ["
        + "{'holder': 'RUS', 'target': 'NATO', 'polarity': 'OPPOSE', 'evidence': 'x'},"
        + "{'holder': 'vladimir-putin', 'target': 'USA', 'polarity': 'OPPOSE', 'evidence': 'y'}"
        + "]}");
    ScoreReport r = c.score("{'id': 'c.txt', 'alliances': [{'id': 'NATO'}, 'NATO', 'QUAD'],"
        + " 'stances': ["
        // U1: a person for their state: lenient only. U2: surname match, strict.
        + "{'holder': 'vladimir-putin', 'target': 'NATO', 'polarity': 'OPPOSE'},"
        + "{'holder': 'putin', 'target': 'USA', 'polarity': 'OPPOSE'},"
        // U3: wrong polarity. U4: two holders, two tuples (RUS one right). U5 repeats U2.
        + "{'holder': 'RUS', 'target': 'USA', 'polarity': 'SUPPORT'},"
        + "{'holder': ['RUS', 'CHN'], 'target': 'NATO', 'polarity': 'OPPOSE'},"
        + "{'holder': 'putin', 'target': 'USA', 'polarity': 'OPPOSE'}]}");
    // 5 distinct system tuples. Strict: U2 and (RUS, NATO) match, both gold found.
    assertEquals(new Counts(2, 5, 2, 2), r.counts().get(Field.STANCES));
    assertEquals(new Prf(0.4, 1.0, 0.571), r.figures(Field.STANCES));
    // Lenient adds U1 (vladimir-putin lifts to RUS); (CHN, NATO) stays wrong.
    assertEquals(new Counts(3, 5, 2, 2), r.counts().get(Field.STANCES_LENIENT));
    assertEquals(new Prf(0.6, 1.0, 0.75), r.figures(Field.STANCES_LENIENT));
    // Alliances by id, objects or strings, once: {NATO, QUAD} against {NATO}.
    assertEquals(new Prf(0.5, 1.0, 0.667), r.figures(Field.ALLIANCES));
  }

  @Test
  void figuresAreMicroAveragedAndMissingDocumentsReported() {
    TestCorpus c = new TestCorpus(dir)
        .gold("d1.txt", "{'doc': 'd1.txt', 'actors': [], 'alliances': ['NATO', 'EU'],"
            + " 'quotes': [], 'stances': []}")
        .gold("d2.txt", "{'doc': 'd2.txt', 'actors': [], 'alliances': ['QUAD'],"
            + " 'quotes': [], 'stances': []}")
        .gold("d3.txt", "{'doc': 'd3.txt', 'actors': [], 'alliances': [],"
            + " 'quotes': [], 'stances': []}");
    ScoreReport r = c.score(
        "{'id': 'texts/d1.txt', 'alliances': ['NATO']}",
        "",
        "{'id': 'd2.txt', 'alliances': ['QUAD', 'AUKUS']}");
    // d1: 1/1 system, 1/2 gold; d2: 1/2 system, 1/1 gold; d3 missing, empty: P = 2/3, R = 2/3
    // (per-document averages would give 0.75 and 0.75).
    assertEquals(new Counts(2, 3, 2, 3), r.counts().get(Field.ALLIANCES));
    assertEquals(new Prf(0.667, 0.667, 0.667), r.figures(Field.ALLIANCES));
    // Nothing to find and nothing found scores 1; no quote found leaves attribution undefined.
    assertEquals(new Prf(1.0, 1.0, 1.0), r.figures(Field.QUOTES_DETECT));
    assertEquals(OptionalDouble.empty(), r.attributionAccuracy(QuoteKind.DIRECT));
    assertEquals(3, r.docs());
    assertEquals(List.of("d3.txt"), r.missingDocs());
    assertEquals(List.of("alliances F1 0.667 < 0.7", "1 documents missing from the output"),
        r.shortfalls(Map.of(Field.ALLIANCES, 0.7)));
    List<String> lines = r.lines();
    assertEquals("alliances          P=0.667 R=0.667 F1=0.667", lines.get(1));
    assertEquals("attribution.direct None", lines.get(8));
    assertEquals("docs               3", lines.get(10));
    assertEquals("missing_docs       ['d3.txt']", lines.get(11));
    assertTrue(r.toJson().startsWith(
        "{\"actors\": {\"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}, \"alliances\": {\"p\": 0.667,"));
    assertTrue(r.toJson().endsWith(
        "\"attribution.direct\": null, \"attribution.indirect\": null, \"docs\": 3,"
            + " \"missing_docs\": [\"d3.txt\"]}"));
  }

  @Test
  void nothingFoundAgainstSomethingToFindScoresZero() {
    TestCorpus c = new TestCorpus(dir).gold("e.txt", "{'doc': 'e.txt', 'actors': [],"
        + " 'alliances': ['NATO'], 'quotes': [], 'stances': []}");
    assertEquals(new Prf(0.0, 0.0, 0.0), c.score("{'id': 'e.txt'}").figures(Field.ALLIANCES));
  }

  @Test
  void extractionsScoreLikeTheirJsonLines() throws IOException {
    new TestCorpus(dir).gold("f.txt", "{'doc': 'f.txt', " + PEOPLE + ", 'alliances': [],"
        + " 'stances': [], 'quotes': [{'kind': 'DIRECT', 'speaker': 'vladimir-putin',"
        + " 'text': 'old friend'}]}");
    Quote q = new Quote(QuoteKind.DIRECT, new Span(0, 13, "my old friend"), List.of("putin"),
        null, null, null, QuoteRoute.NONE, 0.9);
    Extraction x = new Extraction("f.txt", "en", List.of(), List.of(), List.of(q), List.of());
    ScoreReport r = Scorer.scoreExtractions(GoldReader.readCorpus(dir), List.of(x));
    assertEquals(new Counts(1, 1, 1, 1), r.counts().get(Field.QUOTES_E2E));
    assertEquals(r, Scorer.score(GoldReader.readCorpus(dir),
        new TestCorpus(dir).output(x.toJson())));
  }

  @Test
  void documentNamesAreTheLastPathComponentAsPythonSeesIt() throws IOException {
    ObjectMapper m = new ObjectMapper();
    assertEquals("a.txt", Scorer.docName(m.readTree("{\"id\": \"texts//a.txt\"}")));
    assertEquals("a", Scorer.docName(m.readTree("{\"id\": \"a/.\"}")));
    assertEquals("None", Scorer.docName(m.readTree("{\"id\": null}")));
    assertEquals("", Scorer.docName(m.readTree("{}")));
  }

  @Test
  void roundingIsPythonsHalfEvenOnTheExactValue() {
    assertEquals(0.062, Prf.round3(0.0625)); // exact tie: to even
    assertEquals(0.188, Prf.round3(0.1875));
    assertEquals(0.001, Prf.round3(0.0005)); // 0.0005 is slightly above the tie in binary
  }
}
