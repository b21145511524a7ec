package org.entente.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.Document;
import org.entente.Failure;

/** Turns request bodies into {@link Document}s; nothing but data is taken from a request. */
final class Requests {
  // Strict: a duplicated key or anything after the object is an error, not a silent choice.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Requests() {}

  /** Whether a Content-Type names JSON ({@code application/json} or {@code ...+json}). */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = mediaType(contentType);
    return media.equals("application/json") || media.endsWith("+json");
  }

  /** 415 when the Content-Type declares a charset other than UTF-8 (or its subset ASCII). */
  static void checkCharset(String contentType) throws HttpError {
    if (contentType == null) {
      return;
    }
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String charset = p.substring(8).replace("\"", "").trim().toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
          throw HttpError.unsupportedCharset(charset);
        }
      }
    }
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim()
        .toLowerCase(Locale.ROOT);
  }

  /** A plain-text body, with optional {@code id} and {@code date} from the query string. */
  static Document fromText(String text, String rawQuery) throws HttpError {
    String id = null;
    LocalDate date = null;
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (key.equals("id")) {
          id = value;
        } else if (key.equals("date")) {
          date = date(value);
        }
      }
    }
    return new Document(id, text, date);
  }

  private static String decode(String s) throws HttpError {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed query string");
    }
  }

  /** {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD"}}: id and date optional. */
  static Document fromJson(String json) throws HttpError {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // The position only: the parser's message quotes the input, which could be anything.
      throw HttpError.badRequest("malformed JSON at column "
          + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw HttpError.badRequest("expected a JSON object {\"id\": ..., \"text\": ...}");
    }
    String id = id(root.get("id"));
    JsonNode text = root.get("text");
    if (text == null || !text.isTextual()) {
      throw HttpError.badRequest("missing \"text\": a string is required");
    }
    JsonNode date = root.get("date");
    if (date != null && !date.isNull() && !date.isTextual()) {
      throw HttpError.badRequest("\"date\" must be a string YYYY-MM-DD");
    }
    return new Document(id, text.asText(),
        date == null || date.isNull() ? null : date(date.asText()));
  }

  private static String id(JsonNode id) throws HttpError {
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isTextual() || id.isIntegralNumber()) {
      return id.asText();
    }
    throw HttpError.badRequest("\"id\" must be a string or an integer");
  }

  private static LocalDate date(String value) throws HttpError {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest("\"date\" must be YYYY-MM-DD, not " + abbreviate(value));
    }
  }

  /**
   * The lines of a JSON Lines body, each a document or the failure that replaces it. Blank lines
   * are skipped; a line that is not UTF-8 or not a document is a short failure in its place; 413
   * past {@code maxLines} lines.
   */
  static List<BatchLine> lines(byte[] body, int maxLines) throws HttpError {
    List<BatchLine> lines = new ArrayList<>();
    int start = 0;
    int number = 0;
    while (start < body.length) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++; // '\n' never occurs inside a UTF-8 sequence: splitting bytes is safe
      }
      number++;
      int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
      if (!isBlank(body, start, stop)) {
        if (lines.size() == maxLines) {
          throw HttpError.tooManyLines(maxLines);
        }
        lines.add(line(number, body, start, stop - start));
      }
      start = end + 1;
    }
    return lines;
  }

  private static BatchLine line(int number, byte[] body, int offset, int length) {
    String json;
    try {
      json = Bodies.utf8(body, offset, length);
    } catch (HttpError e) {
      return BatchLine.failed(new Failure(null, e.type(), "line " + number + ": " + e.getMessage()));
    }
    try {
      return BatchLine.of(fromJson(json));
    } catch (HttpError e) {
      return BatchLine.failed(
          new Failure(idOf(json), e.type(), "line " + number + ": " + e.getMessage()));
    }
  }

  // The id of a line that is valid JSON but not a valid document, so the error can be matched.
  private static String idOf(String json) {
    try {
      JsonNode id = MAPPER.readTree(json).get("id");
      return id != null && (id.isTextual() || id.isIntegralNumber()) ? id.asText() : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** {@code {"error":{"type":...,"message":...}}}. */
  static String errorJson(String type, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode error = node.putObject("error");
    error.put("type", type);
    error.put("message", message);
    return node.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /**
   * One line of a batch: a document to extract, or the failure it already is.
   *
   * @param document the document, or null when the line failed to parse
   * @param failure the line's failure, or null
   */
  record BatchLine(Document document, Failure failure) {
    static BatchLine of(Document document) {
      return new BatchLine(document, null);
    }

    static BatchLine failed(Failure failure) {
      return new BatchLine(null, failure);
    }
  }
}
