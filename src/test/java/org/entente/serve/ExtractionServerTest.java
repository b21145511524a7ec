package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.entente.Document;
import org.entente.Extractor;
import org.entente.Failure;
import org.entente.Result;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service over real HTTP: every request answered with the right status, every good one with
 * exactly the library's extraction; the queue, time budget and shutdown limits.
 */
class ExtractionServerTest {
  private static final String[] TEXTS = {
    "Germany and France backed the new sanctions on Tuesday.",
    "Japan signed a defence pact with Australia, Prime Minister Fumio Kishida said.",
    "NATO allies met in Brussels to discuss more support for Ukraine.",
    "\"We will not accept this,\" the Chinese foreign ministry said.",
    "India welcomed the agreement reached by Brazil and South Africa.",
    "Die Regierung in Berlin hat heute über den Haushalt abgestimmt.",
  };

  private static final Extractor extractor = SharedExtractor.get();
  private static final List<String> plainExpected = new ArrayList<>();
  private static final List<String> jsonExpected = new ArrayList<>();

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @BeforeAll
  static void expectations() {
    for (int k = 0; k < TEXTS.length; k++) {
      plainExpected.add(extractor.extract(TEXTS[k]).toJson());
      jsonExpected.add(extractor.extract("t" + k, TEXTS[k]).toJson());
    }
  }

  private static ServerConfig loopback() {
    return ServerConfig.defaults().withPort(0).withWorkers(2).withQueueCapacity(64)
        .withMaxBodyBytes(8 * 1024).withShutdownGrace(Duration.ofSeconds(10));
  }

