package org.entente.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.entente.Actor;
import org.entente.ActorKind;
import org.entente.Document;
import org.entente.Extraction;
import org.entente.Result;
import org.entente.SharedExtractor;
import org.entente.Span;
import org.junit.jupiter.api.Test;

/**
 * Who may ask, and what any answer looks like: Host and Origin checks, the bearer token, JSON
 * errors for what Jetty refuses, request ids, metrics, readiness and the batch caps.
 */
class ServiceAccessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Function<Document, Result> EMPTY =
      doc -> Extraction.empty(doc.id(), "en");

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private static ServerConfig loopback() {
    return ServerConfig.defaults().withPort(0).withWorkers(2)
        .withShutdownGrace(Duration.ofSeconds(2));
  }

  private static String get(int port, String host, String path, String... headers) {
    StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String h : headers) {
      r.append(h).append("\r\n");
    }
    return r.append("Connection: close\r\n\r\n").toString();
  }

  private static void assertJsonError(String answer, int status, String type) throws Exception {
    assertEquals(status, RawHttp.status(answer), answer);
    assertTrue(RawHttp.header(answer, "Content-Type").startsWith("application/json"), answer);
    JsonNode error = JSON.readTree(RawHttp.body(answer)).get("error");
    assertNotNull(error, answer);
    if (type != null) {
      assertEquals(type, error.get("type").asText(), answer);
    }
    assertFalse(answer.contains("Exception"), answer);
    assertNull(RawHttp.header(answer, "Access-Control-Allow-Origin"), answer);
  }

  @Test
  void aForeignHostAnAbsoluteUrlAndACrossOriginCallerAreRefused() throws Exception {
    try (ExtractionServer server = ExtractionServer.start(loopback(), EMPTY)) {
      int port = server.port();
      String self = "127.0.0.1:" + port;
      assertEquals(200, RawHttp.status(RawHttp.exchange(port, get(port, self, "/health"))));
      assertEquals(200, RawHttp.status(
          RawHttp.exchange(port, get(port, "localhost:" + port, "/health"))));
      assertEquals(200, RawHttp.status(RawHttp.exchange(port, get(port, "[::1]", "/health"))));

      // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1.
      assertJsonError(RawHttp.exchange(port, get(port, "evil.example:" + port, "/metrics")),
          403, "forbidden-host");
      String rebound = "POST /extract HTTP/1.1\r\nHost: evil.example:" + port + "\r\nContent-Type: "
          + "text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
      assertJsonError(RawHttp.exchange(port, rebound), 403, "forbidden-host");
      // Probes come by the pod's address: /health and /ready answer whatever the Host.
      assertEquals(200, RawHttp.status(
          RawHttp.exchange(port, get(port, "10.1.2.3:" + port, "/ready"))));
      // An absolute URL naming another host: Jetty refuses the mismatch with the Host itself.
      String absolute = RawHttp.exchange(port, get(port, self, "http://evil.example/metrics"));
      assertJsonError(absolute, RawHttp.status(absolute), null);
      assertTrue(List.of(400, 403).contains(RawHttp.status(absolute)), absolute);
      assertJsonError(RawHttp.exchange(port, get(port, "evil.example",
          "http://evil.example/metrics")), 403, "forbidden-host");

      String post = "POST /extract HTTP/1.1\r\nHost: " + self + "\r\nOrigin: http://evil.example"
          + "\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
      assertJsonError(RawHttp.exchange(port, post), 403, "forbidden-origin");
      assertJsonError(RawHttp.exchange(port, post.replace("Origin: http://evil.example",
          "Sec-Fetch-Site: cross-site")), 403, "forbidden-origin");
      assertEquals(200, RawHttp.status(RawHttp.exchange(port,
          post.replace("http://evil.example", "http://" + self))), "same origin");
      // A CORS preflight gets no CORS headers: the browser then sends nothing.
      assertJsonError(RawHttp.exchange(port, get(port, self, "/extract",
          "Origin: http://" + self, "Access-Control-Request-Method: POST")
          .replace("GET", "OPTIONS")), 405, "method-not-allowed");
    }
    ServerConfig named = loopback().withAllowedHosts(List.of("entente.example.org"));
    try (ExtractionServer server = ExtractionServer.start(named, EMPTY)) {
      int port = server.port();
      assertEquals(200, RawHttp.status(
          RawHttp.exchange(port, get(port, "entente.example.org", "/metrics"))));
      assertJsonError(RawHttp.exchange(port, get(port, "127.0.0.1:" + port, "/metrics")),
          403, "forbidden-host");
    }
  }

  @Test
  void whatJettyRefusesIsAnsweredInJsonToo() throws Exception {
    try (ExtractionServer server = ExtractionServer.start(loopback(), EMPTY)) {
      int port = server.port();
      String self = "127.0.0.1:" + port;
      String bad = "POST /extract?id=%zz HTTP/1.1\r\nHost: " + self + "\r\nContent-Type: "
          + "text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
      assertJsonError(RawHttp.exchange(port, bad), 400, "bad-request");
      assertJsonError(RawHttp.exchange(port, bad.replace("?id=%zz", "")
          .replace("Content-Length: 5", "Content-Length: abc")), 400, "bad-request");
      assertJsonError(RawHttp.exchange(port, get(port, self, "/health",
          "X-Big: " + "x".repeat(10_000))), 431, "too-large");
      assertJsonError(RawHttp.exchange(port, "GARBAGE\r\n\r\n"), 400, "bad-request");
      assertJsonError(RawHttp.exchange(port, get(port, self, "/%2e%2e/etc/passwd")), 400, null);
    }
  }

  @Test
  void aConfiguredTokenGuardsExtractionAndMetricsButNotTheProbes() throws Exception {
    try (ExtractionServer server = ExtractionServer.start(
        loopback().withBearerToken("s3cret-token"), EMPTY)) {
      URI extract = URI.create("http://127.0.0.1:" + server.port() + "/extract");
      HttpRequest.Builder post = HttpRequest.newBuilder(extract)
          .POST(BodyPublishers.ofString("Germany backed the plan."));
      HttpResponse<String> none = client.send(post.build(), BodyHandlers.ofString());
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(null));
      // refused with its body unread: the connection is not kept for the next request
      assertEquals("close", none.headers().firstValue("Connection").orElse(null));
      assertEquals(401, client.send(post.copy().header("Authorization", "Bearer s3cret-toke")
          .build(), BodyHandlers.ofString()).statusCode());
      assertEquals(200, client.send(post.copy().header("Authorization", "Bearer s3cret-token")
          .build(), BodyHandlers.ofString()).statusCode());
      for (String probe : List.of("/health", "/ready")) {
        assertEquals(200, client.send(HttpRequest.newBuilder(extract.resolve(probe)).build(),
            BodyHandlers.ofString()).statusCode(), probe);
      }
      assertEquals(401, client.send(HttpRequest.newBuilder(extract.resolve("/metrics")).build(),
          BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void everyAnswerHasARequestIdAndMetricsParseAsPrometheusText() throws Exception {
    try (ExtractionServer server = ExtractionServer.start(loopback(), EMPTY)) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      HttpResponse<String> given = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
          .header("X-Request-Id", "abc-123").POST(BodyPublishers.ofString("x")).build(),
          BodyHandlers.ofString());
      assertEquals("abc-123", given.headers().firstValue("X-Request-Id").orElse(null));
      HttpResponse<String> made = client.send(HttpRequest.newBuilder(base.resolve("/nowhere"))
          .header("X-Request-Id", "no spaces allowed").build(), BodyHandlers.ofString());
      assertEquals(404, made.statusCode());
      assertTrue(made.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"),
          made.headers().map().toString());

      HttpResponse<String> metrics = client.send(
          HttpRequest.newBuilder(base.resolve("/metrics")).build(), BodyHandlers.ofString());
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.headers().firstValue("Content-Type").orElse("")
          .startsWith("text/plain; version=0.0.4"));
      Map<String, Double> samples = PrometheusText.parse(metrics.body());
      assertEquals(1.0, samples.get(
          "entente_http_requests_seconds_count{endpoint=\"/extract\",status=\"200\"}"),
          metrics.body());
      assertEquals(1.0, samples.get(
          "entente_http_requests_seconds_count{endpoint=\"other\",status=\"404\"}"));
      assertEquals(1.0, samples.get("entente_documents_total{outcome=\"extracted\"}"));
      assertEquals(0.0, samples.get("entente_queue_depth"));
      assertTrue(samples.keySet().stream().anyMatch(k -> k.startsWith(
          "entente_http_requests_seconds_bucket{endpoint=\"/extract\",status=\"200\",le=")));
      assertTrue(samples.keySet().stream().anyMatch(k -> k.startsWith("jvm_memory_used_bytes{")
          && k.contains("area=\"heap\"")), "heap");
    }
  }

  @Test
  void readinessFailsWhileNoWorkerIsFreeForLongerThanTheBudget() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Function<Document, Result> deaf = doc -> { // ignores the deadline's interrupt
      while (release.getCount() > 0) {
        try {
          release.await();
        } catch (InterruptedException e) {
          // stuck for good, as a wedged native call would be
        }
      }
      return Extraction.empty(doc.id(), "en");
    };
    ServerConfig config = loopback().withWorkers(1).withTimeBudget(Duration.ofMillis(300));
    try (ExtractionServer server = ExtractionServer.start(config, deaf)) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      HttpRequest ready = HttpRequest.newBuilder(base.resolve("/ready")).build();
      assertEquals(200, client.send(ready, BodyHandlers.ofString()).statusCode());
      HttpResponse<String> late = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
          .POST(BodyPublishers.ofString("x")).build(), BodyHandlers.ofString());
      assertEquals(504, late.statusCode());
      Thread.sleep(100);
      HttpResponse<String> notReady = client.send(ready, BodyHandlers.ofString());
      assertEquals(503, notReady.statusCode());
      assertTrue(notReady.body().startsWith("{\"error\":{\"type\":\"not-ready\""));
      HttpResponse<String> health = client.send(
          HttpRequest.newBuilder(base.resolve("/health")).build(), BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), "alive, though not ready");
      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (client.send(ready, BodyHandlers.ofString()).statusCode() != 200) {
        assertTrue(System.nanoTime() < deadline, "ready again once the worker is free");
        Thread.sleep(20);
      }
    }
  }

  @Test
  void batchAnswersStayUnderTheirCaps() throws Exception {
    Function<Document, Result> real = SharedExtractor.get()::tryExtract;
    try (ExtractionServer server = ExtractionServer.start(loopback(), real)) {
      URI batch = URI.create("http://127.0.0.1:" + server.port() + "/extract/batch");
      byte[] tiny = "a\n".repeat(1 << 20).getBytes(UTF_8); // 2 MiB of one-character lines
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(batch)
          .POST(BodyPublishers.ofByteArray(tiny)).build(), BodyHandlers.ofString());
      assertEquals(413, r.statusCode(), r.body());
      assertTrue(r.body().length() < 200, r.body());

      byte[] thousand = "a\n".repeat(ServerConfig.DEFAULT_MAX_BATCH_LINES).getBytes(UTF_8);
      r = client.send(HttpRequest.newBuilder(batch).POST(BodyPublishers.ofByteArray(thousand))
          .build(), BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      String[] lines = r.body().split("\n");
      assertEquals(1000, lines.length);
      assertTrue(lines[999].length() < 120, "a short error, not a copy: " + lines[999]);
    }
    ServerConfig capped = loopback().withBatchCaps(10, 2_000);
    try (ExtractionServer server = ExtractionServer.start(capped, real)) {
      URI batch = URI.create("http://127.0.0.1:" + server.port() + "/extract/batch");
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        body.append("{\"id\":\"d").append(i).append("\",\"text\":\"Germany and France backed "
            + "the plan, Chancellor Olaf Scholz said in Berlin.\"}\n");
      }
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(batch)
          .POST(BodyPublishers.ofString(body.toString())).build(), BodyHandlers.ofString());
      String[] lines = r.body().split("\n");
      assertEquals(10, lines.length, r.body());
      int extracted = 0;
      int extractedBytes = 0;
      for (String line : lines) {
        JsonNode node = JSON.readTree(line);
        if (node.has("error")) {
          assertEquals("too-large", node.get("error").get("type").asText());
        } else {
          extracted++;
          extractedBytes += line.length() + 1;
        }
      }
      assertTrue(extracted >= 1 && extracted < 10, r.body());
      assertTrue(extractedBytes <= 2_000, "extractions within the cap: " + extractedBytes);
      assertEquals(413, client.send(HttpRequest.newBuilder(batch).POST(BodyPublishers.ofString(
          body + "{\"text\":\"one more\"}\n")).build(), BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void aClientThatNeverReadsIsDisconnectedAndHoldsNoWorker() throws Exception {
    List<Span> many = java.util.Collections.nCopies(300_000, new Span(0, 7, "Germany"));
    Extraction huge = new Extraction("big", "en", List.of(new Actor("DEU", "Germany",
        ActorKind.STATE, null, null, false, many)), List.of(), List.of(), List.of());
    int size = huge.toJson().length(); // some 12 MB: more than the sockets buffer
    Function<Document, Result> work =
        doc -> "big".equals(doc.id()) ? huge : Extraction.empty(doc.id(), "en");
    ServerConfig config = loopback().withWorkers(1).withTimeouts(Duration.ofSeconds(2),
        Duration.ofSeconds(10), Duration.ofSeconds(1));
    try (ExtractionServer server = ExtractionServer.start(config, work);
        java.net.Socket deaf = new java.net.Socket()) {
      deaf.setReceiveBufferSize(4096);
      deaf.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
      deaf.getOutputStream().write(("POST /extract?id=big HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Length: 1\r\n\r\nx").getBytes(UTF_8));
      Thread.sleep(300);
      long t0 = System.nanoTime();
      HttpResponse<String> other = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/extract?id=small"))
          .POST(BodyPublishers.ofString("y")).build(), BodyHandlers.ofString());
      assertEquals(200, other.statusCode(), "the only worker is free");
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
      Thread.sleep(2_000); // past the write timeout
      deaf.setSoTimeout(10_000);
      String got = RawHttp.readAll(deaf.getInputStream());
      assertTrue(got.startsWith("HTTP/1.1 200"), got.substring(0, Math.min(100, got.length())));
      assertTrue(got.length() < size, "cut off: " + got.length() + " of " + size + " bytes");
    }
  }
}
