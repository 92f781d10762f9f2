package app.corridor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Gives the operating system back the memory a large load left committed. Reading or building
 * the store of 100,000 events makes gigabytes of short-lived objects; the collector grows the heap
 * to keep up (2.2 GB committed for 0.3 GB kept) and, left alone, keeps it while the app sits
 * idle. One collection once the data is in returns it (the heap then stays within the launchers'
 * {@code -XX:MaxHeapFreeRatio}). The launchers also set {@code -XX:+ExplicitGCInvokesConcurrent},
 * so that collection runs beside the app instead of pausing it; it runs on a thread of its own,
 * which it holds until done.
 */
public final class HeapTrim {

    private static final Logger LOG = Logger.getLogger(HeapTrim.class.getName());
    /** Below this much committed beyond twice what is used, there is nothing worth giving back. */
    static final long SLACK = 256L << 20;

    private HeapTrim() {
    }

    /**
     * Trims the heap when much more is committed than used: both the look and the collection on a
     * thread of its own (the first look loads the management classes, which a start need not wait for).
     */
    public static void afterLoad() {
        afterLoad(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage(), System::gc);
    }

    /** The thread that looks at {@code heap} and runs {@code collect} when worth it; started. */
    static Thread afterLoad(Supplier<MemoryUsage> heap, Runnable collect) {
        Thread thread = new Thread(() -> {
            MemoryUsage now = heap.get();
            if (worthTrimming(now)) {
                LOG.fine(() -> "heap " + (now.getCommitted() >> 20) + " MB committed for " + (now.getUsed() >> 20)
                        + " MB used: collecting to give the rest back");
                collect.run();
            }
        }, "corridor-heap-trim");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static boolean worthTrimming(MemoryUsage heap) {
        return heap.getCommitted() > 2 * heap.getUsed() + SLACK;
    }
}
