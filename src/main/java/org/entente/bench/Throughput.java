package org.entente.bench;

/**
 * One timed pass (or several) of a pipeline over the benchmark documents.
 *
 * @param pipeline what ran ("entente", "plain CoreNLP")
 * @param threads how many threads extracted
 * @param documents documents extracted, over all repetitions
 * @param tokens their tokens, over all repetitions
 * @param seconds wall time of the repetitions
 */
public record Throughput(String pipeline, int threads, long documents, long tokens, double seconds) {
  /**
   * Documents per second.
   *
   * @return documents over wall-clock seconds
   */
  public double documentsPerSecond() {
    return documents / seconds;
  }

  /**
   * Tokens per second.
   *
   * @return tokens over wall-clock seconds
   */
  public double tokensPerSecond() {
    return tokens / seconds;
  }
}
