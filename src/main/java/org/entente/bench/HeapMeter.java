package org.entente.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of a phase: the sum of the heap pools' peak usage (what the heap had to hold,
 * garbage included) and the largest heap left after a collection (what was live).
 */
final class HeapMeter implements AutoCloseable {
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final NotificationListener listener = (n, handback) -> {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
          .mapToLong(MemoryUsage::getUsed).sum();
      peakAfterGc.accumulateAndGet(used, Math::max);
    }
  };

  HeapMeter() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
      }
    }
  }

  /** Sum of the heap pools' peaks since this meter started, in bytes. */
  long peakUsed() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The largest heap in use right after a collection since this meter started, in bytes. */
  long peakLive() {
    return peakAfterGc.get();
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        try {
          e.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException ignored) {
          // never added to this one
        }
      }
    }
  }
}
