package org.entente.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of the Prometheus text exposition format 0.0.4, for tests. */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")"
      + "(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*\\})?"
      + " ([-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|NaN|Inf))( -?[0-9]+)?");

  private PrometheusText() {}

  /**
   * The samples of {@code text} by metric name (with labels), each line checked against the
   * format; a sample's family must have been typed before it.
   *
   * @throws AssertionError naming the first line that is not in the format
   */
  static Map<String, Double> parse(String text) {
    Map<String, String> types = new HashMap<>();
    Map<String, Double> samples = new HashMap<>();
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.remove(lines.size() - 1).isEmpty()) {
      throw new AssertionError("the text must end with a newline");
    }
    for (String line : lines) {
      Matcher m;
      if (line.startsWith("# HELP ")) {
        check(HELP.matcher(line).matches(), line);
      } else if (line.startsWith("# TYPE ")) {
        m = TYPE.matcher(line);
        check(m.matches(), line);
        types.put(m.group(1), m.group(2));
      } else if (line.startsWith("#")) {
        continue; // a comment
      } else {
        m = SAMPLE.matcher(line);
        check(m.matches(), line);
        String name = m.group(1);
        String family = name.replaceAll("_(bucket|sum|count|total|created)$", "");
        check(types.containsKey(name) || types.containsKey(family), "untyped: " + line);
        samples.put(name + (m.group(2) == null ? "" : m.group(2)),
            Double.parseDouble(m.group(3).replace("Inf", "Infinity")));
      }
    }
    return samples;
  }

  private static void check(boolean ok, String line) {
    if (!ok) {
      throw new AssertionError("not Prometheus text: " + line);
    }
  }
}
