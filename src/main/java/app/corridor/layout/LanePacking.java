package app.corridor.layout;

import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one lane at one zoom level. Positions are absolute pixels ({@code t × pxPerDay}, or
 * a broken axis's x),
 * so the packing does not depend on where the view is: panning moves it as a whole and rows never
 * jump; only a zoom change packs again.
 *
 * <p>Greedy interval packing in start order: an item goes to the first row whose last occupied x
 * (its label included) is left of it. If no row is free, the label of a row's last item is
 * shortened (or dropped) to make room, in the row where that costs least: labels give way before
 * events merge. Only when even the bare markers collide in every row does the item join the
 * cluster of its pixel column.
 *
 * <p>A label that would run past the end of all the events' span (where the view stops, see
 * {@link ViewBounds}) is drawn left of its marker instead, when that side has room: the last titles
 * are read whole without the view running on into years with no events.
 */
final class LanePacking {

    /** Shorter than this, a shortened label is dropped instead: "Xi…" helps nobody. */
    static final double MIN_LABEL_WIDTH = 56;

    /** Overflowing events of one pixel column. */
    record Cluster(double x, List<Event> events, double start, double end) {
    }

    final int count;
    final Event[] events;
    final ItemShape[] shapes;
    final double[] x0;
    final double[] x1;
    final int[] rows;
    final String[] labels;
    final double[] labelX;
    final double[] labelWidth;
    final boolean[] labelInside;
    /** True when the label is drawn left of its marker (the last events, see the class comment). */
    final boolean[] labelLeft;
    /** Start pixels, non-decreasing: the key for finding what is in view. */
    final double[] startPx;
    /** Right end of each item's footprint, and the running maximum of those. */
    final double[] right;
    final double[] maxRight;
    final int rowsUsed;
    final List<Cluster> clusters;
    final double[] clusterX;

    /**
     * @param spanStart first day of all lanes' events: a label flipped left never starts before it
     * @param spanEnd   last day (exclusive) of all lanes' events: labels running past it flip left
     */
    LanePacking(EventIndex index, double pxPerDay, LayoutStyle style, LabelFitter labels, double spanStart,
                double spanEnd) {
        this(index, t -> t * pxPerDay, style, labels, spanStart, spanEnd);
    }

