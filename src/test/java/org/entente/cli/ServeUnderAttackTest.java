package org.entente.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code extract} as an operator runs them, in their own JVM with {@code -Xmx2g
 * -XX:+ExitOnOutOfMemoryError}: slow and non-reading clients, over-long words, a batch of
 * one-character lines, foreign pages; then SIGTERM, a drain and exit 0.
 */
class ServeUnderAttackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Japan signed a defence pact with Australia on Tuesday, "
      + "and the two governments said that it would be followed by more talks in Canberra.\n";
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  /** Letters without a short cycle, as one word. */
  static String word(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + (i * 7 + i / 26) % 26));
    }
    return b.toString();
  }

  private static ProcessBuilder java(Path log, String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-XX:+ExitOnOutOfMemoryError",
        "-Dorg.slf4j.simpleLogger.log.org.entente.serve.access=info",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(log.toFile());
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theCliGivesOneLinePerFileWhenOneHoldsAHugeWord() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), ARTICLE);
    Files.writeString(in.resolve("b.txt"), ARTICLE + word(35_000) + "\n" + ARTICLE);
    Files.writeString(in.resolve("c.txt"), "NATO allies met in Brussels on Monday.\n");
    Files.writeString(in.resolve("d.txt"), ARTICLE + word(1_000_000) + "\n" + ARTICLE);
    Files.writeString(in.resolve("e.txt"), "Germany and France backed the new sanctions.\n");
    Path out = dir.resolve("out.jsonl");
    Process p = java(dir.resolve("extract.log"), "extract", "--out", out.toString(),
        in.toString()).redirectOutput(dir.resolve("extract.out").toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "extract finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("extract.log")));
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertEquals(5, lines.size());
    for (int i = 0; i < 5; i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      assertEquals((char) ('a' + i) + ".txt", line.get("id").asText());
      assertEquals("en", line.get("language").asText(), lines.get(i));
    }
    assertTrue(lines.get(3).contains("\"id\":\"JPN\""), "the text around the word is read");
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void badClientsAndBadInputDoNotStopTheService() throws Exception {
    Path log = dir.resolve("serve.log");
    Process server = java(log, "serve", "--port", "0", "--workers", "2",
        "--read-timeout", READ_TIMEOUT.toMillis() + "ms", "--idle-timeout", "4s",
        "--write-timeout", "2s", "--grace", "5s").start();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "attacker");
      t.setDaemon(true);
      return t;
    });
    try {
      int port = awaitPort(server);
      URI base = URI.create("http://127.0.0.1:" + port);
      // A fresh JVM's first extraction takes seconds (JIT, lazily loaded models): warm it up, as
      // a load balancer would before sending traffic, so the probes below time the attack only.
      for (int i = 0; i < 2; i++) {
        assertEquals(200, client.send(HttpRequest.newBuilder(base.resolve("/extract"))
            .POST(BodyPublishers.ofString(ARTICLE)).build(), BodyHandlers.ofString())
            .statusCode());
      }
      attack(base, port, threads);
      longWords(base);
      accessRules(base, port);
      long t0 = System.nanoTime();
      server.destroy(); // SIGTERM
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "drained and exited");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(0, server.exitValue(), "a clean drain exits 0");
      assertTrue(ms < 5_000 + 1_000, "within the grace period: " + ms + " ms");
      String stderr = Files.readString(log);
      assertTrue(Pattern.compile("[0-9a-f]{16} 127\\.0\\.0\\.1 \"GET /health\" 200 ")
          .matcher(stderr).find(), "an access log line with its request id");
    } finally {
      threads.shutdownNow();
      server.destroyForcibly();
    }
  }

  private int awaitPort(Process server) throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(server.getInputStream(), UTF_8))) {
        String line;
        Pattern serving = Pattern.compile("entente serving on http://[^:]+:(\\d+)");
        while ((line = r.readLine()) != null) {
          Matcher m = serving.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
        port.completeExceptionally(new IOException("serve exited: " + server.waitFor()));
      } catch (Exception e) {
        port.completeExceptionally(e);
      }
    }, "serve-stdout");
    reader.setDaemon(true);
    reader.start();
    return port.get(150, TimeUnit.SECONDS);
  }

  /** Reads until the server closes the connection; returns what came, or null if it never did. */
  private static CompletableFuture<String> untilClosed(Socket s, ExecutorService threads) {
    return CompletableFuture.supplyAsync(() -> {
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      try {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) != -1) {
          got.write(buf, 0, n);
        }
      } catch (IOException e) {
        // reset by the server: closed all the same
      }
      return got.toString(ISO_8859_1);
    }, threads);
  }

  private void attack(URI base, int port, ExecutorService threads) throws Exception {
    long t0 = System.nanoTime();
    List<Socket> sockets = new ArrayList<>();
    List<CompletableFuture<String>> slowHeaders = new ArrayList<>();
    // 60 clients sending headers a byte a second: 200 bytes would take them over 3 minutes.
    byte[] header = ("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "s".repeat(150)
        + "\r\n\r\n").getBytes(ISO_8859_1);
    for (int i = 0; i < 60; i++) {
      Socket s = new Socket("127.0.0.1", port);
      sockets.add(s);
      slowHeaders.add(untilClosed(s, threads));
    }
    Map<Socket, Integer> sent = new ConcurrentHashMap<>();
    var trickle = Executors.newSingleThreadScheduledExecutor();
    trickle.scheduleAtFixedRate(() -> {
      for (Socket s : sockets.subList(0, 60)) {
        int k = sent.merge(s, 1, Integer::sum) - 1;
        try {
          if (k < header.length) {
            s.getOutputStream().write(header[k]);
          }
        } catch (IOException e) {
          // closed by the server
        }
      }
    }, 0, 1, TimeUnit.SECONDS);

    // Four stalled bodies: two declare a megabyte and send 100 bytes, two chunked never end.
    List<CompletableFuture<String>> stalled = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Socket s = new Socket("127.0.0.1", port);
      sockets.add(s);
      String head = "POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
          + (i < 2 ? "Content-Length: 1000000\r\n\r\n" + "x".repeat(100)
              : "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
      s.getOutputStream().write(head.getBytes(ISO_8859_1));
      stalled.add(untilClosed(s, threads));
    }

    // Two clients that never read: an extraction, then 300 pipelined metrics pages.
    for (int i = 0; i < 2; i++) {
      Socket s = new Socket();
      s.setReceiveBufferSize(4096);
      s.connect(new InetSocketAddress("127.0.0.1", port));
      byte[] text = ARTICLE.getBytes(UTF_8);
      StringBuilder pipeline = new StringBuilder("POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: text/plain\r\nContent-Length: " + text.length + "\r\n\r\n" + ARTICLE);
      pipeline.append("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(300));
      OutputStream os = s.getOutputStream();
      threads.submit(() -> {
        os.write(pipeline.toString().getBytes(UTF_8));
        return null;
      });
      sockets.add(s);
    }

    // Meanwhile, /health and /extract answer within 5 s, again and again.
    long worst = 0;
    while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(7)) {
      long a = System.nanoTime();
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/health"))
          .timeout(Duration.ofSeconds(5)).build(), BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      HttpResponse<String> x = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
          .timeout(Duration.ofSeconds(5)).POST(BodyPublishers.ofString(ARTICLE)).build(),
          BodyHandlers.ofString());
      assertEquals(200, x.statusCode(), x.body());
      assertTrue(x.body().contains("\"id\":\"JPN\""), x.body());
      worst = Math.max(worst, System.nanoTime() - a);
      Thread.sleep(250);
    }
    assertTrue(worst < TimeUnit.SECONDS.toNanos(5), "slowest probe " + worst / 1_000_000 + " ms");

    // The server's read timeout has closed every slow connection (well before its bytes ran out).
    for (CompletableFuture<String> f : slowHeaders) {
      String got = f.get(5, TimeUnit.SECONDS);
      assertTrue(got.isEmpty() || got.startsWith("HTTP/1.1 408"), got);
    }
    for (CompletableFuture<String> f : stalled) {
      String got = f.get(5, TimeUnit.SECONDS);
      assertTrue(got.startsWith("HTTP/1.1 408"), "a stalled body gets 408: " + got);
    }
    // The clients that never read held no worker (the probes above were answered); that the
    // write timeout disconnects them once the socket buffers are full is shown, with one worker
    // and one huge answer, by ServiceAccessTest.aClientThatNeverReadsIsDisconnectedAndHoldsNoWorker.
    trickle.shutdownNow();
    for (Socket s : sockets) {
      s.close();
    }
  }

  private void longWords(URI base) throws Exception {
    for (int length : new int[] {35_000, 1_000_000}) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
          .timeout(Duration.ofSeconds(60))
          .POST(BodyPublishers.ofString(ARTICLE + word(length) + "\n" + ARTICLE)).build(),
          BodyHandlers.ofString());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
      assertTrue(r.body().contains("\"id\":\"JPN\""), "the text around the word is read");
      t0 = System.nanoTime();
      HttpResponse<String> next = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
          .timeout(Duration.ofSeconds(5)).POST(BodyPublishers.ofString(ARTICLE)).build(),
          BodyHandlers.ofString());
      assertEquals(200, next.statusCode());
      System.out.printf("word of %d characters: %d ms; the next article: %d ms%n", length, ms,
          (System.nanoTime() - t0) / 1_000_000);
    }
  }

  private void accessRules(URI base, int port) throws Exception {
    byte[] tiny = "a\n".repeat(1 << 20).getBytes(UTF_8);
    HttpResponse<String> batch = client.send(HttpRequest.newBuilder(base.resolve(
        "/extract/batch")).POST(BodyPublishers.ofByteArray(tiny)).build(),
        BodyHandlers.ofString());
    assertEquals(413, batch.statusCode());
    assertTrue(batch.body().length() < 200, batch.body());

    HttpResponse<String> crossOrigin = client.send(HttpRequest.newBuilder(
        base.resolve("/extract")).header("Content-Type", "text/plain")
        .header("Origin", "http://evil.example").POST(BodyPublishers.ofString(ARTICLE)).build(),
        BodyHandlers.ofString());
    assertEquals(403, crossOrigin.statusCode());
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(("GET /metrics HTTP/1.1\r\nHost: evil.example:" + port
          + "\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
      String got = untilClosed(s, Executors.newSingleThreadExecutor()).get(10, TimeUnit.SECONDS);
      assertTrue(got.startsWith("HTTP/1.1 403"), got);
    }
    HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics"))
        .build(), BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode());
    Map<String, Double> samples = org.entente.serve.PrometheusTextAccess.parse(metrics.body());
    assertTrue(samples.get(
        "entente_http_requests_seconds_count{endpoint=\"/extract\",status=\"200\"}") >= 10);
  }
}
