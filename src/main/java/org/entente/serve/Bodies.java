package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/** Request bodies: read within a limit, decoded as strict UTF-8. */
final class Bodies {
  /**
   * How much of a too-large body is still read and thrown away, so that an ordinary client that
   * sends it all before reading gets its 413 rather than a reset connection. Beyond it the
   * connection is simply closed.
   */
  static final long DRAIN_LIMIT = 8L << 20;

  private Bodies() {}

  /**
   * The body's bytes; 413 when it is over {@code limit}, judged on Content-Length first and on
   * the bytes read otherwise, so at most {@code limit + 1} bytes are ever held.
   */
  static byte[] read(HttpExchange exchange, long limit) throws IOException, HttpError {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length = -1;
    if (declared != null) {
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("invalid Content-Length: " + declared);
      }
      if (length > limit) {
        if (length <= DRAIN_LIMIT) {
          discard(in, length);
        }
        throw HttpError.tooLarge(limit);
      }
    }
    int initial = (int) Math.min(length >= 0 ? length : 8192, limit);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 16));
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > limit) {
        discard(in, DRAIN_LIMIT - total);
        throw HttpError.tooLarge(limit);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static void discard(InputStream in, long max) throws IOException {
    byte[] buf = new byte[8192];
    long left = max;
    int n;
    while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) != -1) {
      left -= n;
    }
  }

  /** The bytes as text; 400 when they are not valid UTF-8 (no guessing, no replacement). */
  static String utf8(byte[] bytes) throws HttpError {
    return utf8(bytes, 0, bytes.length);
  }

  /** {@code length} bytes from {@code offset} as text; 400 when they are not valid UTF-8. */
  static String utf8(byte[] bytes, int offset, int length) throws HttpError {
    try {
      return UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpError.encoding();
    }
  }
}
