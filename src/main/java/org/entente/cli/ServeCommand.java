package org.entente.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.Extractor;
import org.entente.serve.ExtractionServer;
import org.entente.serve.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code serve [--port P] [--host H] [limits]}: the HTTP JSON API until SIGTERM or Ctrl-C, which
 * drain the requests in flight and exit 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP JSON API: POST /extract, POST /extract/batch, GET /health, "
        + "GET /ready, GET /metrics. Runs until SIGTERM or Ctrl-C, then finishes the requests "
        + "in flight and exits 0. Run it with -XX:+ExitOnOutOfMemoryError.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--workers", paramLabel = "N",
      description = "Requests extracted at once (default: one per core).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "32",
      description = "Requests that may wait for a worker; beyond, 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "2m",
      converter = SizeConverter.class,
      description = "Largest request body, in bytes or with k/m suffix; beyond, 413 "
          + "(default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
      converter = DurationConverter.class,
      description = "Time budget per request (ms, s or m); beyond, 504 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long a shutdown lets requests in flight finish (default: ${DEFAULT-VALUE}).")
  Duration grace;

  @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Time a client has to send a request's headers, and again its body; "
          + "slower connections are closed (default: ${DEFAULT-VALUE}).")
  Duration readTimeout;

  @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Time a connection may make no progress, reading or writing, before it is "
          + "closed (default: ${DEFAULT-VALUE}).")
  Duration idleTimeout;

  @Option(names = "--write-timeout", paramLabel = "DURATION", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Time a client has to take in an answer; a client that does not read is "
          + "disconnected (default: ${DEFAULT-VALUE}).")
  Duration writeTimeout;

  @Option(names = "--batch-lines", paramLabel = "N", defaultValue = "1000",
      description = "Most lines in a batch; beyond, 413 (default: ${DEFAULT-VALUE}).")
  int batchLines;

  @Option(names = "--batch-answer", paramLabel = "SIZE", defaultValue = "16m",
      converter = SizeConverter.class,
      description = "Most bytes of a batch answer; the lines after get a short too-large error "
          + "line (default: ${DEFAULT-VALUE}).")
  long batchAnswer;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A Host name the server answers for, besides localhost, 127.0.0.1 and "
          + "[::1] (repeatable; * for any). Others get 403.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding a bearer token that /extract, /extract/batch and /metrics "
          + "then require (Authorization: Bearer TOKEN).")
  Path tokenFile;

  @Mixin ExtractorOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ServerConfig config;
    try {
      List<String> hosts = new ArrayList<>(ServerConfig.LOOPBACK_HOSTS);
      hosts.addAll(allowHosts);
      config = new ServerConfig(host, port, maxBody,
          workers != null ? workers : Runtime.getRuntime().availableProcessors(), queue,
          timeout, grace, readTimeout, idleTimeout, writeTimeout, batchLines, batchAnswer,
          hosts, tokenFile == null ? null : token(tokenFile));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    failFast();
    Extractor.Builder builder = options.builder().threads(config.workers());
    try (Extractor extractor = builder.build()) {
      ExtractionServer server = ExtractionServer.start(config, extractor);
      // SIGTERM and Ctrl-C run the hooks: drain, then exit 0, for a drain is the normal end of
      // a service (the JVM's own status after a signal would be 143).
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.stop();
        Runtime.getRuntime().halt(0);
      }, "entente-serve-shutdown"));
      System.out.printf("entente serving on http://%s:%d%n",
          server.address().getHostString(), server.port());
      System.out.flush();
      server.awaitStop();
    }
    return 0;
  }

  private String token(Path file) {
    try {
      String token = Files.readString(file).strip();
      if (token.isEmpty() || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
        throw new ParameterException(spec.commandLine(),
            "--token-file " + file + ": one token of printable ASCII is expected");
      }
      return token;
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(),
          "--token-file " + file + ": " + e.getMessage());
    }
  }

  /**
   * A JVM out of memory should stop, so that its supervisor restarts it, rather than limp on
   * with workers dying: an error of the whole JVM on any thread halts it (exit 3, as {@code
   * -XX:+ExitOnOutOfMemoryError} does), and a missing flag is warned about.
   */
  private static void failFast() {
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        log.error("{} on thread {}: halting", e, t.getName());
        Runtime.getRuntime().halt(3);
      }
      log.error("uncaught on thread {}", t.getName(), e);
    });
    try {
      var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (hotspot != null
          && !hotspot.getVMOption("ExitOnOutOfMemoryError").getValue().equals("true")
          && !hotspot.getVMOption("CrashOnOutOfMemoryError").getValue().equals("true")) {
        log.warn("run serve with -XX:+ExitOnOutOfMemoryError, so that a JVM out of memory "
            + "exits and is restarted");
      }
    } catch (IllegalArgumentException e) {
      // not HotSpot: nothing to check
    }
  }

  /** Sizes such as {@code 1048576}, {@code 512k}, {@code 2m} (binary units). */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("not a size: " + value + " (e.g. 2m, 512k, 65536)");
      }
      int shift = switch (m.group(2)) {
        case "k" -> 10;
        case "m" -> 20;
        case "g" -> 30;
        default -> 0;
      };
      try {
        long n = Long.parseLong(m.group(1));
        if (n > (Long.MAX_VALUE >> shift)) {
          throw new TypeConversionException("size too large: " + value);
        }
        return n << shift;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("size too large: " + value);
      }
    }
  }

  /** Durations such as {@code 500ms}, {@code 60s}, {@code 2m}; a bare number is seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("not a duration: " + value + " (e.g. 500ms, 60s, 2m)");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
