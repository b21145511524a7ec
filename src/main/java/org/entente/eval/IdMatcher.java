package org.entente.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;

/**
 * score.py's {@code person_match}: two ids match when equal or, when either is a person (or both
 * hold a hyphen), when both are lower case and end in the same surname ({@code xi} matches
 * {@code xi-jinping}).
 */
final class IdMatcher {
  private final Map<String, String> kinds;

  /**
   * @param kinds actor id to kind name ({@code PERSON}, ...), the gold's kinds first, then those
   *     of system actors the gold lacks; a kind may be null
   */
  IdMatcher(Map<String, String> kinds) {
    // Kinds may be null, which ImmutableMap refuses: keep the caller's (unmodified) map.
    this.kinds = requireNonNull(kinds, "kinds");
  }

  /** An id matcher that knows no kinds: only hyphenated ids get the surname rule. */
  static IdMatcher withoutKinds() {
    return new IdMatcher(ImmutableMap.of());
  }

  boolean matches(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if ("PERSON".equals(kinds.get(a)) || "PERSON".equals(kinds.get(b))
        || (a.contains("-") && b.contains("-"))) {
      return surname(a).equals(surname(b)) && isLower(a) && isLower(b);
    }
    return false;
  }

  /** The last hyphen-separated word; empty after a trailing hyphen, like Python's split. */
  static String surname(String id) {
    return id.substring(id.lastIndexOf('-') + 1);
  }

  private static boolean isLower(String s) {
    return s.toLowerCase(Locale.ROOT).equals(s);
  }
}
