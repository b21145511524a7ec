package org.entente.eval;

import java.util.Arrays;
import java.util.Optional;

/** The scored fields, in score.py's order, each with its name there. */
public enum Field {
  /** Ids of people and states per document. */
  ACTORS("actors"),
  /** Alliance ids per document. */
  ALLIANCES("alliances"),
  /** DIRECT quotes found, whoever the speaker. */
  QUOTES_DETECT("quotes.detect"),
  /** DIRECT quotes found with the right speaker. */
  QUOTES_E2E("quotes.e2e"),
  /** INDIRECT quotes found, whoever the speaker. */
  INDIRECT_DETECT("indirect.detect"),
  /** INDIRECT quotes found with the right speaker. */
  INDIRECT_E2E("indirect.e2e"),
  /** (holder, target, polarity) tuples. */
  STANCES("stances"),
  /** Stance tuples where a person also matches through their country. */
  STANCES_LENIENT("stances.lenient");

  private final String key;

  Field(String key) {
    this.key = key;
  }

  /**
   * The field's name in score.py's output ({@code quotes.detect}).
   *
   * @return the name, lower case with a dot between parts
   */
  public String key() {
    return key;
  }

  /**
   * The field named {@code key} in score.py's output, if any.
   *
   * @param key a name as {@link #key()} gives it, such as {@code stances.lenient}
   * @return the field, or empty when no field has that name
   */
  public static Optional<Field> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
