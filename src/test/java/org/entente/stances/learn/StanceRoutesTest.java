package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.Actor;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.Polarity;
import org.entente.SharedExtractor;
import org.entente.Stance;
import org.entente.StanceRoute;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.StanceAnnotator;
import org.entente.lexicon.Leaning;
import org.entente.stances.Route;
import org.entente.stances.StanceFact;
import org.junit.jupiter.api.Test;

/**
 * The candidate routes and the learned sieve on texts written for these tests: each route
 * proposes its pair; a model decides polarity, probability, threshold, evidence and trigger.
 */
class StanceRoutesTest {
  private static final class Pipeline {
    static final StanfordCoreNLP INSTANCE = new StanfordCoreNLP(Extractor.builder()
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.LEARNED, "false")
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.CANDIDATES, "true")
        .pipelineProperties());
  }

  /** The text's candidates gathered by pair (also for other tests of the candidates). */
  static List<Candidate> candidates(String text) {
    Annotation a = new Annotation(text);
    Pipeline.INSTANCE.annotate(a);
    return Pairs.gather(a.get(EntenteAnnotations.StanceCandidatesAnnotation.class));
  }

  private static List<Candidate> perSentence(String text) {
    Annotation a = new Annotation(text);
    Pipeline.INSTANCE.annotate(a);
    return a.get(EntenteAnnotations.StanceCandidatesAnnotation.class);
  }

  private static Candidate pair(List<Candidate> cs, String holder, String target) {
    Optional<Candidate> c = cs.stream()
        .filter(x -> x.holder().equals(holder) && x.target().equals(target)).findFirst();
    assertTrue(c.isPresent(), () -> "no candidate " + holder + " -> " + target + " in "
        + cs.stream().map(x -> x.holder() + "->" + x.target() + " " + x.route()).toList());
    return c.get();
  }

  @Test
  void aPersonIsNoHolderTowardsTheirOwnState() {
    List<Candidate> cs = candidates("French President Emmanuel Macron hailed France's new "
        + "defence pact with Greece on Tuesday.");
    pair(cs, "emmanuel-macron", "GRC");
    assertFalse(cs.stream().anyMatch(c -> c.holder().equals("emmanuel-macron")
        && c.target().equals("FRA")), () -> "a pair of Macron and his own state in " + cs);
  }

  @Test
  void holdersOfOneTargetInASentenceAreRankedOnceEach() {
    String text = "Chile rejected the tariffs announced by Argentina. Peru said Argentina "
        + "had broken its word, and Bolivia praised Argentina for its restraint.";
    List<Candidate> raw = perSentence(text);
    List<Candidate> pairs = Pairs.gather(raw);
    LogisticModel first = StanceSieve.of(StanceSieve.BUNDLED, Double.NaN, null).models()
        .stance();
    List<Candidate> ranked = Rivals.ranked(pairs, raw, first);
    assertEquals(pairs.size(), ranked.size());
    for (Candidate c : ranked) {
      assertEquals(1, c.features().stream().filter(f -> f.startsWith(Rivals.PREFIX)).count(),
          c.holder() + "->" + c.target() + " " + c.features());
    }
    // Chile is Argentina's only holder in its sentence; of the second sentence's holders of
    // Argentina, exactly one ranks first.
    assertTrue(pair(ranked, "CHL", "ARG").features().contains("rk:s:alone"));
    List<Candidate> second = ranked.stream().filter(c -> c.target().equals("ARG")
        && Set.of("PER", "BOL").contains(c.holder())).toList();
    assertEquals(2, second.size(), second.toString());
    assertEquals(1, second.stream().filter(c -> c.features().contains("rk:s:1")).count(),
        second.toString());
  }

  @Test
  void clauseSubjectWithTheActorInItsObject() {
    Candidate c = pair(candidates("Sweden condemned the blockade imposed by Belarus."), "SWE",
        "BLR");
    assertEquals(Route.CLAUSE_SUBJECT, c.route());
    assertTrue(c.features().contains("clause"), c.features().toString());
  }

  @Test
  void jointHoldersAndCoordinatedTargetsOnePairEach() {
    List<Candidate> holders = candidates("Chile and Peru rejected the tariffs announced by "
        + "Argentina.");
    assertEquals(Route.JOINT, pair(holders, "CHL", "ARG").route());
    assertEquals(Route.JOINT, pair(holders, "PER", "ARG").route());
    List<Candidate> targets = candidates("Kenya criticised Uganda and Tanzania over the closure "
        + "of the border.");
    assertEquals(Route.JOINT, pair(targets, "KEN", "UGA").route());
    assertEquals(Route.JOINT, pair(targets, "KEN", "TZA").route());
  }

  @Test
  void coordinatedSubjectsAreProposedTowardsEachOther() {
    List<Candidate> cs = candidates("Chile and Peru signed a defence pact on Monday.");
    Candidate there = pair(cs, "CHL", "PER");
    Candidate back = pair(cs, "PER", "CHL");
    assertEquals(Route.JOINT, there.route());
    assertTrue(there.features().contains("mutual:subj"), there.features().toString());
    assertTrue(back.features().contains("mutual:subj"), back.features().toString());
  }

  @Test
  void theSidesOfBetweenAreProposedTowardsEachOther() {
    List<Candidate> cs = candidates("Tensions between Kenya and Ethiopia worsened after the "
        + "border clash.");
    Candidate c = pair(cs, "KEN", "ETH");
    assertEquals(Route.JOINT, c.route());
    assertTrue(c.features().contains("mutual:between"), c.features().toString());
    assertTrue(pair(cs, "ETH", "KEN").features().contains("mutual:between"));
  }

  @Test
  void quoteSpeakerAndTheSpeakersStateWithWhatTheQuoteNames() {
    List<Candidate> cs = perSentence("\"The embargo that Canada imposed is a grave mistake and "
        + "will harm everyone,\" Indian Foreign Minister Ravi Sharma said on Tuesday.");
    Candidate speaker = cs.stream().filter(c -> c.target().equals("CAN")
        && c.route() == Route.QUOTE_SPEAKER && !c.holder().equals("IND")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote-speaker candidate in " + cs));
    assertTrue(speaker.features().contains("quote:DIRECT"), speaker.features().toString());
    Candidate state = pair(cs, "IND", "CAN");
    assertTrue(state.features().contains("quote:speakers-state"), state.features().toString());
  }

  @Test
  void holderCarriedFromThePreviousSentencesQuote() {
    List<Candidate> cs = perSentence("\"We will not forget this,\" Mexican Foreign Minister Ana "
        + "Ruiz said on Monday. The aid from Japan arrived within days and saved many lives.");
    Candidate c = cs.stream().filter(x -> x.target().equals("JPN")
        && x.route() == Route.CARRIED).findFirst()
        .orElseThrow(() -> new AssertionError("no carried candidate in " + cs));
    assertTrue(c.features().contains("carried:same-paragraph"), c.features().toString());
  }

  @Test
  void aPersonsClausePairAlsoProposesThePersonsState() {
    String text = "Indian Foreign Minister Ravi Sharma sharply criticised Canada on Monday.";
    List<Candidate> cs = perSentence(text);
    Candidate person = cs.stream().filter(c -> c.target().equals("CAN")
        && !c.holder().equals("IND")).findFirst()
        .orElseThrow(() -> new AssertionError("no person candidate in " + cs));
    assertTrue(!person.features().contains("holder:state-of-person"), person.features()
        .toString());
    Candidate state = pair(cs, "IND", "CAN");
    assertTrue(state.features().contains("holder:state-of-person"), state.features().toString());
    assertEquals(person.route(), state.route());
    // The target's own offsets travel with the candidate.
    assertEquals("Canada", text.substring(state.targetBegin(), state.targetEnd()));
  }

  @Test
  void cameoVerbClassesMarkCooperationAndConflict() {
    PolarityLexicons lex = PolarityLexicons.bundled();
    assertEquals(-1, lex.cameo("threaten"));
    assertEquals(1, lex.cameo("endorse"));
    assertEquals(0, lex.cameo("walk"));
    Candidate conflict = pair(candidates("Peru threatened Bolivia over the water rights."),
        "PER", "BOL");
    assertTrue(conflict.features().contains("c:cameo:conflict"), conflict.features()
        .toString());
    Candidate coop = pair(candidates("Peru endorsed Bolivia as host of the next summit."),
        "PER", "BOL");
    assertTrue(coop.features().contains("c:cameo:coop"), coop.features().toString());
  }

  @Test
  void howTheTargetHangsOffAPolarWordIsAFeature() {
    Candidate attack = pair(candidates("Peru launched a bitter attack on Bolivia."), "PER", "BOL");
    assertTrue(attack.features().stream().anyMatch(f -> f.startsWith("tgov:")
        && f.endsWith(":neg")), attack.features().toString());
    Candidate praise = pair(candidates("Peru praised Bolivia for its patience."), "PER", "BOL");
    assertTrue(praise.features().stream().anyMatch(f -> f.startsWith("tgov:")
        && f.endsWith(":pos")), praise.features().toString());
  }

  /**
   * Hand-set models: a quote's speaker or a clause's subject with a polarity cue holds a stance;
   * negative cues oppose, a supporting lexicon word supports.
   */
  private static StanceSieve.Models model() throws IOException {
    String stance = "classes\tNONE\tSTANCE\n"
        + "*bias*\t2\t0\n"
        + "mtsc:neg2\t0\t2.5\n"
        + "c:sl:SUPPORT\t0\t3\n"
        + "route:QUOTE_SPEAKER\t0\t0.5\n";
    String direction = "classes\tSUPPORT\tOPPOSE\n"
        + "mtsc:neg2\t0\t3\n"
        + "c:sl:SUPPORT\t3\t0\n";
    return new StanceSieve.Models(
        LogisticModel.read(new ByteArrayInputStream(stance.getBytes(UTF_8)), "stance"),
        LogisticModel.read(new ByteArrayInputStream(direction.getBytes(UTF_8)), "direction"));
  }

  @Test
  void sieveDecidesPolarityWithProbabilityEvidenceAndRoute() throws IOException {
    String text = "\"The embargo that Canada imposed is a disastrous and cruel mistake,\" Indian "
        + "Foreign Minister Ravi Sharma said.";
    List<Candidate> cs = candidates(text);
    List<StanceFact> st = StanceSieve.decide(cs, model(), 0.5);
    StanceFact s = st.stream().filter(x -> x.holder().equals("IND") && x.target().equals("CAN"))
        .findFirst().orElseThrow(() -> new AssertionError("no stance in " + st + " from " + cs));
    assertEquals(Leaning.OPPOSE, s.polarity());
    assertEquals(Route.QUOTE_SPEAKER, s.route());
    assertEquals(StanceSieve.NAME, s.sieve());
    assertTrue(s.confidence() >= 0.5 && s.confidence() <= 1, "p " + s.confidence());
    assertEquals(text, text.substring(s.evidenceBegin(), s.evidenceEnd()));
    // A threshold above every probability keeps nothing.
    assertTrue(StanceSieve.decide(cs, model(), 0.999).isEmpty());
  }

  @Test
  void sieveSupportsOnPraiseInTheClause() throws IOException {
    List<Candidate> cs = candidates("Ghana welcomed the generous help given by Norway.");
    List<StanceFact> st = StanceSieve.decide(cs, model(), 0.5);
    StanceFact s = st.stream().filter(x -> x.holder().equals("GHA") && x.target().equals("NOR"))
        .findFirst().orElseThrow(() -> new AssertionError("no stance in " + st));
    assertEquals(Leaning.SUPPORT, s.polarity());
    assertTrue(s.triggerEnd() > s.triggerBegin(), s.toString());
  }

  @Test
  void shippedModelAddsStancesTheRulesDoNotState() {
    // Evaluative wording the rule lexicon has no entry for, held by a quote's speaker.
    List<Stance> all = SharedExtractor.get().extract("\"Estonia keeps breaking its word and "
        + "mocking its neighbours,\" Latvian Prime Minister Juris Ozols said on Friday.")
        .stances();
    assertTrue(all.stream().anyMatch(s -> s.target().equals("EST")
        && s.polarity() == Polarity.OPPOSE && s.route() == StanceRoute.QUOTE_SPEAKER),
        () -> "expected an OPPOSE stance on EST from the speaker, got " + all);
  }

  @Test
  void aSpeakerWithNoStateHoldsUnderTheirOwnId() {
    // A gazetteer person with no state (an EU official) once lent the quote route an empty
    // "state" holder; every holder must name an actor of the extraction.
    // Wording the learned quote route holds (0.64 against the shipped threshold 0.50).
    Extraction x = SharedExtractor.get().extract("\"Russia is a threat to all of us and we will "
        + "never accept its lies,\" European Commission President Ursula von der Leyen wrote on "
        + "Monday.");
    Set<String> ids = x.actors().stream().map(Actor::id).collect(Collectors.toSet());
    assertFalse(x.stances().isEmpty(), "no stance found");
    for (Stance s : x.stances()) {
      assertTrue(ids.contains(s.holder()), () -> "holder names no actor: " + s);
    }
    assertTrue(x.stances().stream().anyMatch(s -> s.holder().equals("ursula-von-der-leyen")
        && s.target().equals("RUS") && s.polarity() == Polarity.OPPOSE), x.stances()::toString);
  }

  @Test
  void builderThresholdOfOneKeepsOnlyTheRules() {
    try (Extractor strict = Extractor.builder().stanceThreshold(1.0).build()) {
      List<Stance> all = strict.extract("\"Estonia has behaved with reckless arrogance and "
          + "broken every promise it made,\" Latvian Prime Minister Juris Ozols said.").stances();
      assertTrue(all.stream().noneMatch(s -> s.route() == StanceRoute.QUOTE_SPEAKER),
          all.toString());
    }
  }
}
