package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.entente.Document;
import org.entente.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /extract/batch}: answered 200 once it starts, then streams exactly one JSON line
 * per input line, in order. Lines not done when the job is stopped get a failure line each.
 */
final class BatchJob extends Job {
  private static final Logger log = LoggerFactory.getLogger(BatchJob.class);

  private final List<Requests.BatchLine> lines;

  BatchJob(Reply reply, Function<Document, Result> work, List<Requests.BatchLine> lines) {
    super(reply, work);
    this.lines = lines;
  }

  @Override
  public void run() {
    if (!reply.claim()) {
      return; // stopped while it waited in the queue, and answered then
    }
    try (OutputStream out = reply.stream(200, Reply.NDJSON)) {
      for (Requests.BatchLine line : lines) {
        Result r = line.failure() != null ? line.failure() : extract(line.document());
        out.write(r.toJson().getBytes(UTF_8));
        out.write('\n');
        out.flush();
      }
    } catch (IOException e) {
      // The client went away: nobody is left to read the other lines, so they are not extracted.
      log.debug("batch client gone: {}", e.toString());
    } finally {
      reply.finish();
    }
  }

  @Override
  void answerStopped(int status, String type, String message) {
    reply.send(status, Requests.errorJson(type, message));
  }
}
