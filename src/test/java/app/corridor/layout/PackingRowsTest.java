package app.corridor.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rows a packing fills answer as a look at every row would, though they skip the look when
 * their bounds tell them the answer: an item they call unplaceable has no row, even with a label
 * cut, and the row each question picks is the one the look picks.
 */
class PackingRowsTest {

    private static final double GAP = 12;

    @Test
    void anItemLeftOfEveryRowsEndAndEveryCuttableMarkerFindsNoRow() {
        PackingRows rows = new PackingRows(2, GAP);
        rows.place(0, 0, 300, 100, true, 110);
        rows.place(1, 1, 250, 240, false, 0);

        assertEquals(-1, rows.firstFree(100));
        assertEquals(-1, rows.roomiestToCut(100));
        assertTrue(rows.full(100), "once each row was looked at, before the first marker's end and the gap after it");
        assertTrue(rows.full(111));
        assertFalse(rows.full(112), "the first row's label may be cut to make room");
        assertEquals(0, rows.roomiestToCut(112));
        assertEquals(112 - GAP - 110, rows.room(0, 112));
        assertEquals(1, rows.firstFree(262), "the second row ends first");
    }

    @Test
    void everyAnswerIsTheOneALookAtEveryRowGives() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            int count = 1 + random.nextInt(8);
            PackingRows rows = new PackingRows(count, GAP);
            Naive naive = new Naive(count);
            double x = 0;
            for (int item = 0; item < 300; item++) {
                // Items come in start order, sometimes bunched, sometimes far apart.
                x += random.nextInt(4) == 0 ? random.nextDouble() * 400 : random.nextDouble() * 15;
                double left = x - random.nextDouble() * 30; // a label turned left starts before its item
                assertEquals(naive.firstFree(left), rows.firstFree(left), "first free row, run " + run);
                assertEquals(naive.roomiestLeftOf(left), rows.roomiestLeftOf(left), "roomiest row, run " + run);
                int cut = naive.roomiestToCut(x);
                assertEquals(cut, rows.roomiestToCut(x), "row to cut, run " + run);
                if (rows.full(x)) {
                    assertEquals(-1, naive.firstFree(x), "called full with a free row, run " + run);
                    assertEquals(-1, cut, "called full with a label to cut, run " + run);
                }
                int row = naive.firstFree(x) >= 0 ? naive.firstFree(x) : cut;
                if (row >= 0) {
                    double markerEnd = x + 11;
                    boolean labelBeside = random.nextInt(5) > 0;
                    double end = labelBeside ? markerEnd + 5 + random.nextDouble() * 300 : markerEnd;
                    rows.place(row, item, end, markerEnd, labelBeside, markerEnd + 5);
                    naive.place(row, item, end, markerEnd, labelBeside, markerEnd + 5);
                }
            }
        }
    }

    /** The rows as the packing kept them before: every question looks at every row. */
    private static final class Naive {
        final double[] end;
        final double[] markerEnd;
        final boolean[] cuttable;
        final double[] labelX;

        Naive(int count) {
            end = new double[count];
            markerEnd = new double[count];
            cuttable = new boolean[count];
            labelX = new double[count];
            Arrays.fill(end, Double.NEGATIVE_INFINITY);
        }

        int firstFree(double left) {
            for (int row = 0; row < end.length; row++) {
                if (end[row] + GAP <= left) {
                    return row;
                }
            }
            return -1;
        }

        int roomiestLeftOf(double left) {
            int best = -1;
            for (int row = 0; row < end.length; row++) {
                if (end[row] + GAP <= left && (best < 0 || end[row] < end[best])) {
                    best = row;
                }
            }
            return best;
        }

        int roomiestToCut(double left) {
            int best = -1;
            double bestRoom = Double.NEGATIVE_INFINITY;
            for (int row = 0; row < end.length; row++) {
                if (!cuttable[row] || markerEnd[row] + GAP > left) {
                    continue;
                }
                double room = left - GAP - labelX[row];
                if (room > bestRoom) {
                    bestRoom = room;
                    best = row;
                }
            }
            return best;
        }

        void place(int row, int item, double itemEnd, double marker, boolean cut, double textX) {
            end[row] = itemEnd;
            markerEnd[row] = marker;
            cuttable[row] = cut;
            labelX[row] = textX;
        }
    }
}
