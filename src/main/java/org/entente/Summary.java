package org.entente;

import java.util.List;
import java.util.function.Function;

/**
 * The plain-text view of an {@link Extraction} that {@link Extraction#summary()} prints and the
 * CLI's {@code --format table} writes: one block per kind of fact, columns aligned.
 */
final class Summary {
  private static final int QUOTE_WIDTH = 90;

  private Summary() {}

  static String of(Extraction x) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(x.id() == null ? "(no id)" : x.id())
        .append("  [").append(x.language()).append("]  ")
        .append(count(x.actors().size(), "actor")).append(", ")
        .append(count(x.alliances().size(), "alliance")).append(", ")
        .append(count(x.quotes().size(), "quote")).append(", ")
        .append(count(x.stances().size(), "stance")).append('\n');
    if (!x.actors().isEmpty()) {
      b.append("actors\n");
      int id = width(x.actors(), Actor::id);
      int kind = width(x.actors(), a -> a.kind().name());
      for (Actor a : x.actors()) {
        String country = a.country() == null || a.kind() == ActorKind.STATE
            ? "" : " (" + a.country() + ")";
        b.append(String.format("  %-" + id + "s  %-" + kind + "s %3d×  %s%s%n", a.id(),
            a.kind(), a.mentions().size(), a.name(), country));
      }
    }
    if (!x.alliances().isEmpty()) {
      b.append("alliances\n");
      int id = width(x.alliances(), Alliance::id);
      for (Alliance a : x.alliances()) {
        b.append(String.format("  %-" + id + "s %3d×  %s%s%n", a.id(), a.mentions().size(),
            a.name(), a.members().isEmpty() ? "" : "  (" + count(a.members().size(), "member") + ")"));
      }
    }
    if (!x.quotes().isEmpty()) {
      b.append("quotes\n");
      int who = width(x.quotes(), Summary::speakers);
      for (Quote q : x.quotes()) {
        b.append(String.format("  %-8s %-" + who + "s  %s%n", q.kind(), speakers(q),
            abbreviate(q.text())));
      }
    }
    if (!x.stances().isEmpty()) {
      b.append("stances\n");
      int holder = width(x.stances(), Stance::holder);
      for (Stance s : x.stances()) {
        String arrow = s.polarity() == Polarity.SUPPORT ? "—SUPPORTS→" : "—OPPOSES→ ";
        b.append(String.format("  %-" + holder + "s %s %s%s%n", s.holder(), arrow, s.target(),
            s.trigger() == null ? "" : "  (" + s.trigger().text() + ")"));
      }
    }
    return b.toString();
  }

  private static String speakers(Quote q) {
    return q.speakers().isEmpty() ? "?" : String.join(" + ", q.speakers());
  }

  private static <T> int width(List<T> items, Function<T, String> column) {
    return Math.max(1, items.stream().mapToInt(i -> column.apply(i).length()).max().orElse(1));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String abbreviate(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() <= QUOTE_WIDTH
        ? "\"" + one + "\"" : "\"" + one.substring(0, QUOTE_WIDTH - 1) + "…\"";
  }
}
