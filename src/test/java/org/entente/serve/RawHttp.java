package org.entente.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Requests written byte for byte, for what java.net.http will not send (Host, bad headers). */
final class RawHttp {
  private RawHttp() {}

  /**
   * Sends {@code request} (CRLF line ends; it should ask {@code Connection: close}) and returns
   * the whole answer, status line first.
   */
  static String exchange(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(ISO_8859_1));
      s.getOutputStream().flush();
      return readAll(s.getInputStream());
    }
  }

  static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) != -1) {
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new IOException("no end of answer within the timeout: " + out.toString(ISO_8859_1));
    } catch (IOException e) {
      // reset after the answer: what was read is the answer
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  static int status(String answer) {
    return Integer.parseInt(answer.substring(9, 12));
  }

  static String body(String answer) {
    int i = answer.indexOf("\r\n\r\n");
    return i < 0 ? "" : answer.substring(i + 4);
  }

  /** The value of header {@code name} in {@code answer}, or null. */
  static String header(String answer, String name) {
    for (String line : answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }
}
