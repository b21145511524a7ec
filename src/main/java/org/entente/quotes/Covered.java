package org.entente.quotes;

import java.util.Arrays;
import java.util.List;
import org.entente.reference.QuoteMarks;

/**
 * Whether an offset lies inside any of a document's quotations, in logarithmic time: a document
 * with thousands of quotation marks asks this for every token, and a scan of the list each time
 * would be quadratic.
 */
final class Covered {
  private final int[] opens;
  private final int[] maxEnds; // the largest end among the spans opened so far

  private Covered(int[] opens, int[] maxEnds) {
    this.opens = opens;
    this.maxEnds = maxEnds;
  }

  /** The spans {@code [open, end]} of {@code spans}, in any order. */
  static Covered of(List<QuoteMarks.Span> spans) {
    QuoteMarks.Span[] sorted = spans.toArray(QuoteMarks.Span[]::new);
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.open(), b.open()));
    int[] opens = new int[sorted.length];
    int[] maxEnds = new int[sorted.length];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < sorted.length; i++) {
      opens[i] = sorted[i].open();
      max = Math.max(max, sorted[i].end());
      maxEnds[i] = max;
    }
    return new Covered(opens, maxEnds);
  }

  /** Whether some span has {@code open <= offset <= end}. */
  boolean covers(int offset) {
    int i = Arrays.binarySearch(opens, offset);
    if (i < 0) {
      i = -i - 2; // the last span opened before the offset
    } else {
      while (i + 1 < opens.length && opens[i + 1] == offset) {
        i++;
      }
    }
    return i >= 0 && maxEnds[i] >= offset;
  }
}
