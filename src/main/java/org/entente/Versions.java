package org.entente;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What produced an {@link Extraction}: entente's version (its code and the gazetteers and rules
 * of {@code models/} bundled with it) and CoreNLP's (its code and its English models jar, which
 * entente uses at the same version).
 *
 * @param entente entente's version, such as {@code 0.1.0}
 * @param corenlp CoreNLP's version, such as {@code 4.5.10}
 */
public record Versions(String entente, String corenlp) {
  private static final Versions CURRENT = read();

  /**
   * The versions running in this process.
   *
   * @return entente's and CoreNLP's versions, read once
   */
  public static Versions current() {
    return CURRENT;
  }

  private static Versions read() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // CoreNLP's jar names its own version; the built-against one is the fallback.
    String corenlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage()
        .getImplementationVersion();
    return new Versions(p.getProperty("entente", "unknown"),
        corenlp != null ? corenlp : p.getProperty("corenlp", "unknown"));
  }
}
