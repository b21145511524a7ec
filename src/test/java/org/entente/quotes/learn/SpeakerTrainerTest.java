package org.entente.quotes.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training is deterministic, a written model reads back the same, the bundled one loads, and a
 * pipeline setting names a model file, the bundled model or none, with clear errors.
 */
class SpeakerTrainerTest {
  /** Subjects of a cue are speakers; objects far away are not (synthetic rows). */
  private static List<SpeakerTrainer.Example> examples() {
    List<SpeakerTrainer.Example> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(new SpeakerTrainer.Example(true, List.of("bias", "role=nsubj:cue", "sd=0B")));
      out.add(new SpeakerTrainer.Example(false, List.of("bias", "role=obj", "sd=2B")));
      out.add(new SpeakerTrainer.Example(i % 4 == 0, List.of("bias", "role=nmod", "sd=0A")));
    }
    return out;
  }

  @Test
  void sameExamplesSameModel(@TempDir Path dir) throws Exception {
    SpeakerScorer a = SpeakerTrainer.train(examples());
    SpeakerScorer b = SpeakerTrainer.train(examples());
    List<String> subject = List.of("bias", "role=nsubj:cue", "sd=0B");
    List<String> object = List.of("bias", "role=obj", "sd=2B");
    assertEquals(a.score(subject), b.score(subject), 0.0);
    assertTrue(a.score(subject) > 0.9, "a cue's subject is a speaker: " + a.score(subject));
    assertTrue(a.score(object) < 0.1, "a distant object is not: " + a.score(object));
    Path file = dir.resolve("m.bin.gz");
    SpeakerTrainer.write(a, file);
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(a.score(subject), SpeakerScorer.read(in).score(subject), 1e-12);
    }
  }

  @Test
  void theBundledModelLoadsAndScoresInRange() {
    Optional<SpeakerScorer> bundled = SpeakerScorer.bundled();
    assertTrue(bundled.isPresent(), "models/quotes/speaker-scorer.bin.gz is on the class path");
    double p = bundled.get().score(List.of("bias", "role=nsubj:cue:say", "kind=DIRECT"));
    assertTrue(p >= 0 && p <= 1);
  }

  @Test
  void aSettingNamesAFileTheBundledModelOrNone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.bin.gz");
    SpeakerTrainer.write(SpeakerTrainer.train(examples()), file);
    SpeakerScorer mine = SpeakerScorer.named(file.toString()).orElseThrow();
    List<String> subject = List.of("bias", "role=nsubj:cue", "sd=0B");
    assertTrue(mine.score(subject) > 0.9, "the named file's model scores");
    assertSame(mine, SpeakerScorer.named(file.toString()).orElseThrow(),
        "a file is loaded once and shared");
    assertFalse(SpeakerScorer.named("none").isPresent());
    assertSame(SpeakerScorer.bundled().orElseThrow(),
        SpeakerScorer.named("bundled").orElseThrow());
    List<String> cue = List.of("bias", "role=nsubj:cue:say", "kind=DIRECT");
    assertEquals(SpeakerScorer.bundled().orElseThrow().score(cue),
        SpeakerScorer.named("/" + SpeakerScorer.RESOURCE).orElseThrow().score(cue), 1e-12,
        "the bundled model named as a class path resource");
  }

  @Test
  void aMissingOrMalformedModelIsAClearError(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("no-such-model.bin.gz");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpeakerScorer.named(missing.toString()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    Path junk = dir.resolve("junk.bin.gz");
    Files.writeString(junk, "not a model");
    e = assertThrows(IllegalArgumentException.class, () -> SpeakerScorer.named(junk.toString()));
    assertTrue(e.getMessage().contains(junk.toString())
        && e.getMessage().contains("not a speaker model"), e.getMessage());
  }
}
