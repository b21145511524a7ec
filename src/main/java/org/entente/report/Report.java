package org.entente.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.Actor;
import org.entente.Alliance;
import org.entente.Extraction;
import org.entente.Polarity;
import org.entente.Quote;
import org.entente.Stance;

/**
 * One self-contained HTML page over a set of articles: a stance graph across all of them
 * (Cytoscape.js, inlined), a table of who is quoted most, and each article with its actors,
 * quotes (speaker shown) and its text with quotes and stance evidence highlighted. The page needs
 * no network: every script and style is inside it.
 *
 * <pre>{@code
 * List<Article> articles = List.of(new Article(text, extractor.extract("a.txt", text)));
 * Report.of(articles).write(Path.of("report.html"));
 * }</pre>
 */
public final class Report {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Article> articles;

  private Report(List<Article> articles) {
    this.articles = ImmutableList.copyOf(articles);
  }

  /**
   * A report over {@code articles}, in the order given.
   *
   * @param articles the articles; copied
   * @return the report
   */
  public static Report of(List<Article> articles) {
    return new Report(articles);
  }

  /**
   * The articles in this report.
   *
   * @return the articles, in the order given; immutable
   */
  public List<Article> articles() {
    return articles;
  }

  /**
   * Writes the page to {@code file} in UTF-8.
   *
   * @param file where to write; created, or replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    Files.writeString(file, toHtml(), UTF_8);
  }

  /**
   * The whole page.
   *
   * @return the HTML document, with its scripts and styles inlined
   */
  public String toHtml() {
    StanceGraph graph = StanceGraph.of(articles);
    List<QuotedMost.Row> quoted = QuotedMost.of(articles);
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"generator\" content=\"entente\">\n")
        .append("<title>entente report: ").append(articles.size()).append(" article")
        .append(articles.size() == 1 ? "" : "s").append("</title>\n<style>")
        .append(Page.CSS).append("</style>\n</head>\n<body>\n");
    b.append("<header><h1>entente report</h1><p>").append(articles.size())
        .append(" articles · ").append(graph.nodes().size()).append(" actors in stances · ")
        .append(graph.edges().size()).append(" stance edges · ")
        .append(articles.stream().mapToInt(a -> a.extraction().quotes().size()).sum())
        .append(" quotes</p></header>\n");

    b.append("<section id=\"graph-section\"><h2>Stance graph</h2>\n")
        .append("<p class=\"legend\"><span class=\"sup-key\">supports</span> "
            + "<span class=\"opp-key\">opposes</span> · edge width and label: how often, "
            + "over all articles · node size: stances held and received · "
            + "<span class=\"kind STATE\">state</span> <span class=\"kind PERSON\">person</span> "
            + "<span class=\"kind ORGANIZATION\">organisation</span> "
            + "<span class=\"kind ALLIANCE\">alliance</span></p>\n")
        .append("<div id=\"graph\"></div></section>\n");

    b.append("<section id=\"quoted\"><h2>Who is quoted most</h2>\n<table class=\"quoted\">"
        + "<thead><tr><th>#</th><th>speaker</th><th>quotes</th><th>direct</th>"
        + "<th>reported</th><th>articles</th></tr></thead><tbody>\n");
    int rank = 0;
    for (QuotedMost.Row r : quoted) {
      b.append("<tr><td>").append(++rank).append("</td><td>").append(esc(r.name()))
          .append(r.name().equals(r.id()) ? "" : " <code>" + esc(r.id()) + "</code>")
          .append("</td><td>").append(r.quotes())
          .append("</td><td>").append(r.direct()).append("</td><td>").append(r.reported())
          .append("</td><td>").append(r.articles()).append("</td></tr>\n");
    }
    b.append("</tbody></table></section>\n");

    b.append("<nav><h2>Articles</h2><ol>");
    for (int i = 0; i < articles.size(); i++) {
      b.append("<li><a href=\"#article-").append(i).append("\">")
          .append(esc(articles.get(i).id())).append("</a></li>");
    }
    b.append("</ol></nav>\n");
    for (int i = 0; i < articles.size(); i++) {
      article(b, i, articles.get(i));
    }

