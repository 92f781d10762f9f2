package app.corridor.layout;

import app.corridor.model.Event;
import java.util.function.ToDoubleFunction;

/**
 * How far the view may go: the events' span plus just the room their labels need, never years of
 * empty past or future. Fit all, the first view, zooming out and panning all stop here; zooming in
 * stops at {@value #MIN_VISIBLE_DAYS} days across the plot.
 *
 * <p>The room on the right is measured, not guessed. The last events' labels are drawn left of
 * their markers where there is room (see {@code LanePacking}); one that cannot turn round runs past
 * the span's end by a number of pixels that shrinks as the zoom grows, and the fit is the zoom at
 * which the span plus that overflow exactly fills the plot (found by bisection).
 */
public final class ViewBounds {

    /** Zoomed in all the way, this many days fill the plot: a day's events can be told apart. */
    public static final double MIN_VISIBLE_DAYS = 5;
    /** Fitting a few close events never zooms in further than this many days across the plot. */
    public static final double READABLE_FIT_DAYS = 90;
    /** Free pixels left of the first event. */
    public static final double LEFT_MARGIN = 24;
    /**
     * Only this many of the latest-ending events are asked how far their labels run: enough for
     * any real data set's last labels, and a bound on the work whatever its size.
     */
    static final int CANDIDATES = 256;
    /** Free pixels kept right of the last label. */
    public static final double RIGHT_MARGIN = 12;
    /**
     * The last labels may take at most this share of the plot; a longer title is cut at the edge.
     * Fit all is for the events: at 0.45, lanes by actor in a 1,024-pixel window gave 45% of the
     * plot to titles too long to turn left, and the axis ran on from 2027 to 2103.
     */
    public static final double MAX_LABEL_SHARE = 0.25;

    private final EventIndex index;
    private final ToDoubleFunction<Event> labelWidth;
    private final double labelGap;
    private final double maxLabel;
    private double start;
    private double end;
    /** Event indexes by end, latest first: only the last few can run past the span's end. */
    private int[] byEnd;
    /** Measured label widths of the candidates (by position in {@link #byEnd}), NaN until needed. */
    private double[] widths;
    private double limitsWidth = Double.NaN;
    private TimeScale.ZoomLimits limits;

    /**
     * @param index      the events shown, in start order (not empty)
     * @param labelWidth the width of an event's whole label, in pixels
     * @param labelGap   pixels between an event's glyph and its label
     * @param maxLabel   the widest a label is ever drawn (longer ones are cut)
     */
    public ViewBounds(EventIndex index, ToDoubleFunction<Event> labelWidth, double labelGap, double maxLabel) {
        if (index.size() == 0) {
            throw new IllegalArgumentException("no events to bound the view by");
        }
        this.index = index;
        this.labelWidth = labelWidth;
        this.labelGap = labelGap;
        this.maxLabel = maxLabel;
        double[] span = index.span();
        this.start = span[0];
        this.end = span[1];
    }

