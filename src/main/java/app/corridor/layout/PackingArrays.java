package app.corridor.layout;

import app.corridor.model.Event;
import java.util.List;

/**
 * The arrays of a {@link LanePacking} that grow with its lane: some per event, some per
 * overflowing event or cluster column. Packing a lane of 100,000 events again at each new zoom
 * level would allocate megabytes a frame; instead the engine hands the arrays of a packing it
 * drops on to the next packing of the same lane, which overwrites them (see
 * {@link TimelineLayoutEngine}). A packing whose arrays were handed on is never read again.
 */
record PackingArrays(int[] at, byte[] shapes, int[] rows, byte[] flags, LabelFitter.Fitted[] labels,
                     double[] labelWidth, double[] maxEnd, int[] clustered, long[] clusterColumn,
                     int[] clusterFrom, double[] clusterStart, double[] clusterEnd, List<Event>[] clusterEvents) {

    /** Nothing to reuse: a lane's first packing allocates its arrays. */
    @SuppressWarnings("unchecked")
    static final PackingArrays NONE = new PackingArrays(new int[0], new byte[0], new int[0], new byte[0],
            new LabelFitter.Fitted[0], new double[0], new double[0], new int[0], new long[0], new int[0],
            new double[0], new double[0], new List[0]);

    // Each of the following returns `old` when it holds `n` (its contents are overwritten), else a new
    // array: of `n` for a first packing, of twice the old length for one that outgrew it (more events
    // overflow at a lower zoom), so a lane zoomed out step by step does not allocate at every step.

    static int[] atLeast(int[] old, int n) {
        return old.length >= n ? old : new int[grown(old.length, n)];
    }

    static long[] atLeast(long[] old, int n) {
        return old.length >= n ? old : new long[grown(old.length, n)];
    }

    static byte[] atLeast(byte[] old, int n) {
        return old.length >= n ? old : new byte[grown(old.length, n)];
    }

    static double[] atLeast(double[] old, int n) {
        return old.length >= n ? old : new double[grown(old.length, n)];
    }

    static LabelFitter.Fitted[] atLeast(LabelFitter.Fitted[] old, int n) {
        return old.length >= n ? old : new LabelFitter.Fitted[grown(old.length, n)];
    }

    @SuppressWarnings("unchecked")
    static List<Event>[] atLeast(List<Event>[] old, int n) {
        return old.length >= n ? old : new List[grown(old.length, n)];
    }

    private static int grown(int length, int n) {
        return length == 0 ? n : Math.max(n, 2 * length);
    }
}
