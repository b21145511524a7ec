package org.entente.serve;

import java.util.Map;

/** {@link PrometheusText} for tests in other packages. */
public final class PrometheusTextAccess {
  private PrometheusTextAccess() {}

  /**
   * The samples of {@code text}, each line checked against the Prometheus text format.
   *
   * @param text a scrape
   * @return the samples by name with labels
   */
  public static Map<String, Double> parse(String text) {
    return PrometheusText.parse(text);
  }
}
