package org.entente.serve;

import java.util.function.Function;
import org.entente.Document;
import org.entente.Extraction;
import org.entente.Failure;
import org.entente.Result;

/** {@code POST /extract}: one document, answered with its extraction or its failure. */
final class ExtractJob extends Job {
  private final Document doc;

  ExtractJob(Reply reply, Function<Document, Result> work, Document doc) {
    super(reply, work);
    this.doc = doc;
  }

  @Override
  public void run() {
    Result result = extract(doc);
    // A stopped job was (or is being) answered by its stopper.
    if (!stopped() && reply.claim()) {
      reply.send(status(result), result.toJson());
    }
  }

  @Override
  void answerStopped(int status, String type, String message) {
    reply.send(status, new Failure(doc.id(), type, message).toJson());
  }

  /** The status of a result: 422 for a document entente refuses, 504 over time, 500 for a bug. */
  static int status(Result result) {
    if (result instanceof Extraction) {
      return 200;
    }
    return switch (((Failure) result).type()) {
      case "too-large", "invalid-input", "encoding" -> 422;
      case "timeout" -> 504;
      case "shutting-down" -> 503;
      default -> 500;
    };
  }
}
