package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.entente.annotators.StanceAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned sieve's model files are named per pipeline (a folder on disk or on the class
 * path), shared when two pipelines name the same files, and a bad file fails loudly, naming
 * itself.
 */
class StanceModelFilesTest {
  private static final String STANCE = "stance-model.tsv";
  private static final String DIRECTION = "direction-model.tsv";

  /** A copy of the bundled models in {@code dir}, the stance model's threshold row replaced. */
  private static Path copyWithThreshold(Path dir, String threshold) throws IOException {
    for (String f : new String[] {STANCE, DIRECTION}) {
      try (InputStream in = StanceSieve.class.getClassLoader()
          .getResourceAsStream(StanceSieve.BUNDLED + "/" + f)) {
        String text = new String(in.readAllBytes(), UTF_8);
        if (f.equals(STANCE)) {
          text = text.replaceAll("(?m)^meta\tthreshold\t.*$", "meta\tthreshold\t" + threshold);
        }
        Files.writeString(dir.resolve(f), text, UTF_8);
      }
    }
    return dir;
  }

  @Test
  void bundledFolderLoadsFromTheClassPathWithItsStoredThreshold() {
    StanceSieve s = StanceSieve.of(StanceSieve.BUNDLED, Double.NaN, null);
    assertTrue(s.threshold() >= 0 && s.threshold() <= 1, "threshold " + s.threshold());
    assertEquals(0.9, StanceSieve.of(StanceSieve.BUNDLED, 0.9, null).threshold(), 1e-9);
  }

  @Test
  void aFolderOnDiskIsReadOnceAndSharedAndItsThresholdUsed(@TempDir Path dir)
      throws IOException {
    copyWithThreshold(dir, "0.37");
    StanceSieve a = StanceSieve.of(dir.toString(), Double.NaN, null);
    StanceSieve b = StanceSieve.of(dir.toString(), Double.NaN, null);
    assertEquals(0.37, a.threshold(), 1e-9);
    assertSame(a.models(), b.models());
  }

  @Test
  void aThresholdAboveOneFailsNamingTheFile(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "1.5");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(dir.resolve(STANCE).toString()), e.getMessage());
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
  }

  @Test
  void aThresholdThatIsNoNumberFails(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "high");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(STANCE), e.getMessage());
  }

  @Test
  void aMalformedWeightFailsNamingTheFileAndLine(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "0.5");
    Files.writeString(dir.resolve(DIRECTION), "classes\tSUPPORT\tOPPOSE\nbias\t0.1\tzero\n",
        UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(dir.resolve(DIRECTION) + ": line 2"), e.getMessage());
  }

  @Test
  void wrongClassesOrAnEmptyFileFail(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "0.5");
    Files.writeString(dir.resolve(DIRECTION), "classes\tNEG\tNEU\tPOS\nbias\t0\t0\t0\n", UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(dir.resolve(DIRECTION).toString()), e.getMessage());
    Files.writeString(dir.resolve(STANCE), "# nothing here\n", UTF_8);
    e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(dir.resolve(STANCE).toString()), e.getMessage());
  }

  @Test
  void aFirstStageIsReadWhenTheFolderHasOne(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "0.5");
    assertNull(StanceSieve.of(dir.toString(), Double.NaN, null).models().first());
    Path ranked = Files.createDirectory(dir.resolve("ranked"));
    copyWithThreshold(ranked, "0.5");
    // Any NONE / STANCE model serves as a first stage.
    Files.copy(ranked.resolve(STANCE), ranked.resolve(StanceSieve.RANK_FILE));
    assertNotNull(StanceSieve.of(ranked.toString(), Double.NaN, null).models().first());
    Path wrong = Files.createDirectory(dir.resolve("wrong"));
    copyWithThreshold(wrong, "0.5");
    Files.writeString(wrong.resolve(StanceSieve.RANK_FILE),
        "classes\tSUPPORT\tOPPOSE\nbias\t0\t0\n", UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(wrong.toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains(wrong.resolve(StanceSieve.RANK_FILE).toString()),
        e.getMessage());
  }

  @Test
  void aMissingFolderFails(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceSieve.of(dir.resolve("nowhere").toString(), Double.NaN, null));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void thePipelinePropertyNamesTheModelFolder(@TempDir Path dir) throws IOException {
    copyWithThreshold(dir, "7");
    Properties p = new Properties();
    p.setProperty("entente.stances." + StanceAnnotator.MODEL, dir.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StanceAnnotator("entente.stances", p));
    assertTrue(e.getMessage().contains(dir.resolve(STANCE).toString()), e.getMessage());
    copyWithThreshold(dir, "0.5");
    p.setProperty("entente.stances." + StanceAnnotator.MODEL, dir.toString());
    new StanceAnnotator("entente.stances", p);
  }
}
