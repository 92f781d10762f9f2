package app.corridor.layout;

import java.util.Arrays;

/**
 * The rows of a lane while {@link LanePacking} fills them: where each row's last item ends (its
 * label included), and where its marker ends when its label may still be cut to make room.
 *
 * <p>It also keeps a bound on the least of each of those ends, so that an item starting left of
 * both is known to find no row without a look at each: most items of a zoomed-out lane of 100,000
 * events go to a cluster, and packing them is a large part of the frame in which a zoom comes to
 * rest. The bounds are never above the least ends: placing an item lowers them where it must, and
 * a look at every row that finds no room for an item makes them exact again. Keeping them exact
 * at each item placed instead made a lane whose items all find a row slower to pack.
 */
final class PackingRows {

    /** The least space between two items in a row. */
    private final double gap;
    /** Each row's right end: its last item's label end, or its marker's; -∞ while empty. */
    private final double[] end;
    /** Each row's last item (by its place in the packing), or -1. */
    private final int[] last;
    /** Where the marker of a row's last item ends, when its label may be cut for room; else +∞. */
    private final double[] cutFrom;
    /** Where the label of a row's last item starts. */
    private final double[] labelX;
    /** At most the least of {@link #end}. */
    private double leastEnd = Double.NEGATIVE_INFINITY;
    /** At most the least of {@link #cutFrom}. */
    private double leastCutFrom = Double.POSITIVE_INFINITY;

    PackingRows(int count, double gap) {
        this.gap = gap;
        end = new double[count];
        last = new int[count];
        cutFrom = new double[count];
        labelX = new double[count];
        Arrays.fill(end, Double.NEGATIVE_INFINITY);
        Arrays.fill(last, -1);
        Arrays.fill(cutFrom, Double.POSITIVE_INFINITY);
    }

    /**
     * True when the bounds tell that no row can take an item starting at {@code left}, even with a
     * label cut; false when a look at the rows is needed ({@link #firstFree}, {@link #roomiestToCut}).
     */
    boolean full(double left) {
        return left < leastEnd + gap && left < leastCutFrom + gap;
    }

    /** The first row free from {@code left} on, or -1. */
    int firstFree(double left) {
        if (left < leastEnd + gap) {
            return -1;
        }
        double[] ends = end;
        double least = Double.POSITIVE_INFINITY;
        for (int row = 0; row < ends.length; row++) {
            if (ends[row] + gap <= left) {
                return row;
            }
            least = ends[row] < least ? ends[row] : least;
        }
        leastEnd = least;
        return -1;
    }

    /** The row whose last item ends furthest left of {@code left} (and before it), or -1. */
    int roomiestLeftOf(double left) {
        if (left < leastEnd + gap) {
            return -1;
        }
        int best = -1;
        double least = Double.POSITIVE_INFINITY;
        for (int row = 0; row < end.length; row++) {
            if (end[row] + gap <= left && (best < 0 || end[row] < end[best])) {
                best = row;
            }
            least = end[row] < least ? end[row] : least;
        }
        leastEnd = least;
        return best;
    }

    /**
     * The row where cutting the last item's label leaves an item starting at {@code left} the most
     * room, or -1 when every row's marker (or uncuttable label) is in the way.
     */
    int roomiestToCut(double left) {
        if (left < leastCutFrom + gap) {
            return -1;
        }
        int best = -1;
        double bestRoom = Double.NEGATIVE_INFINITY;
        double[] cut = cutFrom;
        double least = Double.POSITIVE_INFINITY;
        for (int row = 0; row < cut.length; row++) {
            if (cut[row] + gap <= left) {
                double room = room(row, left);
                if (room > bestRoom) {
                    bestRoom = room;
                    best = row;
                }
            }
            least = cut[row] < least ? cut[row] : least;
        }
        leastCutFrom = least;
        return best;
    }

    /** The room the label of {@code row}'s last item has when an item starts at {@code left}. */
    double room(int row, double left) {
        return left - gap - labelX[row];
    }

    double end(int row) {
        return end[row];
    }

    int last(int row) {
        return last[row];
    }

    /**
     * Puts item {@code item} last in {@code row}.
     *
     * @param itemEnd   its right end, its label included
     * @param markerEnd its marker's right end
     * @param cuttable  whether its label may be cut to make room for the next item
     * @param textX     where its label starts
     */
    void place(int row, int item, double itemEnd, double markerEnd, boolean cuttable, double textX) {
        double cut = cuttable ? markerEnd : Double.POSITIVE_INFINITY;
        last[row] = item;
        labelX[row] = textX;
        end[row] = itemEnd;
        cutFrom[row] = cut;
        leastEnd = itemEnd < leastEnd ? itemEnd : leastEnd;
        leastCutFrom = cut < leastCutFrom ? cut : leastCutFrom;
    }
}
