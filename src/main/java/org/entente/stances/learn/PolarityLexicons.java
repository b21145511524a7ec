package org.entente.stances.learn;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import org.entente.lexicon.Rules;

/**
 * The word polarities the stance classifier's features read: VADER valences (MIT), the
 * connotation frames' agent-to-theme perspective of verbs (GPL-3.0) and the CAMEO event class
 * of verbs (cooperation or conflict; PETRARCH2's verb dictionary, MIT), all bundled in
 * {@code models/stances/}. Loaded once per process; immutable.
 */
public final class PolarityLexicons {
  private static final Supplier<PolarityLexicons> BUNDLED = Suppliers.memoize(
      () -> new PolarityLexicons(read("models/stances/vader.tsv"),
          read("models/stances/connotation-frames.tsv"),
          read("models/stances/cameo-verbs.tsv")));

  private final ImmutableMap<String, Double> vader;
  private final ImmutableMap<String, Double> agentTheme;
  private final ImmutableMap<String, Double> cameo;

  private PolarityLexicons(ImmutableMap<String, Double> vader,
      ImmutableMap<String, Double> agentTheme, ImmutableMap<String, Double> cameo) {
    this.vader = vader;
    this.agentTheme = agentTheme;
    this.cameo = cameo;
  }

  /**
   * The bundled lexicons.
   *
   * @return the lexicons of {@code models/stances/}, loaded once per process
   */
  public static PolarityLexicons bundled() {
    return BUNDLED.get();
  }

  /**
   * VADER's mean valence of a word, 0 when it is not listed.
   *
   * @param word a word or lemma, any case
   * @return its valence in [-4, 4]
   */
  public double valence(String word) {
    return vader.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }

  /**
   * The connotation frames' perspective of a verb's agent on its theme, 0 when not listed.
   *
   * @param lemma a verb lemma, lower case
   * @return the score in [-1, 1] (criticise about -0.9, praise about +1)
   */
  public double agentTheme(String lemma) {
    return agentTheme.getOrDefault(lemma, 0.0);
  }

  /**
   * The CAMEO event class of a verb: +1 if cooperation (codes 03-08), -1 if conflict (10-20),
   * 0 when neither or not listed.
   *
   * @param lemma a verb lemma, lower case
   * @return the direction
   */
  public int cameo(String lemma) {
    return (int) Math.signum(cameo.getOrDefault(lemma, 0.0));
  }

  private static ImmutableMap<String, Double> read(String resource) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    List<String> lines = Rules.lines(resource);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t");
      if (cols.length != 2) {
        throw new IllegalArgumentException(resource + ": row " + (i + 1)
            + " has not 2 tab-separated columns");
      }
      b.put(cols[0], Double.parseDouble(cols[1]));
    }
    return b.buildKeepingLast();
  }
}
