package org.entente.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Marks stretches of a text in HTML. Marks may overlap or cross (a stance's evidence inside a
 * quote, say), so the text is cut at every mark boundary and each piece carries the classes and
 * titles of all marks covering it: no nesting to keep balanced.
 */
final class Highlighter {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** A stretch {@code [begin, end)} with a CSS class and a hover title. */
  record Mark(int begin, int end, String cssClass, String title) {}

  private final String text;
  private final List<Mark> marks = new ArrayList<>();

  Highlighter(String text) {
    this.text = text;
  }

  /** Adds a mark, clipped to the text; empty or out-of-range marks are dropped. */
  void mark(int begin, int end, String cssClass, String title) {
    int b = Math.max(0, begin);
    int e = Math.min(text.length(), end);
    if (b < e) {
      marks.add(new Mark(b, e, cssClass, title));
    }
  }

  /** The escaped text with every piece under a mark wrapped in {@code <mark>}. */
  String html() {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Mark m : marks) {
      cuts.add(m.begin());
      cuts.add(m.end());
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      String piece = HTML.escape(text.substring(from, to));
      TreeSet<String> classes = new TreeSet<>();
      List<String> titles = new ArrayList<>();
      for (Mark m : marks) {
        if (m.begin() <= from && to <= m.end()) {
          classes.add(m.cssClass());
          if (!titles.contains(m.title())) {
            titles.add(m.title());
          }
        }
      }
      if (classes.isEmpty()) {
        out.append(piece);
      } else {
        out.append("<mark class=\"").append(HTML.escape(String.join(" ", classes)))
            .append("\" title=\"").append(HTML.escape(String.join("\n", titles))).append("\">")
            .append(piece).append("</mark>");
      }
    }
    return out.toString();
  }
}