    b.append("<footer>Graph drawn with Cytoscape.js ").append(esc(Assets.cytoscapeVersion()))
        .append(" (MIT licence), inlined.</footer>\n");
    b.append("<script type=\"application/json\" id=\"graph-data\">")
        .append(scriptJson(Map.of("elements", graph.elements(), "maxWeight", graph.maxWeight())))
        .append("</script>\n<script>").append(Assets.cytoscapeJs()).append("</script>\n<script>")
        .append(Page.JS).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void article(StringBuilder b, int index, Article a) {
    Extraction x = a.extraction();
    Map<String, String> names = names(x);
    b.append("<article id=\"article-").append(index).append("\"><h2>").append(esc(a.id()))
        .append("</h2>\n");
    b.append("<div class=\"chips\">");
    for (Actor actor : x.actors()) {
      b.append("<span class=\"chip kind ").append(actor.kind().name()).append("\" title=\"")
          .append(esc(actor.id())).append("\">").append(esc(actor.name())).append(" ×")
          .append(actor.mentions().size()).append("</span>");
    }
    for (Alliance alliance : x.alliances()) {
      b.append("<span class=\"chip kind ALLIANCE\" title=\"").append(esc(alliance.id()))
          .append("\">").append(esc(alliance.name())).append(" ×")
          .append(alliance.mentions().size()).append("</span>");
    }
    b.append("</div>\n");
    if (!x.quotes().isEmpty()) {
      b.append("<h3>Quotes</h3><ul class=\"quotes\">");
      for (Quote q : x.quotes()) {
        b.append("<li><span class=\"speaker\">").append(esc(speakers(q, names)))
            .append("</span> <span class=\"qkind\">").append(q.kind().name().toLowerCase())
            .append("</span> “").append(esc(q.text())).append("”</li>");
      }
      b.append("</ul>\n");
    }
    if (!x.stances().isEmpty()) {
      b.append("<h3>Stances</h3><ul class=\"stances\">");
      for (Stance s : x.stances()) {
        boolean sup = s.polarity() == Polarity.SUPPORT;
        b.append("<li class=\"").append(sup ? "sup" : "opp").append("\">")
            .append(esc(name(s.holder(), names))).append(" <b>—")
            .append(sup ? "SUPPORTS" : "OPPOSES").append("→</b> ")
            .append(esc(name(s.target(), names)));
        if (s.trigger() != null) {
          b.append(" <i>(").append(esc(s.trigger().text())).append(")</i>");
        }
        b.append("</li>");
      }
      b.append("</ul>\n");
    }
    Highlighter h = new Highlighter(a.text());
    for (Quote q : x.quotes()) {
      h.mark(q.begin(), q.end(), "q", "quote by " + speakers(q, names));
    }
    for (Stance s : x.stances()) {
      String what = name(s.holder(), names) + (s.polarity() == Polarity.SUPPORT
          ? " —SUPPORTS→ " : " —OPPOSES→ ") + name(s.target(), names);
      String kind = s.polarity() == Polarity.SUPPORT ? "sup" : "opp";
      if (s.evidence() != null) {
        h.mark(s.evidence().begin(), s.evidence().end(), "ev-" + kind, what);
      }
      if (s.trigger() != null) {
        h.mark(s.trigger().begin(), s.trigger().end(), "tr", what);
      }
    }
    b.append("<h3>Text</h3><div class=\"text\">").append(h.html()).append("</div></article>\n");
  }

  private static Map<String, String> names(Extraction x) {
    Map<String, String> names = new java.util.HashMap<>();
    x.actors().forEach(a -> names.put(a.id(), a.name()));
    x.alliances().forEach(a -> names.put(a.id(), a.name()));
    return names;
  }

  private static String name(String id, Map<String, String> names) {
    return names.getOrDefault(id, id);
  }

  private static String speakers(Quote q, Map<String, String> names) {
    return q.speakers().isEmpty() ? "(unknown speaker)"
        : String.join(" + ", q.speakers().stream().map(id -> name(id, names)).toList());
  }

  private static String esc(String s) {
    return HTML.escape(s);
  }

  /**
   * JSON safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} (which JSON
   * only holds inside strings) become {@code \u003c}-style escapes, as do the line separators
   * JavaScript once refused in strings.
   */
  static String scriptJson(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
