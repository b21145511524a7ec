package org.entente.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.Actor;
import org.entente.Quote;
import org.entente.QuoteKind;

/** Who is quoted most across the articles; a joint statement counts for each speaker. */
final class QuotedMost {
  /** One speaker's counts. */
  record Row(String id, String name, int quotes, int direct, int reported, int articles) {}

  private QuotedMost() {}

  static List<Row> of(List<Article> articles) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Set<Integer>> seen = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (Actor a : articles.get(i).extraction().actors()) {
        names.putIfAbsent(a.id(), a.name());
      }
      for (Quote q : articles.get(i).extraction().quotes()) {
        for (String speaker : q.speakers()) {
          int[] c = counts.computeIfAbsent(speaker, k -> new int[2]);
          c[q.kind() == QuoteKind.DIRECT ? 0 : 1]++;
          seen.computeIfAbsent(speaker, k -> new HashSet<>()).add(i);
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
            e.getValue()[0] + e.getValue()[1], e.getValue()[0], e.getValue()[1],
            seen.get(e.getKey()).size()))
        .sorted(Comparator.comparingInt(Row::quotes).reversed()
            .thenComparing(Comparator.comparingInt(Row::articles).reversed())
            .thenComparing(Row::id))
        .toList();
  }
}
