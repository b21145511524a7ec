package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Request bodies: read without holding a thread while the client is slow, within a size limit and
 * a read timeout, and decoded as strict UTF-8.
 */
final class Bodies {
  private Bodies() {}

  /**
   * The body's bytes, or an {@link HttpError}: 413 when it is over {@code limit} (judged on
   * Content-Length first, then on the bytes read, so at most {@code limit} bytes are ever held),
   * 408 when it has not all arrived within {@code timeout}.
   */
  static CompletableFuture<byte[]> read(Request request, long limit, Duration timeout,
      ScheduledExecutorService timers) {
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    long declared = request.getLength();
    if (declared > limit) {
      body.completeExceptionally(HttpError.tooLarge(limit));
      return body;
    }
    var timer = timers.schedule(
        () -> body.completeExceptionally(HttpError.readTimeout(timeout.toMillis())),
        timeout.toNanos(), TimeUnit.NANOSECONDS);
    body.whenComplete((b, x) -> timer.cancel(false));
    new Reader(request, limit, declared, body).run();
    return body;
  }

  /** Reads what has arrived, then asks Jetty to call it again when there is more. */
  private static final class Reader implements Runnable {
    private final Request request;
    private final long limit;
    private final CompletableFuture<byte[]> body;
    private final ByteArrayOutputStream out;
    private long total;

    Reader(Request request, long limit, long declared, CompletableFuture<byte[]> body) {
      this.request = request;
      this.limit = limit;
      this.body = body;
      this.out = new ByteArrayOutputStream((int) Math.max(16, Math.min(declared, 64 * 1024)));
    }

    @Override
    public void run() {
      while (!body.isDone()) { // done early: timed out, and the connection is being closed
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          body.completeExceptionally(chunk.getFailure());
          return;
        }
        ByteBuffer b = chunk.getByteBuffer();
        total += b.remaining();
        if (total > limit) {
          chunk.release();
          body.completeExceptionally(HttpError.tooLarge(limit));
          return;
        }
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        out.write(bytes, 0, bytes.length);
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          body.complete(out.toByteArray());
          return;
        }
      }
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