    /**
     * @param toPx where a time (epoch days) falls, in absolute pixels: {@code t × pxPerDay} on a
     *             continuous axis, {@code axis.x(t)} on a broken one
     */
    LanePacking(EventIndex index, java.util.function.DoubleUnaryOperator toPx, LayoutStyle style, LabelFitter labels,
                double spanStart, double spanEnd) {
        int n = index.size();
        events = new Event[n];
        shapes = new ItemShape[n];
        x0 = new double[n];
        x1 = new double[n];
        rows = new int[n];
        this.labels = new String[n];
        labelX = new double[n];
        labelWidth = new double[n];
        labelInside = new boolean[n];
        labelLeft = new boolean[n];
        startPx = new double[n];
        right = new double[n];
        int rowCount = Math.max(1, style.maxRowsPerLane());
        double[] rowEnd = new double[rowCount];
        int[] rowLast = new int[rowCount];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        Arrays.fill(rowLast, -1);
        Map<Long, List<Event>> overflow = new TreeMap<>();
        double gap = style.itemGap();
        double leftLimit = toPx.applyAsDouble(spanStart) - ViewBounds.LEFT_MARGIN;
        double rightLimit = toPx.applyAsDouble(spanEnd) + ViewBounds.RIGHT_MARGIN;
        int placed = 0;
        int maxRow = -1;
        for (int i = 0; i < n; i++) {
            Event e = index.get(i);
            double s = toPx.applyAsDouble(index.start(i));
            double en = toPx.applyAsDouble(index.end(i));
            ItemShape shape = shapeOf(e);
            double a = shape == ItemShape.POINT ? (s + en) / 2 - style.markerRadius() : s;
            double b = shape == ItemShape.POINT ? a + 2 * style.markerRadius() : Math.max(en, s + 2 * style.markerRadius());
            LabelFitter.Fitted label = style.maxLabelWidth() > 0 ? labels.full(e) : LabelFitter.Fitted.NONE;
            // An inside label starts after the kind marker drawn at the start of a bar or span.
            double insideInset = 2 * style.markerRadius() + 2 * style.labelGap();
            boolean inside = shape != ItemShape.POINT && label.width() > 0
                    && insideInset + label.width() + style.labelGap() <= b - a;
            double flippedX = a - style.labelGap() - label.width();
            boolean flipped = !inside && label.width() > 0 && b + style.labelGap() + label.width() > rightLimit
                    && flippedX >= leftLimit;
            int row = firstFreeRow(rowEnd, flipped ? flippedX : a, gap);
            LabelFitter.Fitted shortFlip = null;
            if (row < 0 && flipped) {
                // No row has room for the whole label on the left. Past the end it would be cut by
                // the edge of the view: on the left, cut to the room a row does have, it reads more.
                int roomiest = roomiestRowLeftOf(rowEnd, a, gap);
                double room = roomiest < 0 ? 0 : a - style.labelGap() - rowEnd[roomiest] - gap;
                double visibleOnRight = rightLimit - b - style.labelGap();
                if (room >= MIN_LABEL_WIDTH && room > visibleOnRight) {
                    shortFlip = labels.shortened(e, room);
                    row = shortFlip.width() > 0 ? roomiest : -1;
                }
                if (row < 0) {
                    shortFlip = null;
                    flipped = false; // try as any other label
                    row = firstFreeRow(rowEnd, a, gap);
                }
            }
            if (shortFlip != null) {
                label = shortFlip;
                flippedX = a - style.labelGap() - label.width();
            }
            if (row < 0) {
                row = makeRoom(rowEnd, rowLast, a, gap, labels);
            }
            if (row < 0) {
                overflow.computeIfAbsent((long) Math.floor(a / style.clusterWidth()), k -> new ArrayList<>()).add(e);
                continue;
            }
            double textX = inside ? a + insideInset : flipped ? flippedX : b + style.labelGap();
            events[placed] = e;
            shapes[placed] = shape;
            x0[placed] = a;
            x1[placed] = b;
            rows[placed] = row;
            this.labels[placed] = label.text();
            labelX[placed] = textX;
            labelWidth[placed] = label.width();
            labelInside[placed] = inside;
            startPx[placed] = s;
            labelLeft[placed] = flipped;
            right[placed] = label.width() > 0 && !inside && !flipped ? textX + label.width() : b;
            rowEnd[row] = right[placed];
            rowLast[row] = placed;
            maxRow = Math.max(maxRow, row);
            placed++;
        }
        count = placed;
        maxRight = Sorted.runningMax(Arrays.copyOf(right, placed));
        rowsUsed = maxRow + 1;
        clusters = new ArrayList<>();
        overflow.forEach((column, list) -> clusters.add(new Cluster(column * style.clusterWidth(), list,
                list.stream().mapToDouble(ev -> ev.date().startEpochDay()).min().orElse(0),
                list.stream().mapToDouble(ev -> ev.date().endEpochDayExclusive()).max().orElse(0))));
        clusterX = clusters.stream().mapToDouble(Cluster::x).toArray();
    }

    /**
     * Shortens the label of the last item of the row where that leaves it the most room, so an
     * item starting at {@code left} fits; returns the row, or -1 when every row's marker itself is
     * in the way.
     */
    private int makeRoom(double[] rowEnd, int[] rowLast, double left, double gap, LabelFitter fitter) {
        int best = -1;
        double bestRoom = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < rowEnd.length; row++) {
            int last = rowLast[row];
            if (last < 0 || labelInside[last] || labelLeft[last] || labels[last].isEmpty() || x1[last] + gap > left) {
                continue;
            }
            double room = left - gap - labelX[last];
            if (room > bestRoom) {
                bestRoom = room;
                best = row;
            }
        }
        if (best < 0) {
            return -1;
        }
        int last = rowLast[best];
        LabelFitter.Fitted shorter = bestRoom >= MIN_LABEL_WIDTH
                ? fitter.shortened(events[last], bestRoom) : LabelFitter.Fitted.NONE;
        labels[last] = shorter.text();
        labelWidth[last] = shorter.width();
        right[last] = shorter.width() > 0 ? labelX[last] + shorter.width() : x1[last];
        rowEnd[best] = right[last];
        return best;
    }

    static ItemShape shapeOf(Event e) {
        return ItemShape.of(e.date());
    }

    /** The row whose last item ends furthest left of {@code left} (and before it), or -1. */
    private static int roomiestRowLeftOf(double[] rowEnd, double left, double gap) {
        int best = -1;
        for (int row = 0; row < rowEnd.length; row++) {
            if (rowEnd[row] + gap <= left && (best < 0 || rowEnd[row] < rowEnd[best])) {
                best = row;
            }
        }
        return best;
    }

    private static int firstFreeRow(double[] rowEnd, double left, double gap) {
        for (int row = 0; row < rowEnd.length; row++) {
            if (rowEnd[row] + gap <= left) {
                return row;
            }
        }
        return -1;
    }
}
