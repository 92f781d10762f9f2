package app.corridor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Gives the operating system back the memory a large load left committed. Reading or building
 * the store of 100,000 events makes gigabytes of short-lived objects; the collector grows the heap
 * to keep up (2.3 GB committed for 0.15 GB kept) and, left alone, keeps it while the app sits
 * idle. One full collection once the data is in compacts what is kept and returns the rest (the
 * heap then stays within the launchers' {@code -XX:MaxHeapFreeRatio}).
 *
 * <p>That collection pauses the app (0.12–0.21 s at 100,000 events on a 2-core machine), so it
 * waits for a moment when the user has not touched the window for {@link #QUIET_MILLIS}: right
 * after the first frame of a start, or once the user stops. A concurrent cycle instead (the
 * launchers' {@code -XX:+ExplicitGCInvokesConcurrent} until this was measured) never pauses but
 * frees only regions that are wholly garbage: it left 330–630 MB committed, against 250 MB.
 */
public final class HeapTrim {

    private static final Logger LOG = Logger.getLogger(HeapTrim.class.getName());
    /**
     * Below this much committed beyond what a trim would leave (what is kept, plus the launchers'
     * 40% free: kept × 5/3), there is nothing worth giving back.
     */
    static final long SLACK = 128L << 20;
    /** A heap this large is trimmed whatever it seems to keep (100,000 events keep about 140 MB). */
    static final long LARGE = 768L << 20;
    /** How long the window must have had no input before the collection's pause. */
    static final long QUIET_MILLIS = 1000;
    private static final long POLL_MILLIS = 200;
    /** {@link System#nanoTime()} of the last input the window had; 0 before any. */
    private static volatile long lastInput;

    private HeapTrim() {
    }

    /** The window had input (a key, the mouse, the wheel): a trim waits for it to be quiet. */
    public static void touched() {
        lastInput = System.nanoTime();
    }

    /**
     * Trims the heap when much more is committed than kept: the look, the wait for a quiet moment
     * and the collection on a thread of its own (the first look loads the management classes,
     * which a start need not wait for).
     */
    public static void afterLoad() {
        afterLoad(HeapTrim::heapOutsideEden, System::gc, HeapTrim::quiet);
    }

    /** The thread that waits until {@code quiet}, looks at {@code heap} and runs {@code collect} when worth it; started. */
    static Thread afterLoad(Supplier<MemoryUsage> heap, Runnable collect, BooleanSupplier quiet) {
        Thread thread = new Thread(() -> {
            try {
                while (!quiet.getAsBoolean()) {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            MemoryUsage now = heap.get();
            if (worthTrimming(now)) {
                LOG.fine(() -> "heap " + (now.getCommitted() >> 20) + " MB committed for " + (now.getUsed() >> 20)
                        + " MB kept: collecting to give the rest back");
                collect.run();
            }
        }, "corridor-heap-trim");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Worth it when far more is committed than a trim would leave (a store-built start at 100,000
     * events: 483 MB committed, about 140 MB kept), or when {@link #LARGE} is committed whatever seems
     * kept: after a load the old space holds the loader's garbage too, which only a collection tells
     * from what is kept (a first start at 100,000 events: 1.0 GB committed, 0.43 GB "kept", 0.15 GB live).
     */
    static boolean worthTrimming(MemoryUsage heap) {
        return heap.getCommitted() > heap.getUsed() * 5 / 3 + SLACK || heap.getCommitted() > LARGE;
    }

    private static boolean quiet() {
        long last = lastInput;
        return last == 0 || System.nanoTime() - last >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
    }

    /**
     * The heap, its use counted without the young objects' space: after a load that space is large
     * and almost all garbage, and counting it made a heap of 2.3 GB for 0.15 GB kept look in
     * proportion whenever it was looked at just before a young collection.
     */
    private static MemoryUsage heapOutsideEden() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long eden = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Eden")) {
                eden += pool.getUsage().getUsed();
            }
        }
        return new MemoryUsage(heap.getInit(), Math.max(0, heap.getUsed() - eden), heap.getCommitted(), heap.getMax());
    }
}
