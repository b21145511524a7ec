package org.entente.quotes;

/**
 * A span between quotation marks that the quote stage did not take as a quotation, and why: what
 * a user reads to see that a dropped quotation was dropped on purpose.
 *
 * @param open offset of the opening mark
 * @param begin offset of the first character between the marks
 * @param end offset one past the last
 * @param reason why it is no quotation
 */
public record Rejection(int open, int begin, int end, Reason reason) {
  /** Why quoted words are not a quotation. */
  public enum Reason {
    /** A headline or section title line with no speech verb before the quotation. */
    HEADLINE("headline or section title with no speech verb"),
    /** A name or title: title case, after "named"/"dubbed", or a noun phrase naming a thing. */
    TITLE_OR_NAME("name, title or label (title case, after 'named' or 'so-called', or a noun "
        + "compound before a noun)"),
    /** The speech verb that governs it is cancelled ("refrained from calling it ..."). */
    CANCELLED_CUE("governed by a cancelled speech verb"),
    /** A line of its own repeating a quotation of the body (a pull quote): counted once. */
    PULL_QUOTE("pull quote: a line of its own repeating a quotation of the body, counted once"),
    /** A word or short phrase with no speech verb in its sentence and no speaker found. */
    SCARE_QUOTE("word or phrase with no speech verb in its sentence and no speaker: a scare quote");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    /**
     * The reason in words, as the debug log writes it.
     *
     * @return a short explanation
     */
    public String explanation() {
      return explanation;
    }
  }
}
