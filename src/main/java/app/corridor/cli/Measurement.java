package app.corridor.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** What {@code -v} prints: the time since a command started and the peak heap. */
final class Measurement {

    private final long started = System.nanoTime();

    /** "Took 1.23 s; peak heap 345 MB (max 4096 MB)". */
    String summary() {
        return String.format(Locale.ROOT, "Took %.2f s; peak heap %.0f MB (max %.0f MB)",
                (System.nanoTime() - started) / 1e9, peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Sum of the heap pools' peak use: an upper bound of the process's peak heap. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
