package org.entente.serve;

/** A request the server answers with an error status and {@code {"error":{...}}}, not a result. */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final boolean closeConnection;

  private HttpError(int status, String type, String message, boolean closeConnection) {
    super(message, null, false, false); // an answer, not a fault: no stack trace needed
    this.status = status;
    this.type = type;
    this.closeConnection = closeConnection;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, "bad-request", message, false);
  }

  static HttpError encoding() {
    return new HttpError(400, "encoding", "the body is not valid UTF-8", false);
  }

  static HttpError notFound(String path) {
    return new HttpError(404, "not-found", "no such endpoint: " + path, false);
  }

  static HttpError methodNotAllowed(String method, String allowed) {
    return new HttpError(405, "method-not-allowed", method + " is not allowed here; use "
        + allowed, false);
  }

  /** Too large: the connection is closed, since the rest of the body is not read. */
  static HttpError tooLarge(long limit) {
    return new HttpError(413, "too-large", "the body exceeds the limit of " + limit + " bytes",
        true);
  }

  static HttpError unauthorized() {
    return new HttpError(401, "unauthorized", "a valid \"Authorization: Bearer\" token is required",
        false);
  }

  /** A request the access rules refuse: a foreign {@code Host}, a cross-origin caller. */
  static HttpError forbidden(String type, String message) {
    return new HttpError(403, type, message, true);
  }

  /** The body did not arrive within the read timeout: the connection is closed. */
  static HttpError readTimeout(long millis) {
    return new HttpError(408, "read-timeout", "the body did not arrive within " + millis + " ms",
        true);
  }

  static HttpError tooManyLines(int limit) {
    return new HttpError(413, "too-large", "the batch has more than " + limit + " lines", false);
  }

  static HttpError notReady(String message) {
    return new HttpError(503, "not-ready", message, false);
  }

  static HttpError unsupportedCharset(String charset) {
    return new HttpError(415, "unsupported-media-type",
        "only UTF-8 bodies are accepted, not charset " + charset, false);
  }

  static HttpError overloaded() {
    return new HttpError(503, "overloaded", "the work queue is full; retry later", false);
  }

  static HttpError shuttingDown() {
    return new HttpError(503, "shutting-down", "the server is shutting down", true);
  }

  static HttpError internal(String message) {
    return new HttpError(500, "internal", message, false);
  }

  /** This error, answered with the connection closed. */
  HttpError closing() {
    return closeConnection ? this : new HttpError(status, type, getMessage(), true);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  boolean closeConnection() {
    return closeConnection;
  }

  /** Whether the client should retry later (503): answered with {@code Retry-After}. */
  boolean retryable() {
    return status == 503;
  }
}
