package app.corridor.layout;

import app.corridor.model.Event;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The rows of one lane packed at one zoom level. What it keeps does not depend on where the view
 * is (panning moves it as a whole and rows never jump): for each item, its row, which side its
 * label goes and how much of it fits; pixels are worked out only for the items a frame shows, by
 * {@link #emit}.
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
 *
 * <p>A packing made at {@code p} pixels per day stays free of overlaps at any zoom above {@code p}:
 * every gap in a row is a difference of times times the zoom minus fixed pixels, so zooming in only
 * widens it. A view in motion (an animated zoom) shows such a packing and packs again once it
 * settles (see {@link TimelineLayoutEngine}).
 *
 * <p>Shortened labels are measured when first shown, not while packing: a zoomed-out lane of
 * 100,000 events shortens most of them, and a frame shows a few hundred.
 *
 * <p>Its arrays may be those of a packing of the same lane that the engine dropped ({@link
 * #release}): a settled zoom then allocates what the frame shows, not what the lane holds. Nothing
 * a frame keeps refers to a packing or its arrays ({@link ItemBox} and {@link ClusterBox} hold
 * their own values), so a dropped packing is read by nobody once the engine lets it go.
 */
final class LanePacking {

    /** Shorter than this, a shortened label is dropped instead: "Xi…" helps nobody. */
    static final double MIN_LABEL_WIDTH = 56;

    private static final byte INSIDE = 1;
    /** The label is drawn left of its marker (the last events, see the class comment). */
    private static final byte LEFT = 2;
    /** The label was shortened to make room: its width holds the room it must fit in. */
    private static final byte CUT = 4;
    /** The label has text (a title too long for any room has none). */
    private static final byte TEXT = 8;
    private static final ItemShape[] SHAPES = ItemShape.values();

    /** The zoom it was packed at (pixels per day), or NaN when packed on a broken axis. */
    final double pxPerDay;
    final int count;
    final int rowsUsed;
    private final EventIndex index;
    private final LayoutStyle style;
    private final LabelFitter fitter;
    /** The whole label of each event of the index, by position: what a shortened one is cut from. */
    private final LabelFitter.Fitted[] wholeLabels;
    /** For each placed item (in start order): its position in the index, shape, row, label and flags. */
    private final int[] at;
    private final byte[] shapes;
    private final int[] rows;
    private final byte[] flags;
    /**
     * A label cut to turn left of its marker, or one cut for room once measured; null for a whole
     * label (read from {@link #wholeLabels}) and for a cut one not measured yet. Whole labels are
     * not copied here: on the quick compiler the app runs on, storing a reference into an array
     * costs a type check, and that was about a third of packing a zoomed-in lane of 100,000 events.
     */
    private final LabelFitter.Fitted[] labels;
    /** The label's width, or for a label cut to make room, the room it has. */
    private final double[] labelWidth;
    /** The latest end (epoch days) of the items up to each one: with {@link #slack}, where a frame's items begin. */
    private final double[] maxEnd;
    /** How far right of its end an item's footprint may reach: marker, gap and the widest label. */
    private final double slack;
    /** Clusters, by column: the column, and where its events begin in {@link #clustered}; arrays may be longer. */
    private final int clusterCount;
    private final long[] clusterColumn;
    private final int[] clusterFrom;
    private final int[] clustered;
    private final double[] clusterStart;
    private final double[] clusterEnd;
    private final List<Event>[] clusterEvents;
    /** Set once its arrays were handed on to another packing: reading it then would show that one's. */
    private boolean released;

    /**
     * @param whole     the whole label of each event of the index (by position)
     * @param spanStart first day of all lanes' events: a label flipped left never starts before it
     * @param spanEnd   last day (exclusive) of all lanes' events: labels running past it flip left
     */
    LanePacking(EventIndex index, LabelFitter.Whole whole, double pxPerDay, LayoutStyle style, LabelFitter fitter,
                double spanStart, double spanEnd, PackingArrays reuse, Overflow overflow) {
        this(index, whole, t -> t * pxPerDay, pxPerDay, style, fitter, spanStart, spanEnd, reuse, overflow);
    }

    /**
     * @param toPx     where a time (epoch days) falls, in absolute pixels: {@code t × pxPerDay} on a
     *                 continuous axis, {@code axis.x(t)} on a broken one (then {@code pxPerDay} is NaN)
     * @param reuse    the arrays of a released packing, overwritten where long enough; or
     *                 {@link PackingArrays#NONE}
     * @param overflow a working list, cleared and filled here, not kept
     */
    LanePacking(EventIndex index, LabelFitter.Whole whole, DoubleUnaryOperator toPx, double pxPerDay,
                LayoutStyle style, LabelFitter fitter, double spanStart, double spanEnd, PackingArrays reuse,
                Overflow overflow) {
        this.index = index;
        this.style = style;
        this.fitter = fitter;
        this.wholeLabels = whole.fitted();
        this.pxPerDay = pxPerDay;
        int n = index.size();
        // Every entry below `count` is written before it is read: reused arrays need no clearing.
        at = PackingArrays.atLeast(reuse.at(), n);
        shapes = PackingArrays.atLeast(reuse.shapes(), n);
        rows = PackingArrays.atLeast(reuse.rows(), n);
        flags = PackingArrays.atLeast(reuse.flags(), n);
        labels = PackingArrays.atLeast(reuse.labels(), n);
        labelWidth = PackingArrays.atLeast(reuse.labelWidth(), n);
        maxEnd = PackingArrays.atLeast(reuse.maxEnd(), n);
        overflow.clear();
        double r = style.markerRadius();
        double gap = style.itemGap();
        PackingRows free = new PackingRows(Math.max(1, style.maxRowsPerLane()), gap);
        double labelGap = style.labelGap();
        double leftLimit = toPx.applyAsDouble(spanStart) - ViewBounds.LEFT_MARGIN;
        double rightLimit = toPx.applyAsDouble(spanEnd) + ViewBounds.RIGHT_MARGIN;
        // An inside label starts after the kind marker drawn at the start of a bar or span.
        double insideInset = 2 * r + 2 * labelGap;
        boolean withLabels = style.maxLabelWidth() > 0;
        double widest = 0;
        double latest = Double.NEGATIVE_INFINITY;
        int placed = 0;
        int maxRow = -1;
        // Only primitive arrays are read per event (times, shapes, label widths): visiting 100,000
        // event objects scattered over the heap would cost more than all the packing itself.
        double[] wholeWidth = whole.width();
        boolean[] hasText = whole.hasText();
        // On a continuous axis, times are scaled here: the app's quick compiler would make a call
        // of each conversion, and packing 100,000 events makes 200,000 of them.
        boolean continuous = !Double.isNaN(pxPerDay);
        for (int i = 0; i < n; i++) {
            double s = continuous ? index.start(i) * pxPerDay : toPx.applyAsDouble(index.start(i));
            double en = continuous ? index.end(i) * pxPerDay : toPx.applyAsDouble(index.end(i));
            ItemShape shape = index.shape(i);
            double a = shape == ItemShape.POINT ? (s + en) / 2 - r : s;
            if (free.full(a)) {
                overflow.add(i, column(a));
                continue;
            }
            double b = shape == ItemShape.POINT ? a + 2 * r : en > s + 2 * r ? en : s + 2 * r;
            double width = withLabels ? wholeWidth[i] : 0;
            LabelFitter.Fitted label = null; // the whole label, unless cut to turn left
            boolean inside = shape != ItemShape.POINT && width > 0 && insideInset + width + labelGap <= b - a;
            double flippedX = a - labelGap - width;
            boolean flipped = !inside && width > 0 && b + labelGap + width > rightLimit && flippedX >= leftLimit;
            int row = free.firstFree(flipped ? flippedX : a);
            if (row < 0 && flipped) {
                // No row has room for the whole label on the left. Past the end it would be cut by
                // the edge of the view: on the left, cut to the room a row does have, it reads more.
                int roomiest = free.roomiestLeftOf(a);
                double room = roomiest < 0 ? 0 : a - labelGap - free.end(roomiest) - gap;
                double visibleOnRight = rightLimit - b - labelGap;
                LabelFitter.Fitted shortFlip = null;
                if (room >= MIN_LABEL_WIDTH && room > visibleOnRight) {
                    shortFlip = fitter.shortened(index.get(i), wholeLabels[i], room);
                    row = shortFlip.width() > 0 ? roomiest : -1;
                }
                if (row < 0) {
                    flipped = false; // try as any other label
                    row = free.firstFree(a);
                } else {
                    label = shortFlip;
                    width = label.width();
                    flippedX = a - labelGap - width;
                }
            }
            if (row < 0) {
                row = makeRoom(free, a);
            }
            if (row < 0) {
                overflow.add(i, column(a));
                continue;
            }
            double textX = inside ? a + insideInset : flipped ? flippedX : b + labelGap;
            at[placed] = i;
            shapes[placed] = (byte) shape.ordinal();
            rows[placed] = row;
            boolean text = label != null ? !label.text().isEmpty() : withLabels && hasText[i];
            flags[placed] = (byte) ((inside ? INSIDE : 0) | (flipped ? LEFT : 0) | (text ? TEXT : 0));
            // Only a label beside its marker, on the right, may be cut for the next item (see makeRoom).
            boolean cuttable = text && !inside && !flipped;
            labels[placed] = label;
            labelWidth[placed] = width;
            // Compared here, not by Math.max, which the quick compiler calls rather than inlines.
            widest = width > widest ? width : widest;
            latest = index.end(i) > latest ? index.end(i) : latest;
            maxEnd[placed] = latest;
            free.place(row, placed, width > 0 && !inside && !flipped ? textX + width : b, b, cuttable, textX);
            maxRow = Math.max(maxRow, row);
            placed++;
        }
        count = placed;
        rowsUsed = maxRow + 1;
        slack = 2 * r + labelGap + widest;
        // Labels past the end are those of an earlier packing: let them go.
        Arrays.fill(labels, count, labels.length, null);
        // Clusters: the overflowing events by column, in start order within each.
        overflow.sortByColumn();
        int overflowCount = overflow.size();
        int columnCount = overflow.columnCount();
        clustered = PackingArrays.atLeast(reuse.clustered(), overflowCount);
        long[] columnOf = PackingArrays.atLeast(reuse.clusterColumn(), columnCount);
        int[] from = PackingArrays.atLeast(reuse.clusterFrom(), columnCount + 1);
        double[] starts = PackingArrays.atLeast(reuse.clusterStart(), columnCount);
        double[] ends = PackingArrays.atLeast(reuse.clusterEnd(), columnCount);
        // Listed again when first shown: an earlier packing's lists are of other clusters.
        clusterEvents = PackingArrays.atLeast(reuse.clusterEvents(), columnCount);
        Arrays.fill(clusterEvents, null);
        int columns = 0;
        for (int k = 0; k < overflowCount; k++) {
            int i = overflow.event(k);
            long column = overflow.column(k);
            clustered[k] = i;
            if (columns == 0 || column != columnOf[columns - 1]) {
                columnOf[columns] = column;
                from[columns] = k;
                starts[columns] = Double.POSITIVE_INFINITY;
                ends[columns] = Double.NEGATIVE_INFINITY;
                columns++;
            }
            starts[columns - 1] = Math.min(starts[columns - 1], index.start(i));
            ends[columns - 1] = Math.max(ends[columns - 1], index.end(i));
        }
        from[columns] = overflowCount;
        clusterCount = columns;
        clusterColumn = columnOf;
        clusterFrom = from;
        clusterStart = starts;
        clusterEnd = ends;
    }

    /** How an event is drawn, from its date (the export's packing shares it). */
    static ItemShape shapeOf(Event e) {
        return ItemShape.of(e.date());
    }

    /**
     * Shortens the label of the last item of the row where that leaves it the most room, so an
     * item starting at {@code left} fits; returns the row, or -1 when every row's marker itself is
     * in the way. The shortened label is measured when it is first shown.
     */
    private int makeRoom(PackingRows free, double left) {
        int row = free.roomiestToCut(left);
        if (row >= 0) {
            int last = free.last(row);
            double room = free.room(row, left);
            flags[last] |= CUT;
            labels[last] = null;
            labelWidth[last] = room >= MIN_LABEL_WIDTH ? room : 0;
        }
        return row;
    }

    /**
     * The cluster column of an item starting at {@code x}: {@code floor(x / width)}, worked out
     * without {@link Math#floor}, which the quick compiler the app runs on calls rather than inlines.
     */
    private long column(double x) {
        double q = x / style.clusterWidth();
        long column = (long) q;
        return q < column ? column - 1 : column;
    }

    /** The label of placed item {@code k}: whole, or cut to the room it was given (measured once, now). */
    private LabelFitter.Fitted label(int k) {
        LabelFitter.Fitted label = labels[k];
        if (label == null && (flags[k] & CUT) == 0) {
            return style.maxLabelWidth() > 0 ? wholeLabels[at[k]] : LabelFitter.Fitted.NONE;
        }
        if (label == null) {
            label = labelWidth[k] > 0 ? fitter.shortened(index.get(at[k]), wholeLabels[at[k]], labelWidth[k])
                    : LabelFitter.Fitted.NONE;
            labels[k] = label;
        }
        return label;
    }

    // ---- a frame's items -------------------------------------------------------------------------

    /**
     * Adds the items of this lane that fall in view to {@code out}: those whose footprint reaches
     * past {@code plotLeft} and that start before {@code width}, found by binary search.
     *
     * @param toPx  where a time falls at the frame's zoom, in absolute pixels (this packing's own,
     *              or a higher zoom's)
     * @param shift added to absolute pixels to give canvas x
     * @param laneY the top of the lane, in canvas pixels
     */
    void emit(DoubleUnaryOperator toPx, double shift, int lane, double laneY, double plotLeft, double width,
              List<ItemBox> out) {
        checkNotReleased();
        double r = style.markerRadius();
        double labelGap = style.labelGap();
        double insideInset = 2 * r + 2 * labelGap;
        double viewLeft = plotLeft - shift;
        double viewRight = width - shift;
        int from = firstReaching(toPx, viewLeft);
        int to = firstStartingAfter(toPx, viewRight + r);
        for (int k = from; k < to; k++) {
            int i = at[k];
            double s = toPx.applyAsDouble(index.start(i));
            double en = toPx.applyAsDouble(index.end(i));
            ItemShape shape = SHAPES[shapes[k]];
            double a = shape == ItemShape.POINT ? (s + en) / 2 - r : s;
            double b = shape == ItemShape.POINT ? a + 2 * r : Math.max(en, s + 2 * r);
            boolean inside = (flags[k] & INSIDE) != 0;
            boolean left = (flags[k] & LEFT) != 0;
            LabelFitter.Fitted fitted = label(k);
            double textX = inside ? a + insideInset : left ? a - labelGap - fitted.width() : b + labelGap;
            double right = fitted.width() > 0 && !inside && !left ? textX + fitted.width() : b;
            if (right < viewLeft) {
                continue;
            }
            double x0 = a + shift;
            double x1 = b + shift;
            double labelX = textX + shift;
            String text = fitted.text();
            if (inside && !text.isEmpty()) {
                // Keep an inside label readable while its bar or span runs off the left edge.
                labelX = Math.max(labelX, Math.min(plotLeft + labelGap, x1 - labelGap - fitted.width()));
            } else if (left && !text.isEmpty() && labelX < plotLeft + labelGap) {
                // A label left of its marker that runs off the left edge keeps its start and loses
                // its end, as a label running off the right edge does.
                double room = x0 - labelGap - (plotLeft + labelGap);
                LabelFitter.Fitted shorter = room >= MIN_LABEL_WIDTH
                        ? fitter.shortened(index.get(i), wholeLabels[i], room) : LabelFitter.Fitted.NONE;
                text = shorter.text();
                labelX = x0 - labelGap - shorter.width();
            }
            double rowY = laneY + style.lanePadding() + rows[k] * style.rowHeight();
            double hitLeft = left && !text.isEmpty() ? labelX : x0;
            out.add(new ItemBox(index.get(i), lane, rows[k], shape, x0, x1, rowY, style.rowHeight(), text, labelX,
                    inside, hitLeft, right + shift));
        }
    }

    /** The first item whose footprint may reach {@code x} or beyond: none before it does. */
    private int firstReaching(DoubleUnaryOperator toPx, double x) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // An item's right end lies at most `slack` pixels right of its end (see the constructor).
            if (toPx.applyAsDouble(maxEnd[mid]) + slack < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first item that starts right of {@code x}. */
    private int firstStartingAfter(DoubleUnaryOperator toPx, double x) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toPx.applyAsDouble(index.start(at[mid])) <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Adds the clusters in view to {@code out}, each in its row below the lane's event rows.
     *
     * @param scale the frame's zoom over this packing's ({@code 1} on its own zoom or a broken axis):
     *              the columns spread apart as the view zooms in
     */
    void emitClusters(double scale, double shift, int lane, double rowY, double plotLeft, double width,
                      List<ClusterBox> out) {
        checkNotReleased();
        double columnWidth = style.clusterWidth();
        double leftmost = plotLeft - shift - columnWidth;
        int lo = 0;
        int hi = clusterCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clusterX(mid, scale) <= leftmost) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int c = lo; c < clusterCount; c++) {
            double x = clusterX(c, scale) + shift;
            if (x > width) {
                break;
            }
            out.add(new ClusterBox(lane, x + 2, rowY + 2, columnWidth - 4, style.rowHeight() - 4, clusterEvents(c),
                    clusterStart[c], clusterEnd[c]));
        }
    }

    private double clusterX(int c, double scale) {
        double x = clusterColumn[c] * style.clusterWidth();
        return scale == 1 ? x : x * scale;
    }

    /** The events of cluster {@code c}, listed once and shared by every frame that shows it. */
    private List<Event> clusterEvents(int c) {
        if (clusterEvents[c] == null) {
            Event[] events = new Event[clusterFrom[c + 1] - clusterFrom[c]];
            for (int k = 0; k < events.length; k++) {
                events[k] = index.get(clustered[clusterFrom[c] + k]);
            }
            clusterEvents[c] = List.of(events);
        }
        return clusterEvents[c];
    }

    /** True when the lane has events too dense to show one by one at this zoom. */
    boolean hasClusters() {
        return clusterCount > 0;
    }

    /**
     * Hands this packing's arrays on, for the next packing of its lane to fill: the caller drops
     * this one, which may not be read again.
     */
    PackingArrays release() {
        checkNotReleased();
        released = true;
        return new PackingArrays(at, shapes, rows, flags, labels, labelWidth, maxEnd, clustered, clusterColumn,
                clusterFrom, clusterStart, clusterEnd, clusterEvents);
    }

    private void checkNotReleased() {
        if (released) {
            throw new IllegalStateException("a packing whose arrays were handed on is read");
        }
    }
}
