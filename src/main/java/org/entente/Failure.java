package org.entente;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * A document that could not be processed, and why. The batch it belongs to goes on.
 *
 * @param id the document's id, as given
 * @param type a short, stable kind of error: {@code encoding}, {@code binary}, {@code io}, {@code invalid-input},
 *     {@code too-large}, {@code timeout}, {@code interrupted}, or {@code internal}
 * @param message what went wrong, for people
 */
public record Failure(String id, String type, String message) implements Result {
  /**
   * Checks the type and message are there.
   *
   * @param id the document's id, as given; may be null
   * @param type a short, stable kind of error; not null
   * @param message what went wrong, for people; not null
   */
  public Failure {
    requireNonNull(type, "type");
    requireNonNull(message, "message");
  }

  /**
   * The failure that {@code error} means for document {@code id}.
   *
   * @param id the document's id, or null
   * @param error what went wrong with it
   * @return a failure of the exception's own type for an {@link ExtractionException}, otherwise
   *     {@code encoding}, {@code io}, {@code invalid-input} or {@code internal} by the error's
   *     class
   */
  public static Failure of(String id, Throwable error) {
    String message = String.valueOf(error.getMessage());
    if (error instanceof ExtractionException e) {
      return new Failure(id, e.type(), message);
    }
    if (error instanceof CharacterCodingException) {
      return new Failure(id, "encoding", "not valid UTF-8 text");
    }
    if (error instanceof IOException) {
      return new Failure(id, "io", error.getClass().getSimpleName() + ": " + message);
    }
    if (error instanceof IllegalArgumentException) {
      return new Failure(id, "invalid-input", message);
    }
    return new Failure(id, "internal", error.getClass().getSimpleName() + ": " + message);
  }

  /** {@code {"id":...,"error":{"type":...,"message":...}}}, the shape the CLI writes. */
  @Override
  public String toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", id);
    ObjectNode error = node.putObject("error");
    error.put("type", type);
    error.put("message", message);
    return node.toString();
  }
}
