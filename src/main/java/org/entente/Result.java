package org.entente;

/**
 * What one document of a batch gave: its {@link Extraction}, or the {@link Failure} that kept it
 * from one. A batch yields exactly one result per input, in input order.
 */
public sealed interface Result permits Extraction, Failure {
  /** The document's id, as given. */
  String id();

  /** One line of JSON: the extraction, or {@code {"id":...,"error":{"type":...,"message":...}}}. */
  String toJson();
}