  @Test
  void fiveHundredMixedRequestsFromSixteenClientsAreEachAnsweredRightly() throws Exception {
    ExtractionServer server = ExtractionServer.start(loopback(), extractor);
    ExecutorService clients = Executors.newFixedThreadPool(16);
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicInteger answered = new AtomicInteger();
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        int first = c;
        all.add(CompletableFuture.runAsync(() -> {
          for (int i = first; i < 500; i += 16) {
            try {
              String problem = exchange(server.port(), i);
              answered.incrementAndGet();
              if (problem != null) {
                wrong.add("request " + i + ": " + problem);
              }
            } catch (IOException | InterruptedException e) {
              wrong.add("request " + i + " unanswered: " + e);
            }
          }
        }, clients));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    } finally {
      clients.shutdownNow();
      server.stop();
    }
    assertEquals(List.of(), List.copyOf(wrong));
    assertEquals(500, answered.get());
  }

  /** Sends request {@code i} of the mix and returns what is wrong with its answer, or null. */
  private String exchange(int port, int i) throws IOException, InterruptedException {
    int k = i % TEXTS.length;
    String text = TEXTS[k];
    byte[] big = "Paris. ".repeat(2000).getBytes(UTF_8); // 14 kB, over the 8 kB limit
    HttpResponse<String> r;
    switch (i % 10) {
      case 0 -> {
        r = post(port, "/extract", "text/plain; charset=utf-8", BodyPublishers.ofString(text));
        return check(r, 200, plainExpected.get(k));
      }
      case 1 -> {
        r = post(port, "/extract", "application/json", BodyPublishers.ofString(json("t" + k, text)));
        return check(r, 200, jsonExpected.get(k));
      }
      case 2 -> {
        r = post(port, "/extract", "text/plain", BodyPublishers.ofByteArray(big));
        return checkError(r, 413, "too-large");
      }
      case 3 -> {
        r = post(port, "/extract", "application/json",
            BodyPublishers.ofString("{\"id\": \"x\", \"text\": "));
        return checkError(r, 400, "bad-request");
      }
      case 4 -> {
        r = post(port, "/extract", "application/json", BodyPublishers.ofString("{\"id\": \"x\"}"));
        return checkError(r, 400, "bad-request");
      }
      case 5 -> {
        r = client.send(request(port, "/extract").GET().build(), BodyHandlers.ofString());
        String problem = checkError(r, 405, "method-not-allowed");
        return problem != null ? problem
            : r.headers().firstValue("Allow").orElse("").equals("POST") ? null : "no Allow: POST";
      }
      case 6 -> {
        int k2 = (k + 1) % TEXTS.length;
        String body = json("t" + k, text) + "\n{not json}\n" + json("t" + k2, TEXTS[k2]) + "\n";
        r = post(port, "/extract/batch", "application/x-ndjson", BodyPublishers.ofString(body));
        String error = "{\"id\":null,\"error\":{\"type\":\"bad-request\",\"message\":";
        String[] lines = r.body().split("\n", -1);
        if (r.statusCode() != 200 || lines.length != 4 || !lines[3].isEmpty()) {
          return "batch: " + r.statusCode() + " " + r.body();
        }
        if (!lines[0].equals(jsonExpected.get(k)) || !lines[1].startsWith(error)
            || !lines[2].equals(jsonExpected.get(k2))) {
          return "batch lines wrong: " + r.body();
        }
        return null;
      }
      case 7 -> {
        if (i % 20 == 7) {
          r = client.send(request(port, "/health").GET().build(), BodyHandlers.ofString());
          return r.statusCode() == 200 && r.body().startsWith("{\"status\":\"ok\"")
              ? null : "health: " + r.statusCode() + " " + r.body();
        }
        r = client.send(request(port, "/etc/passwd").GET().build(), BodyHandlers.ofString());
        return checkError(r, 404, "not-found");
      }
      case 8 -> {
        byte[] latin1 = "Gr\u00fc\u00dfe aus M\u00fcnchen.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        r = post(port, "/extract", "text/plain", BodyPublishers.ofByteArray(latin1));
        return checkError(r, 400, "encoding");
      }
      default -> {
        // No Content-Length: chunked, so the limit must hold while reading.
        r = post(port, "/extract", "text/plain",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        return checkError(r, 413, "too-large");
      }
    }
  }

  private HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofMinutes(2));
  }

  private HttpResponse<String> post(int port, String path, String type, BodyPublisher body)
      throws IOException, InterruptedException {
    return client.send(request(port, path).header("Content-Type", type).POST(body).build(),
        BodyHandlers.ofString());
  }

  private static String json(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
  }

  private static String check(HttpResponse<String> r, int status, String body) {
    return r.statusCode() == status && r.body().equals(body)
        ? null : "expected " + status + " " + body + ", got " + r.statusCode() + " " + r.body();
  }

  private static String checkError(HttpResponse<String> r, int status, String type) {
    return r.statusCode() == status && r.body().startsWith("{\"error\":{\"type\":\"" + type + "\"")
        ? null : "expected " + status + " " + type + ", got " + r.statusCode() + " " + r.body();
  }

  @Test
  void aFullQueueAnswers503WithRetryAfterAndTheQueuedRequestsStillSucceed() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<Document, Result> slow = doc -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        return new Failure(doc.id(), "interrupted", "interrupted");
      }
      return extractor.tryExtract(doc);
    };
    ServerConfig config = loopback().withWorkers(1).withQueueCapacity(1);
    try (ExtractionServer server = ExtractionServer.start(config, slow)) {
      int port = server.port();
      var running = client.sendAsync(textRequest(port, TEXTS[0]), BodyHandlers.ofString());
      assertTrue(started.await(30, TimeUnit.SECONDS));
      var queued = client.sendAsync(textRequest(port, TEXTS[1]), BodyHandlers.ofString());
      awaitHealth(port, "\"queued\":1");

      HttpResponse<String> refused = client.send(textRequest(port, TEXTS[2]),
          BodyHandlers.ofString());
      assertEquals(503, refused.statusCode());
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
      assertTrue(refused.body().startsWith("{\"error\":{\"type\":\"overloaded\""), refused.body());

      release.countDown();
      assertEquals(plainExpected.get(0), running.get(60, TimeUnit.SECONDS).body());
      assertEquals(plainExpected.get(1), queued.get(60, TimeUnit.SECONDS).body());
    }
  }

  private HttpRequest textRequest(int port, String text) {
    return request(port, "/extract").header("Content-Type", "text/plain")
        .POST(BodyPublishers.ofString(text)).build();
  }

  private void awaitHealth(int port, String fragment) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String last = "";
    while (System.nanoTime() < deadline) {
      last = client.send(request(port, "/health").GET().build(), BodyHandlers.ofString()).body();
      if (last.contains(fragment)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("health never showed " + fragment + ": " + last);
  }

  @Test
  void aTinyTimeBudgetAnswers504WithTheDocumentsId() throws Exception {
    ServerConfig config = loopback().withTimeBudget(Duration.ofMillis(1));
    try (ExtractionServer server = ExtractionServer.start(config, extractor)) {
      HttpResponse<String> r = client.send(request(server.port(), "/extract")
          .header("Content-Type", "application/json")
          .POST(BodyPublishers.ofString(json("late", TEXTS[1]))).build(), BodyHandlers.ofString());
      assertEquals(504, r.statusCode());
      assertTrue(r.body().startsWith("{\"id\":\"late\",\"error\":{\"type\":\"timeout\""), r.body());
    }
  }

  @Test
  void overTheBudgetTheWorkIsInterruptedAndBatchLinesTimeOutInPlace() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Function<Document, Result> stuck = doc -> {
      try {
        Thread.sleep(60_000);
        return extractor.tryExtract(doc);
      } catch (InterruptedException e) {
        interrupted.countDown();
        return new Failure(doc.id(), "internal", "interrupted");
      }
    };
    ServerConfig config = loopback().withTimeBudget(Duration.ofMillis(300));
    try (ExtractionServer server = ExtractionServer.start(config, stuck)) {
      HttpResponse<String> r = client.send(textRequest(server.port(), TEXTS[0]),
          BodyHandlers.ofString());
      assertEquals(504, r.statusCode());
      assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the stuck extraction was interrupted");

      String body = json("a", TEXTS[0]) + "\n" + json("b", TEXTS[1]) + "\n";
      HttpResponse<String> batch = client.send(request(server.port(), "/extract/batch")
          .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
      assertEquals(200, batch.statusCode());
      String[] lines = batch.body().split("\n");
      assertEquals(2, lines.length, batch.body());
      assertTrue(lines[0].startsWith("{\"id\":\"a\",\"error\":{\"type\":\"timeout\""), lines[0]);
      assertTrue(lines[1].startsWith("{\"id\":\"b\",\"error\":{\"type\":\"timeout\""), lines[1]);
    }
  }

  @Test
  void shutdownFinishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Function<Document, Result> slowish = doc -> {
      started.countDown();
      try {
        Thread.sleep(700);
      } catch (InterruptedException e) {
        return new Failure(doc.id(), "internal", "interrupted");
      }
      return extractor.tryExtract(doc);
    };
    ExtractionServer server = ExtractionServer.start(loopback(), slowish);
    int port = server.port();
    var inFlight = client.sendAsync(textRequest(port, TEXTS[2]), BodyHandlers.ofString());
    assertTrue(started.await(30, TimeUnit.SECONDS));

    long t0 = System.nanoTime();
    Thread stopper = new Thread(server::stop);
    stopper.start();
    while (!stopperHasBegun(port)) {
      Thread.sleep(5);
    }
    HttpResponse<String> done = inFlight.get(60, TimeUnit.SECONDS);
    assertEquals(200, done.statusCode());
    assertEquals(plainExpected.get(2), done.body());
    stopper.join(30_000);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stopped within its grace: " + took);
  }

  // A new request is refused (connection refused, or 503 shutting-down) once stop() has begun.
  private boolean stopperHasBegun(int port) throws InterruptedException {
    try {
      HttpResponse<String> r = client.send(request(port, "/health").GET().build(),
          BodyHandlers.ofString());
      if (r.statusCode() == 503) {
        assertTrue(r.body().startsWith("{\"error\":{\"type\":\"shutting-down\""), r.body());
        return true;
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void requestsStillRunningWhenTheGraceEndsAreAnswered503() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Function<Document, Result> stuck = doc -> {
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        return new Failure(doc.id(), "internal", "interrupted");
      }
      return extractor.tryExtract(doc);
    };
    ExtractionServer server = ExtractionServer.start(
        loopback().withShutdownGrace(Duration.ofMillis(200)), stuck);
    var inFlight = client.sendAsync(request(server.port(), "/extract?id=slow")
        .POST(BodyPublishers.ofString(TEXTS[0])).build(), BodyHandlers.ofString());
    assertTrue(started.await(30, TimeUnit.SECONDS));
    server.stop();
    HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
    assertEquals(503, r.statusCode());
    assertTrue(r.body().startsWith("{\"id\":\"slow\",\"error\":{\"type\":\"shutting-down\""),
        r.body());
  }
}
