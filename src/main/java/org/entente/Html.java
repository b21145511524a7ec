package org.entente;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML input, turned into the text that entente reads. When an {@link Extractor} is given HTML
 * (see {@link Extractor.Builder#detectHtml}), every offset in its {@link Extraction} refers to
 * {@link #toText(String) toText(html)}, not to the markup.
 */
public final class Html {
  /** A tag that only an HTML document begins with, near its start. */
  private static final Pattern DOCUMENT_TAG = Pattern.compile(
      "<(?:!doctype\\s+html|html|head|body|meta|title|article|div|p)[\\s>/]",
      Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 2048;
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "head");

  private Html() {}

  /**
   * Whether {@code text} looks like an HTML document: after blanks (and a byte-order mark) it
   * starts with {@code <}, and its first 2 KB hold a document tag such as {@code <!DOCTYPE html>},
   * {@code <html>}, {@code <body>} or {@code <p>}. Plain text that merely mentions a tag is not.
   *
   * @param text the input; not null
   * @return true if it should be read as HTML
   */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i))
        || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return false;
    }
    return DOCUMENT_TAG.matcher(text).region(i, Math.min(text.length(), i + SNIFF)).find();
  }

  /**
   * The readable text of an HTML document, parsed with jsoup: the title, then the body's text,
   * one line per block element (paragraph, heading, list item, table row, line break), blanks
   * collapsed, scripts and styles left out. The same markup always gives the same text.
   *
   * @param html the HTML document, or a fragment of one
   * @return its text, stripped of leading and trailing blanks; empty if it has none
   * @throws NullPointerException if {@code html} is null
   */
  public static String toText(String html) {
    requireNonNull(html, "html");
    Document doc = Jsoup.parse(html);
    StringBuilder out = new StringBuilder(html.length() / 2);
    String title = doc.title().strip();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    NodeTraversor.traverse(new Lines(out), doc.body());
    return out.toString().strip();
  }

  /** Appends text nodes, a line break around block elements, nothing of skipped ones. */
  private static final class Lines implements NodeVisitor {
    private final StringBuilder out;
    private int skipping; // depth inside script, style and the like

    Lines(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        if (SKIPPED.contains(e.normalName())) {
          skipping++;
        } else if (skipping == 0 && (e.isBlock() || e.normalName().equals("br"))) {
          newline();
        }
      } else if (node instanceof TextNode t && skipping == 0) {
        String s = t.text(); // whitespace runs collapsed to one space
        int n = out.length();
        boolean lineStart = n == 0 || out.charAt(n - 1) == '\n';
        if (!s.isEmpty() && s.charAt(0) == ' ' && (lineStart || out.charAt(n - 1) == ' ')) {
          s = s.substring(1);
        }
        out.append(s);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (SKIPPED.contains(e.normalName())) {
          skipping--;
        } else if (skipping == 0 && e.isBlock()) {
          newline();
        }
      }
    }

    private void newline() {
      int n = out.length();
      while (n > 0 && out.charAt(n - 1) == ' ') {
        n--;
      }
      out.setLength(n);
      if (n > 0 && out.charAt(n - 1) != '\n') {
        out.append('\n');
      }
    }
  }
}
