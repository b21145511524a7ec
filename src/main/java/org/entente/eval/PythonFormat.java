package org.entente.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Python's text forms of the values score.py prints, so both print byte for byte the same. */
final class PythonFormat {
  private PythonFormat() {}

  /**
   * {@code repr(x)} of a float that is a multiple of 0.001 (rounded figures, --min floors):
   * shortest decimal, at least one digit after the point.
   */
  static String floatRepr(double x) {
    String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  /** {@code repr(s)} of a str: single quotes unless it holds one and no double quote. */
  static String strRepr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(q);
    s.codePoints().forEach(cp -> {
      if (cp == q || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp < 0x20 || cp == 0x7F) {
        out.append(String.format("\\x%02x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append(q).toString();
  }

  /** {@code str(list_of_str)}: {@code ['a', 'b']}. */
  static String listRepr(List<String> items) {
    return items.stream().map(PythonFormat::strRepr).collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code json.dumps(s)}: double quotes, non-ASCII as {@code \\uXXXX} (ensure_ascii). */
  static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
