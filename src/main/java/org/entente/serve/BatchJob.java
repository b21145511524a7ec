package org.entente.serve;

import java.util.List;
import java.util.function.Function;
import org.entente.Document;
import org.entente.Failure;
import org.entente.Result;

/**
 * {@code POST /extract/batch}: answered 200 once it starts, then streams exactly one JSON line
 * per input line, in order. Lines not done when the job is stopped get a failure line each; once
 * the answer holds its cap of bytes, the lines after get a short {@code too-large} line each.
 */
final class BatchJob extends Job {
  private final List<Requests.BatchLine> lines;
  private final long maxAnswerBytes;

  BatchJob(Reply reply, Function<Document, Result> work, List<Requests.BatchLine> lines,
      long maxAnswerBytes) {
    super(reply, work);
    this.lines = lines;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  @Override
  public void run() {
    if (!reply.claim()) {
      return; // stopped while it waited in the queue, and answered then
    }
    Reply.Lines out = reply.stream(200, Reply.NDJSON);
    for (Requests.BatchLine line : lines) {
      if (out.failed()) {
        return; // the client is gone or does not read: the other lines are not extracted
      }
      Result r = line.failure() != null ? line.failure()
          : reply.bytes() >= maxAnswerBytes ? null : extract(line.document());
      String json = r == null ? null : r.toJson();
      if (json == null || reply.bytes() + json.length() + 1 > maxAnswerBytes) {
        String id = line.document() != null ? line.document().id() : line.failure().id();
        json = new Failure(id, "too-large",
            "the batch answer reached its cap of " + maxAnswerBytes + " bytes").toJson();
      }
      out.add(json);
    }
    out.end();
  }

  @Override
  void answerStopped(int status, String type, String message) {
    reply.send(status, Requests.errorJson(type, message));
  }
}
