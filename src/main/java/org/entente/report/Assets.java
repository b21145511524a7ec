package org.entente.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/** Files inlined into every report, read from the classpath once per process. */
final class Assets {
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private Assets() {}

  private static final class Cytoscape {
    static final String VERSION = version();
    static final String JS = scriptSafe(read("META-INF/resources/webjars/cytoscape/" + VERSION
        + "/dist/cytoscape.min.js"));
  }

  /** Cytoscape.js, minified, from its WebJar. */
  static String cytoscapeJs() {
    return Cytoscape.JS;
  }

  /** The version of Cytoscape.js that {@link #cytoscapeJs()} is. */
  static String cytoscapeVersion() {
    return Cytoscape.VERSION;
  }

  /** The report's own style sheet and script. */
  static String resource(String name) {
    return read("org/entente/report/" + name);
  }

  private static String version() {
    Properties p = new Properties();
    // The WebJar is an optional dependency of the library: a project that writes reports adds it.
    InputStream webjar = Assets.class.getClassLoader().getResourceAsStream(WEBJAR);
    if (webjar == null) {
      throw new IllegalStateException("the HTML report needs Cytoscape.js on the class path: "
          + "add the dependency org.webjars.npm:cytoscape:3.33.1");
    }
    try (InputStream in = webjar) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  private static String read(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = Assets.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("not on the classpath: " + path);
    }
    return in;
  }

  /** A script goes verbatim into a {@code <script>} element only if nothing in it can end one. */
  static String scriptSafe(String js) {
    String lower = js.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("script cannot be inlined: it contains </script or <!--");
    }
    return js;
  }
}
