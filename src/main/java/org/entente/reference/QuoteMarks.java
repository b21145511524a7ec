package org.entente.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs quotation marks in a text, by type: double (straight or curly), single (straight or curly,
 * told apart from apostrophes) and guillemets. One pass over the text, so linear time; odd or
 * unbalanced marks never throw. A paragraph (a line) without a closing mark ends the quotation;
 * when the next paragraph opens the same mark again, the quotation runs on.
 */
public final class QuoteMarks {
  /** The kind of a quotation mark. */
  public enum Type {
    /** Double quotation marks, straight or curly. */
    DOUBLE,
    /** Single quotation marks, straight or curly. */
    SINGLE,
    /** Guillemets. */
    ANGLE
  }

  /**
   * One quotation.
   *
   * @param open offset of the opening mark
   * @param begin offset of the first quoted character (marks and outer blanks excluded)
   * @param end offset one past the last quoted character
   * @param type the kind of mark
   * @param depth 0 for an outermost quotation, 1 for a quotation inside it, and so on
   * @param closed whether a closing mark was found in the paragraph
   * @param continues whether the quotation runs on into the next paragraph (unclosed, and the
   *     next paragraph opens the same mark)
   */
  public record Span(int open, int begin, int end, Type type, int depth, boolean closed,
      boolean continues) {}

  private record Open(Type type, int pos) {}

  private QuoteMarks() {}

  /**
   * Every quotation in {@code text}, ordered by opening mark.
   *
   * @param text the document text
   * @return the quotations, nested ones included, ordered by the offset of their opening mark
   */
  public static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int ps = 0;
    while (ps <= text.length()) {
      int nl = text.indexOf('\n', ps);
      int pe = nl < 0 ? text.length() : nl;
      paragraph(text, ps, pe, out);
      if (nl < 0) {
        break;
      }
      ps = nl + 1;
    }
    out.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return out;
  }

  private static void paragraph(String text, int ps, int pe, List<Span> out) {
    int first = out.size();
    Marks stack = new Marks();
    for (int i = ps; i < pe; i++) {
      char c = text.charAt(i);
      char prev = i > ps ? text.charAt(i - 1) : ' ';
      char next = i + 1 < pe ? text.charAt(i + 1) : ' ';
      switch (c) {
        case '“', '„' -> stack.push(new Open(Type.DOUBLE, i));
        case '«' -> stack.push(new Open(Type.ANGLE, i));
        case '»' -> close(text, stack, Type.ANGLE, i, out);
        case '”' -> {
          if (has(stack, Type.DOUBLE)) {
            close(text, stack, Type.DOUBLE, i, out);
          } else if (Character.isWhitespace(prev) && !Character.isWhitespace(next)) {
            stack.push(new Open(Type.DOUBLE, i));
          }
        }
        case '"' -> {
          boolean canClose = !Character.isWhitespace(prev) || Character.isWhitespace(next);
          if (has(stack, Type.DOUBLE) && canClose) {
            close(text, stack, Type.DOUBLE, i, out);
          } else if (!Character.isWhitespace(next)) {
            stack.push(new Open(Type.DOUBLE, i));
          }
        }
        case '‘' -> {
          if (!Character.isLetterOrDigit(prev) && !Character.isWhitespace(next)) {
            stack.push(new Open(Type.SINGLE, i));
          }
        }
        case '’', '\'' -> single(text, stack, i, prev, next, c == '\'', out);
        default -> { }
      }
    }
    if (!stack.isEmpty()) {
      Open outer = stack.peekLast();
      boolean continues = reopens(text, pe, outer.type());
      if (outer.type() != Type.SINGLE || continues) {
        add(text, outer, pe, 0, false, continues, out);
      } else {
        // An unclosed single mark is an apostrophe after all: what it seemed to hold is not
        // nested in it ("In the early '80s, she said she was "confused"").
        for (int i = first; i < out.size(); i++) {
          Span q = out.get(i);
          if (q.open() > outer.pos() && q.depth() > 0) {
            out.set(i, new Span(q.open(), q.begin(), q.end(), q.type(), q.depth() - 1,
                q.closed(), q.continues()));
          }
        }
      }
    }
  }

  private static void single(String text, Marks stack, int i, char prev, char next,
      boolean straight, List<Span> out) {
    if (Character.isLetter(prev) && Character.isLetter(next)) {
      return; // an apostrophe inside a word: don't, Russia's
    }
    if (has(stack, Type.SINGLE) && !Character.isWhitespace(prev) && !Character.isLetter(next)) {
      close(text, stack, Type.SINGLE, i, out);
    } else if (straight && !Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
      // Before a digit a straight mark elides a year ('80s, '16), it does not open a quotation.
      stack.push(new Open(Type.SINGLE, i));
    }
  }

  private static boolean has(Marks stack, Type type) {
    return stack.count[type.ordinal()] > 0;
  }

  /**
   * The open marks of a paragraph, with a count per type: asking whether a type is open is then
   * constant time, so a paragraph of thousands of unbalanced marks stays linear.
   */
  private static final class Marks {
    private final Deque<Open> stack = new ArrayDeque<>();
    private final int[] count = new int[Type.values().length];

    void push(Open o) {
      stack.push(o);
      count[o.type().ordinal()]++;
    }

    Open pop() {
      Open o = stack.pop();
      count[o.type().ordinal()]--;
      return o;
    }

    boolean isEmpty() {
      return stack.isEmpty();
    }

    Open peekLast() {
      return stack.peekLast();
    }

    int size() {
      return stack.size();
    }
  }

  private static void close(String text, Marks stack, Type type, int at, List<Span> out) {
    if (!has(stack, type)) {
      return;
    }
    Open o = stack.pop();
    while (o.type() != type) {
      o = stack.pop(); // marks opened inside and never closed are dropped
    }
    add(text, o, at, stack.size(), true, false, out);
  }

  private static void add(String text, Open o, int stop, int depth, boolean closed,
      boolean continues, List<Span> out) {
    int b = o.pos() + 1;
    int e = stop;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Span(o.pos(), b, e, o.type(), depth, closed, continues));
    }
  }

  /** Whether the paragraph after the line ending at {@code pe} starts with an opening mark. */
  private static boolean reopens(String text, int pe, Type type) {
    int i = pe;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return switch (type) {
      case DOUBLE -> c == '“' || c == '"' || c == '„';
      case SINGLE -> c == '‘' || c == '\'';
      case ANGLE -> c == '«';
    };
  }

  /** Whether any span in {@code spans} covers {@code offset}; for callers' convenience. */
  static boolean covers(List<Span> spans, int offset) {
    for (Iterator<Span> it = spans.iterator(); it.hasNext(); ) {
      Span s = it.next();
      if (offset >= s.open() && offset <= s.end()) {
        return true;
      }
    }
    return false;
  }
}
