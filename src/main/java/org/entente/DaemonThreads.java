package org.entente;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads entente starts, the extractor's and the service's: daemons (they never keep a host
 * JVM alive) in the JVM's top thread group rather than the caller's. A host may wait for every
 * thread of its own group: JShell runs each snippet in one group and joins all its threads before
 * the next snippet, so a timer or pool thread started by a snippet's first {@code extract} would
 * block the session for good. Public for the service ({@code org.entente.serve}), which may use
 * only this package's public API; not meant for library users.
 */
public final class DaemonThreads {
  private DaemonThreads() {
  }

  /**
   * A factory of such threads.
   *
   * @param name the threads' name; numbered from 1 ({@code name-1}, ...) when {@code numbered}
   * @param numbered whether each thread gets a number
   * @return a factory of daemon threads in the top thread group
   */
  public static ThreadFactory factory(String name, boolean numbered) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(topGroup(), r, numbered ? name + "-" + n.incrementAndGet() : name);
      t.setDaemon(true);
      return t;
    };
  }

  static ThreadGroup topGroup() {
    ThreadGroup g = Thread.currentThread().getThreadGroup();
    while (g.getParent() != null) {
      g = g.getParent();
    }
    return g;
  }
}