    /**
     * These bounds widened to take in {@code [from, to)} (epoch days; NaN for an open side): a
     * filter on the years 2019–2021 may show those whole years though its events fill only part.
     */
    public ViewBounds including(double from, double to) {
        if (!Double.isNaN(from)) {
            start = Math.min(start, from);
        }
        if (!Double.isNaN(to)) {
            end = Math.max(end, to);
        }
        limits = null;
        return this;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    /**
     * Pixels the labels of the last events need beyond the span's end at {@code pxPerDay}, plus
     * the right margin; capped at {@link #MAX_LABEL_SHARE} of {@code plotWidth}. A label runs from
     * its glyph's end (a bar whose label fits inside it runs no further than the bar).
     */
    double labelOverflow(double pxPerDay, double plotWidth) {
        double cap = plotWidth * MAX_LABEL_SHARE;
        return estimatedOverflow(pxPerDay, cap) + RIGHT_MARGIN;
    }

    /** The room, in pixels, the last labels need past the span's end at {@code pxPerDay}, margin included. */
    public double labelRoom(double pxPerDay, double plotWidth) {
        return labelOverflow(pxPerDay, plotWidth);
    }

    private double estimatedOverflow(double pxPerDay, double cap) {
        if (byEnd == null) {
            sortByEnd();
        }
        double overflow = 0;
        for (int k = 0; k < byEnd.length; k++) {
            int i = byEnd[k];
            double before = (end - index.end(i)) * pxPerDay;
            if (before >= maxLabel + labelGap - overflow) {
                break; // ends sorted: no label of an event ending earlier reaches further out
            }
            double w = width(k);
            double past = w + labelGap - before;
            // The packing turns such a label round when the left side has room (see LanePacking).
            boolean turnsLeft = past > RIGHT_MARGIN
                    && (index.start(i) - start) * pxPerDay - labelGap - w >= -LEFT_MARGIN;
            if (!turnsLeft) {
                overflow = Math.max(overflow, past);
            }
            if (overflow >= cap) {
                break;
            }
        }
        return Math.min(cap, overflow);
    }

    /** The width of candidate {@code k}'s label (event {@code byEnd[k]}), measured once. */
    private double width(int k) {
        if (Double.isNaN(widths[k])) {
            widths[k] = Math.min(maxLabel, labelWidth.applyAsDouble(index.get(byEnd[k])));
        }
        return widths[k];
    }

    /**
     * The {@link #CANDIDATES} latest-ending events (the earlier of equal ends first), latest first:
     * a bounded heap filled from the last event backwards, which stops where the running maximum of
     * the ends (in start order) falls below the heap's earliest end: no event before can end later.
     * A filter change over 100,000 events looks at a few hundred of them.
     */
    private void sortByEnd() {
        int n = index.size();
        int k = Math.min(n, CANDIDATES);
        int[] heap = new int[k]; // the root is the candidate to give up first: see before()
        int size = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (size < k) {
                heap[size] = i;
                siftUp(heap, size++);
            } else if (index.maxEndUpTo(i) < index.end(heap[0])) {
                break;
            } else if (before(heap[0], i)) {
                heap[0] = i;
                siftDown(heap, 0, size);
            }
        }
        byEnd = new int[size];
        for (int out = size - 1; out >= 0; out--) {
            byEnd[out] = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, 0, size);
        }
        widths = new double[byEnd.length];
        java.util.Arrays.fill(widths, Double.NaN);
    }

    /** The events whose labels are asked how far they run, latest-ending first (for tests). */
    int[] candidates() {
        if (byEnd == null) {
            sortByEnd();
        }
        return byEnd.clone();
    }

    /** Whether event {@code a} comes before {@code b} in latest-end order: it ends earlier, or as early but later in time order. */
    private boolean before(int a, int b) {
        double ea = index.end(a);
        double eb = index.end(b);
        return ea < eb || (ea == eb && a > b);
    }

    private void siftUp(int[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(heap[at], heap[parent])) {
                return;
            }
            swap(heap, at, parent);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int at, int size) {
        while (true) {
            int smallest = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (before(heap[child], heap[smallest])) {
                    smallest = child;
                }
            }
            if (smallest == at) {
                return;
            }
            swap(heap, at, smallest);
            at = smallest;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The zoom that shows {@code [from, end)} with the margins and the labels' room in {@code plotWidth}. */
    private double fitPxPerDay(double from, double plotWidth) {
        double days = Math.max(1, end - from);
        double cap = plotWidth * MAX_LABEL_SHARE;
        double hi = Math.max(1e-9, (plotWidth - LEFT_MARGIN - RIGHT_MARGIN) / days);
        double lo = hi * 1e-3;
        // width(p) = days * p + margins + overflow(p) grows with p: find where it meets the plot.
        for (int i = 0; i < 48; i++) {
            double mid = Math.sqrt(lo * hi);
            double needed = days * mid + LEFT_MARGIN + estimatedOverflow(mid, cap) + RIGHT_MARGIN;
            if (needed > plotWidth) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double px = lo;
        return Math.min(px, plotWidth / READABLE_FIT_DAYS);
    }

    /** Every event, with room for the last labels: Fit all, and as far out as zoom goes. */
    public TimeScale fitAll(double plotWidth) {
        return fitFrom(start, plotWidth);
    }

    /** From {@code from} (an event's start) to the end, with room for the last labels: a first view. */
    public TimeScale fitFrom(double from, double plotWidth) {
        double px = fitPxPerDay(from, plotWidth);
        // A few close events fill less than the plot at the most readable zoom: centre them.
        double content = (end - from) * px + LEFT_MARGIN + labelOverflow(px, plotWidth);
        double slack = Math.max(0, plotWidth - content) / 2;
        return clamp(new TimeScale(from - (LEFT_MARGIN + slack) / px, px), plotWidth);
    }

    /**
     * {@code [from, to)} across the plot, at least {@code minDays} wide (centred on the range),
     * held inside the bounds.
     */
    public TimeScale show(double from, double to, double minDays, double plotWidth) {
        double days = Math.max(Math.max(to - from, minDays), MIN_VISIBLE_DAYS);
        double centre = (from + to) / 2;
        double px = limits(plotWidth).clamp((plotWidth - LEFT_MARGIN - RIGHT_MARGIN) / days);
        return clamp(new TimeScale(centre - plotWidth / 2 / px, px), plotWidth);
    }

    /** From all events with their labels' room down to {@link #MIN_VISIBLE_DAYS} days. */
    public TimeScale.ZoomLimits limits(double plotWidth) {
        if (limits == null || limitsWidth != plotWidth) {
            double min = Math.min(fitPxPerDay(start, plotWidth), plotWidth / MIN_VISIBLE_DAYS);
            limits = new TimeScale.ZoomLimits(min, Math.max(min, plotWidth / MIN_VISIBLE_DAYS));
            limitsWidth = plotWidth;
        }
        return limits;
    }

    /** {@code scale} with its zoom and position held inside the bounds. */
    public TimeScale clamp(TimeScale scale, double plotWidth) {
        double px = limits(plotWidth).clamp(scale.pxPerDay());
        double lo = start - LEFT_MARGIN / px;
        double hi = end + labelOverflow(px, plotWidth) / px - plotWidth / px;
        double t0 = hi <= lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, scale.t0()));
        return new TimeScale(t0, px);
    }
}
