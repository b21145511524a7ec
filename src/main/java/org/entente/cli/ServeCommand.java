package org.entente.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.Extractor;
import org.entente.serve.ExtractionServer;
import org.entente.serve.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code serve [--port P] [--host H] [limits]}: the HTTP JSON API until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP JSON API: POST /extract, POST /extract/batch, GET /health. "
        + "Runs until SIGTERM or Ctrl-C, then finishes the requests in flight.")
final class ServeCommand implements Callable<Integer> {
  private static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";

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

  @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Time a client has to send its whole request, body included; slower "
          + "connections are closed (default: ${DEFAULT-VALUE}; whole seconds).")
  Duration readTimeout;

  @Mixin ExtractorOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ServerConfig config;
    try {
      config = new ServerConfig(host, port, maxBody,
          workers != null ? workers : Runtime.getRuntime().availableProcessors(), queue,
          timeout, grace);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    // The JDK server's own guard against clients that trickle a body in and hold a request
    // thread: read once, when the first server is created, so it is set here, before that.
    if (System.getProperty(MAX_REQ_TIME) == null) {
      System.setProperty(MAX_REQ_TIME,
          Long.toString(Math.max(1, (readTimeout.toMillis() + 999) / 1000)));
    }
    Extractor.Builder builder = options.builder().threads(config.workers());
    try (Extractor extractor = builder.build()) {
      ExtractionServer server = ExtractionServer.start(config, extractor);
      // SIGTERM and Ctrl-C run the hooks: stop gracefully before the JVM goes.
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "entente-serve-shutdown"));
      System.out.printf("entente serving on http://%s:%d%n",
          server.address().getHostString(), server.port());
      System.out.flush();
      server.awaitStop();
    }
    return 0;
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
