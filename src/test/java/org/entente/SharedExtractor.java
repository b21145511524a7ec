package org.entente;

/** One extractor per test JVM: loading CoreNLP takes seconds, so every test class shares it. */
public final class SharedExtractor {
  private SharedExtractor() {}

  private static final class Holder {
    static final Extractor INSTANCE = Extractor.create();
  }

  /** The shared extractor, built on first use. */
  public static Extractor get() {
    return Holder.INSTANCE;
  }
}
