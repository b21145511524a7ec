package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a malformed request line, a bad {@code Content-Length}, headers
 * over the limit, a URI it refuses) as {@code {"error":{"type":...,"message":...}}}, like every
 * other error of the service: never an HTML page, never an exception's name.
 */
final class JsonErrors extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    byte[] body = json(code).getBytes(UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  // The reason phrase of the status, not Jetty's message: that may quote the request.
  private static String json(int status) {
    String reason = HttpStatus.getMessage(status);
    String type = status == 413 || status == 431 || status == 414 ? "too-large"
        : status >= 500 ? "internal"
        : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    return Requests.errorJson(status == 400 ? "bad-request" : type,
        status + " " + reason);
  }
}
