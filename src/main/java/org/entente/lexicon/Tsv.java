package org.entente.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Reads the tab-separated files of {@code models/}: '#' starts a comment line, blank lines skip. */
final class Tsv {
  private static final Splitter TAB = Splitter.on('\t').trimResults();
  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  private Tsv() {}

  /** Calls {@code row} with the columns of each data line, padded with "" to {@code width}. */
  static void read(BufferedReader in, String source, int width, Consumer<List<String>> row) {
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cols = new java.util.ArrayList<>(TAB.splitToList(line));
        while (cols.size() < width) {
          cols.add("");
        }
        try {
          row.accept(cols);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** The '|'-separated items of a column. */
  static ImmutableList<String> items(String column) {
    return ImmutableList.copyOf(BAR.split(column));
  }
}
