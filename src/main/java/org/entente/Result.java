package org.entente;

/**
 * What one document of a batch gave: its {@link Extraction}, or the {@link Failure} that kept it
 * from one. A batch yields exactly one result per input, in input order.
 */
public sealed interface Result permits Extraction, Failure {
  /**
   * The document's id, as given.
   *
   * @return the id, or null when the document had none
   */
  String id();

  /**
   * One line of JSON: the extraction, or {@code {"id":...,"error":{"type":...,"message":...}}}.
   *
   * @return the JSON object, without a line break
   */
  String toJson();
}
