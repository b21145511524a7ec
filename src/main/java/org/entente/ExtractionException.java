package org.entente;

import static java.util.Objects.requireNonNull;

/**
 * A document that entente refuses or cannot finish (too large, over its time budget). It concerns
 * that document alone; the extractor stays usable.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@link Failure#type()} this becomes in a batch, such as {@code too-large}. */
  private final String type;

  /**
   * @param type the {@link Failure#type()} this becomes in a batch, such as {@code too-large}
   * @param message what went wrong, for people
   */
  public ExtractionException(String type, String message) {
    super(message);
    this.type = requireNonNull(type, "type");
  }

  /**
   * The {@link Failure#type()} this becomes in a batch.
   *
   * @return the short, stable error type, such as {@code too-large} or {@code timeout}
   */
  public String type() {
    return type;
  }
}
