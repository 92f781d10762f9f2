package app.corridor;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * How far the heap grows after a full collection, set for what the app is doing. The desktop app's
 * launchers ask for 40% of it free after each one ({@code -XX:MinHeapFreeRatio=40}), so that reading
 * a built store of 100,000 events grows the heap in two full collections, not four or five: each
 * stands the start still for 40–85 ms on a 2-core machine. Parsing a dataset is the exception: the
 * heap's size there makes a first start's peak, so while a dataset is parsed and its store built
 * the heap keeps only {@value #FREE_WHILE_PARSING}% free. ({@code MinHeapFreeRatio} is one of
 * HotSpot's manageable flags, which a running JVM can be told.)
 */
public final class HeapGrowth {

    private static final Logger LOG = Logger.getLogger(HeapGrowth.class.getName());
    static final String FLAG = "MinHeapFreeRatio";
    /** The free share, in percent, the heap keeps after a full collection while a dataset is parsed. */
    static final int FREE_WHILE_PARSING = 15;

    /** Parses under way; the flag is set by the first and given back by the last. */
    private static int parsing;
    /** The free share the last parse gives back; null when nothing was set. */
    private static Integer restore;

    private HeapGrowth() {
    }

    /**
     * {@code work}'s result, computed with the heap growing by as little as it can; the free share
     * it had comes back after. Where it was that low already (the commands' launchers), or the JVM
     * has no such flag, nothing is set.
     */
    public static <T> T sparingly(Supplier<T> work) {
        return sparingly(work, vmFlag());
    }

    /**
     * The running JVM's flag. A runtime linked without the management modules has none, and the
     * heap then grows as its launcher says: the work must not fail for want of a tuning.
     */
    private static Flag vmFlag() {
        try {
            return Flag.of(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.FINE, "no " + FLAG + " to tune", e);
            return Flag.NONE;
        }
    }

    static <T> T sparingly(Supplier<T> work, Flag flag) {
        enter(flag);
        try {
            return work.get();
        } finally {
            leave(flag);
        }
    }

    private static synchronized void enter(Flag flag) {
        if (parsing++ == 0) {
            Integer before = flag.get();
            restore = before != null && before > FREE_WHILE_PARSING && flag.set(FREE_WHILE_PARSING) ? before : null;
        }
    }

    private static synchronized void leave(Flag flag) {
        if (--parsing == 0 && restore != null) {
            flag.set(restore);
            restore = null;
        }
    }

    /** The JVM's {@value #FLAG}: read and set, or null and false where it cannot be. */
    interface Flag {
        Integer get();

        boolean set(int percent);

        /** No flag: nothing is read or set. */
        Flag NONE = new Flag() {
            @Override
            public Integer get() {
                return null;
            }

            @Override
            public boolean set(int percent) {
                return false;
            }
        };

        static Flag of(HotSpotDiagnosticMXBean vm) {
            return new Flag() {
                @Override
                public Integer get() {
                    try {
                        VMOption option = vm == null ? null : vm.getVMOption(FLAG);
                        return option == null ? null : Integer.valueOf(option.getValue());
                    } catch (RuntimeException e) {
                        return null;
                    }
                }

                @Override
                public boolean set(int percent) {
                    try {
                        vm.setVMOption(FLAG, Integer.toString(percent));
                        return true;
                    } catch (RuntimeException e) {
                        // Only the heap's growth: the parse goes on with the launcher's.
                        LOG.log(Level.FINE, "cannot set " + FLAG, e);
                        return false;
                    }
                }
            };
        }
    }
}
