package org.entente;

/** The plain-text view of an {@link Extraction} that {@link Extraction#summary()} prints. */
final class Summary {
  private Summary() {}

  static String of(Extraction x) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(x.id() == null ? "(no id)" : x.id())
        .append("  [").append(x.language()).append("]\n");
    if (!x.actors().isEmpty()) {
      b.append("actors\n");
      int width = x.actors().stream().mapToInt(a -> a.id().length()).max().orElse(0);
      for (Actor a : x.actors()) {
        b.append(String.format("  %-" + width + "s  %-12s %3d× %s%n", a.id(), a.kind(),
            a.mentions().size(), a.name() + (a.country() == null || a.kind() == ActorKind.STATE
                ? "" : " (" + a.country() + ")")));
      }
    }
    if (!x.alliances().isEmpty()) {
      b.append("alliances\n");
      for (Alliance a : x.alliances()) {
        b.append(String.format("  %-8s %3d× %s%n", a.id(), a.mentions().size(), a.name()));
      }
    }
    if (!x.quotes().isEmpty()) {
      b.append("quotes\n");
      for (Quote q : x.quotes()) {
        String who = q.speakers().isEmpty() ? "?" : String.join(" + ", q.speakers());
        b.append(String.format("  %-8s %s: %s%n", q.kind(), who, abbreviate(q.text(), 90)));
      }
    }
    if (!x.stances().isEmpty()) {
      b.append("stances\n");
      for (Stance s : x.stances()) {
        b.append(String.format("  %s —%s→ %s%n", s.holder(),
            s.polarity() == Polarity.SUPPORT ? "SUPPORTS" : "OPPOSES", s.target()));
      }
    }
    return b.toString();
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? "\"" + one + "\"" : "\"" + one.substring(0, max - 1) + "…\"";
  }
}
