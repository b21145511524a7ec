package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.StanceLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files are per pipeline: two extractors in one JVM, one with the bundled rules and one
 * with a user's speech cues and stance lexicon laid over them, read the same text differently;
 * each distinct file is loaded once and shared.
 */
class RuleFilesTest {
  /** Test text of our own; "grumble" and "scold" are in neither bundled list. */
  private static final String TEXT = "Vladimir Putin grumbled that the new sanctions would hurt"
      + " ordinary families.\nChina scolded Japan over the dispute.\n";

  @TempDir
  static Path dir;
  private static Path cues;
  private static Path lexicon;

  @BeforeAll
  static void writeRuleFiles() throws IOException {
    cues = Files.writeString(dir.resolve("my-cues.txt"),
        "# a user's extra speech cues\ngrumble\tCLAUSE,FRAGMENT\n");
    lexicon = Files.writeString(dir.resolve("my-lexicon.tsv"),
        "# a user's extra stance words\nVERB\tscold\tOPPOSE\n");
  }

  @Test
  void twoExtractorsWithDifferentRuleFilesReadTheSameTextDifferently() {
    Extraction bundled = SharedExtractor.get().extract(TEXT);
    // Stances from the rules alone (threshold 1.0): the learned sieve reads "scolded" as
    // opposition with either lexicon, which is what it is for.
    try (Extractor custom = Extractor.builder().speechCues(cues).stanceLexicon(lexicon)
        .stanceThreshold(1.0).threads(1).build();
        Extractor rules = Extractor.builder().stanceThreshold(1.0).threads(1).build()) {
      Extraction own = custom.extract(TEXT);
      Extraction bundledRules = rules.extract(TEXT);
      assertTrue(bundled.quotes().stream().noneMatch(q -> q.text().contains("ordinary")),
          "bundled rules hear no cue in 'grumbled': " + bundled.quotes());
      assertTrue(own.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT
              && q.text().contains("ordinary families") && q.speakers().size() == 1),
          "the user's cue file makes 'grumbled' a speech cue: " + own.quotes());
      assertTrue(bundledRules.stances().stream()
              .noneMatch(s -> s.trigger().text().equals("scolded")),
          "bundled lexicon has no 'scold': " + bundledRules.stances());
      assertTrue(own.stances().stream().anyMatch(s -> s.trigger().text().equals("scolded")
              && s.polarity() == Polarity.OPPOSE && s.target().equals("JPN")),
          "the user's lexicon makes 'scolded' a stance: " + own.stances());
      // The shared extractor still reads with the bundled rules after the custom one was built.
      assertEquals(bundled.quotes(), SharedExtractor.get().extract(TEXT).quotes());
    }
  }

  @Test
  void eachDistinctFileIsLoadedOnce() {
    assertSame(QuoteRules.get(), QuoteRules.get());
    QuoteRules own = QuoteRules.load(List.of(cues));
    assertSame(own, QuoteRules.load(List.of(cues.toAbsolutePath())));
    assertNotSame(QuoteRules.get(), own);
    assertTrue(own.cues("grumble").size() == 1 && QuoteRules.get().cues("grumble").isEmpty());
    assertSame(StanceLexicon.load(List.of(lexicon)), StanceLexicon.load(List.of(lexicon)));
  }

  @Test
  void aMissingOrBrokenRuleFileFailsClearly() throws IOException {
    Path missing = dir.resolve("none.txt");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuoteRules.load(List.of(missing)));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    Path bad = Files.writeString(dir.resolve("bad-cues.txt"), "mumble\tWHISPER\n");
    e = assertThrows(IllegalArgumentException.class, () -> QuoteRules.load(List.of(bad)));
    assertTrue(e.getMessage().contains("WHISPER"), e.getMessage());
  }

  @Test
  void allianceAnaphorsArePerPipeline() throws IOException {
    // Test text of our own; "coalition" is no bundled anaphor.
    String text = "NATO ministers met in Brussels on Tuesday.\n"
        + "The coalition will send more air defences next month.\n";
    Path nouns = Files.writeString(dir.resolve("my-anaphors.txt"), "# mine\ncoalition\n");
    List<String> bundled = SharedExtractor.get().extract(text).alliance("NATO").orElseThrow().mentions()
        .stream().map(Span::text).toList();
    assertEquals(List.of("NATO"), bundled);
    try (Extractor custom = Extractor.builder()
        .property("entente.reference.allianceAnaphors", nouns.toString()).threads(1).build()) {
      List<String> own = custom.extract(text).alliance("NATO").orElseThrow().mentions().stream()
          .map(Span::text).toList();
      assertEquals(List.of("NATO", "The coalition"), own);
    }
  }

  @Test
  void actorWordListsArePerPipeline() throws IOException {
    // Test text of our own; "vineyard" is no bundled venue noun.
    String text = "The two delegations met at a vineyard in Mongolia on Friday.\n"
        + "China and Japan signed a trade deal there.\n";
    Path venues = Files.writeString(dir.resolve("my-venues.txt"), "vineyard\n");
    assertTrue(SharedExtractor.get().extract(text).actor("MNG").isPresent(),
        "bundled venue nouns: Mongolia is an actor");
    try (Extractor custom = Extractor.builder()
        .property("entente.actors.venueNouns", venues.toString()).threads(1).build()) {
      Extraction own = custom.extract(text);
      assertTrue(own.actor("MNG").isEmpty(), "a vineyard in Mongolia is a venue: " + own.actors());
      assertTrue(own.actor("CHN").isPresent() && own.actor("JPN").isPresent(), own.toString());
    }
    Path missing = dir.resolve("no-furniture.txt");
    Exception e = assertThrows(RuntimeException.class, () -> Extractor.builder()
        .property("entente.actors.furniture", missing.toString()).threads(1).build()
        .close());
    assertTrue(String.valueOf(e.getMessage()).contains(missing.toString())
        || String.valueOf(e.getCause()).contains(missing.toString()), String.valueOf(e));
  }

  @Test
  void quoteWordListsArePerPipeline() throws IOException {
    // Test text of our own; "negotiator" is no bundled unnamed-source head.
    String text = "A senior Japanese negotiator said the tariff talks would resume in May.\n";
    Path heads = Files.writeString(dir.resolve("my-sources.txt"), "negotiator\n");
    assertTrue(SharedExtractor.get().extract(text).actors().stream().noneMatch(Actor::anonymous));
    try (Extractor custom = Extractor.builder()
        .property("entente.quotes.anonymousSources", heads.toString()).threads(1).build()) {
      Extraction own = custom.extract(text);
      Actor negotiator = own.actors().stream().filter(Actor::anonymous).findFirst()
          .orElseThrow(() -> new AssertionError("no unnamed source in " + own.actors()));
      assertEquals("JPN", negotiator.country(), negotiator.toString());
      assertTrue(own.quotes().stream().anyMatch(q -> q.speakers().equals(
          List.of(negotiator.id()))), own.quotes().toString());
    }
    assertThrows(IllegalArgumentException.class,
        () -> QuoteRules.load(java.util.Map.of("speechCue", List.of(heads))));
  }
}
