package app.corridor.layout;

import java.util.Arrays;

/**
 * The events of a lane that found no row while it was packed, each with its cluster column (see
 * {@link LanePacking}), then ordered by column. A working list of the packing's constructor: one
 * is kept by the engine and cleared for each packing (packings are made one at a time), so a
 * zoomed-out lane whose events mostly overflow does not allocate lists of them at every zoom level.
 * Its arrays only grow, doubling, to the most events that ever overflowed one lane.
 */
final class Overflow {

    /** Each overflowing event's position in the lane's index, and its column, in the order added. */
    private int[] at = new int[16];
    private long[] column = new long[16];
    /** Positions in {@link #at}, ordered by column once {@link #sortByColumn} has run. */
    private int[] order = new int[16];
    /** The merge sort's buffer. */
    private int[] buffer = new int[16];
    private int size;

    /** Empties the list for the next packing. */
    void clear() {
        size = 0;
    }

    void add(int event, long eventColumn) {
        if (size == at.length) {
            at = Arrays.copyOf(at, 2 * size);
            column = Arrays.copyOf(column, 2 * size);
        }
        at[size] = event;
        column[size++] = eventColumn;
    }

    int size() {
        return size;
    }

    /** The event {@code k}-th in column order (after {@link #sortByColumn}). */
    int event(int k) {
        return at[order[k]];
    }

    /** The column of the event {@code k}-th in column order (after {@link #sortByColumn}). */
    long column(int k) {
        return column[order[k]];
    }

    /** How many columns the events fall in (after {@link #sortByColumn}). */
    int columnCount() {
        int columns = 0;
        for (int k = 0; k < size; k++) {
            if (k == 0 || column(k) != column(k - 1)) {
                columns++;
            }
        }
        return columns;
    }

    /**
     * Orders the events by column, keeping their order within a column: a stable merge sort over
     * primitives, nothing boxed per event. Columns come nearly sorted (events are added in start
     * order), so most merges are skipped.
     */
    void sortByColumn() {
        if (order.length < size) {
            order = new int[at.length];
            buffer = new int[at.length];
        }
        int n = size;
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (column[order[mid - 1]] <= column[order[mid]]) {
                    continue;
                }
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    buffer[o++] = column[order[j]] < column[order[i]] ? order[j++] : order[i++];
                }
                while (i < mid) {
                    buffer[o++] = order[i++];
                }
                while (j < hi) {
                    buffer[o++] = order[j++];
                }
                System.arraycopy(buffer, lo, order, lo, hi - lo);
            }
        }
    }
}
