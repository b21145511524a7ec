package org.entente.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections that take longer than the read timeout to send a request's headers. The idle
 * timeout alone cannot: a client that sends a byte a second is never idle. A connection counts as
 * sending headers from the first sweep that sees new bytes on it while no request of it is being
 * handled; bodies have their own timeout, in {@link Bodies}.
 */
final class ReadDeadlines implements Connection.Listener {
  private static final Logger log = LoggerFactory.getLogger(ReadDeadlines.class);

  private final Map<Connection, State> open = new ConcurrentHashMap<>();
  private final long timeoutNanos;

  ReadDeadlines(Duration timeout) {
    this.timeoutNanos = timeout.toNanos();
  }

  /** How often {@link #sweep()} should run: a fraction of the timeout, 50 ms to 1 s. */
  static Duration period(Duration timeout) {
    return Duration.ofMillis(Math.max(50, Math.min(1000, timeout.toMillis() / 4)));
  }

  private static final class State {
    volatile boolean handling;
    volatile long bytesWhenIdle;
    volatile long sendingSince; // 0: not sending a request
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new State());
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  /** A request of {@code connection} has its headers and is being handled. */
  void handling(Connection connection) {
    State s = open.get(connection);
    if (s != null) {
      s.handling = true;
    }
  }

  /** The request being handled on {@code connection} is answered. */
  void answered(Connection connection) {
    State s = open.get(connection);
    if (s != null) {
      s.bytesWhenIdle = Math.max(0, connection.getBytesIn());
      s.sendingSince = 0;
      s.handling = false;
    }
  }

  /** Closes the connections whose headers are overdue. */
  void sweep() {
    long now = System.nanoTime();
    open.forEach((connection, s) -> {
      if (s.handling) {
        return;
      }
      if (connection.getBytesIn() <= s.bytesWhenIdle) {
        s.sendingSince = 0;
      } else if (s.sendingSince == 0) {
        s.sendingSince = now;
      } else if (now - s.sendingSince > timeoutNanos) {
        log.debug("closing {}: request headers not sent within the read timeout",
            connection.getEndPoint().getRemoteSocketAddress());
        connection.getEndPoint().close();
      }
    });
  }

  int open() {
    return open.size();
  }
}
