package org.entente.annotators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of other stories' headlines that scraped pages carry ("Related", "Most read"): runs of
 * lines without closing punctuation, set off by bullet lines or three or more in a row. Their
 * names are not the article's actors.
 */
final class TeaserLines {
  // UNICODE_CHARACTER_CLASS: scraped lines often end in a no-break space.
  private static final Pattern BULLET =
      Pattern.compile("\\s*[-–—•*|·]+\\s*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CLOSED =
      Pattern.compile(".*[.?!:;\"”’')\\]]\\s*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LIST_ITEM =
      Pattern.compile("\\s*[-–—•*·]\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BLANK = Pattern.compile("\\s*", Pattern.UNICODE_CHARACTER_CLASS);

  /** Character ranges [begin, end) of teaser lines. */
  private final List<int[]> ranges = new ArrayList<>();

  TeaserLines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!BLANK.matcher(text.substring(start, i)).matches()) {
          lines.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    for (int k = 1; k < lines.size(); k++) { // the first line is the article's own headline
      String line = slice(text, lines.get(k));
      if (BULLET.matcher(line).matches() || CLOSED.matcher(line).matches()) {
        continue;
      }
      boolean besideBullet = isBullet(text, lines, k - 1) || isBullet(text, lines, k + 1);
      if (besideBullet || (isOpen(text, lines.get(k)) && openRun(text, lines, k) >= 3)) {
        ranges.add(lines.get(k));
      }
    }
  }

  private static String slice(String text, int[] r) {
    return text.substring(r[0], r[1]);
  }

  private static boolean isBullet(String text, List<int[]> lines, int k) {
    return k >= 0 && k < lines.size() && BULLET.matcher(slice(text, lines.get(k))).matches();
  }

  /** The length of the run of unclosed lines that line {@code k} belongs to. */
  private static int openRun(String text, List<int[]> lines, int k) {
    int from = k;
    while (from > 1 && isOpen(text, lines.get(from - 1))) {
      from--;
    }
    int to = k;
    while (to + 1 < lines.size() && isOpen(text, lines.get(to + 1))) {
      to++;
    }
    return to - from + 1;
  }

  /** An unclosed line that is no list item: key-point bullets ("- Xi met Putin") are content. */
  private static boolean isOpen(String text, int[] r) {
    String line = slice(text, r);
    return !BULLET.matcher(line).matches() && !CLOSED.matcher(line).matches()
        && !LIST_ITEM.matcher(line).lookingAt();
  }

  /** Whether the character at {@code offset} lies on a teaser line. */
  boolean inTeaser(int offset) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }
}
