package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the README's architecture section, read from the compiled classes with
 * the JDK's {@code jdeps}: no cycle between entente's packages, the lexicon depends on nothing of
 * entente, the layers below the facade use only the layers below them, and the edges (CLI,
 * service, Spark, report, evaluation, bench) use only the public API. A subpackage counts as
 * its top-level package ({@code org.entente.stances.learn} is {@code stances}).
 */
class PackageRulesTest {
  /** The facade: {@code org.entente} itself. */
  private static final String API = "";
  private static final Set<String> EDGES = Set.of("cli", "serve", "spark", "report", "eval",
      "bench");
  /** What each internal layer may use, besides itself. */
  private static final Map<String, Set<String>> MAY_USE = Map.of(
      "lexicon", Set.of(),
      "reference", Set.of("lexicon"),
      "facts", Set.of("reference"),
      "quotes", Set.of("facts", "reference", "lexicon"),
      "stances", Set.of("facts", "reference", "lexicon"),
      "annotators", Set.of("quotes", "stances", "facts", "reference", "lexicon"));

  private static Map<String, Set<String>> uses;

  @BeforeAll
  static void readDependencies() throws Exception {
    Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package",
        classes.toString());
    assertEquals(0, rc, err.toString());
    uses = new TreeMap<>();
    // "   org.entente.quotes    -> org.entente.lexicon    classes"
    Pattern edge = Pattern.compile("^\\s+(org\\.entente[\\w.]*)\\s+->\\s+(org\\.entente[\\w.]*)\\s");
    for (String line : out.toString().split("\\R")) {
      Matcher m = edge.matcher(line);
      if (m.find()) {
        String from = slice(m.group(1));
        String to = slice(m.group(2));
        uses.computeIfAbsent(from, k -> new TreeSet<>());
        if (!from.equals(to)) {
          uses.get(from).add(to);
        }
      }
    }
    assertTrue(uses.containsKey("annotators") && uses.containsKey(API),
        "jdeps gave no package edges: " + out.toString().lines().limit(5).toList());
  }

  /** "" for org.entente, else the first segment below it. */
  private static String slice(String pkg) {
    if (pkg.equals("org.entente")) {
      return API;
    }
    String rest = pkg.substring("org.entente.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void noCycleBetweenPackages() {
    List<List<String>> cycles = new Tarjan(uses).cycles();
    assertTrue(cycles.isEmpty(), "package cycles: " + cycles + " in " + uses);
  }

  @Test
  void internalLayersUseOnlyWhatTheyMay() {
    List<String> broken = new ArrayList<>();
    MAY_USE.forEach((from, allowed) -> {
      for (String to : uses.getOrDefault(from, Set.of())) {
        if (!allowed.contains(to)) {
          broken.add(name(from) + " -> " + name(to));
        }
      }
    });
    assertTrue(broken.isEmpty(), "forbidden dependencies: " + broken);
  }

  @Test
  void edgesUseOnlyThePublicApi() {
    List<String> broken = new ArrayList<>();
    for (String from : EDGES) {
      for (String to : uses.getOrDefault(from, Set.of())) {
        if (!to.equals(API) && !EDGES.contains(to)) {
          broken.add(name(from) + " -> " + name(to));
        }
      }
    }
    assertTrue(broken.isEmpty(), "edges reaching past the public API: " + broken);
  }

  @Test
  void everyPackageIsKnown() {
    // A new package must be placed in the rules above (and in the README's table).
    Set<String> unknown = new TreeSet<>(uses.keySet());
    unknown.remove(API);
    unknown.removeAll(EDGES);
    unknown.removeAll(MAY_USE.keySet());
    assertTrue(unknown.isEmpty(), "packages without a rule: " + unknown);
  }

  private static String name(String slice) {
    return slice.isEmpty() ? "org.entente" : "org.entente." + slice;
  }

  /** Strongly connected components of more than one package (Tarjan's algorithm). */
  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> out = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<List<String>> cycles() {
      for (String v : graph.keySet()) {
        if (!index.containsKey(v)) {
          visit(v);
        }
      }
      return out;
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> scc = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          scc.add(name(w));
        } while (!w.equals(v));
        if (scc.size() > 1) {
          out.add(scc);
        }
      }
    }
  }
}
