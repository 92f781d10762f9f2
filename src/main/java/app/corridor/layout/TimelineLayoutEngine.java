package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * Lays out lanes of events for one frame. Packing is cached per lane and zoom level (see
 * {@link LanePacking}): a pan reuses it and only emits what is in view, found by binary search. A
 * view in motion ({@link #layoutMoving}) reuses a packing made at a lower zoom, where it stays
 * free of overlaps, and packs once for where it is going; the frame that settles packs for its own
 * zoom (or finds that packing made already). Not thread-safe: one engine per view.
 *
 * <p>A packing dropped from the cache hands its arrays on to the next packing of its lane (see
 * {@link PackingArrays}), so a zoom that settles at a new level allocates no arrays per event.
 * That is safe because only this engine holds packings: a frame copies out what it shows.
 */
public final class TimelineLayoutEngine {

    /**
     * While the view moves, a packing is shown up to this many times its own zoom: rows and labels
     * stay apart (they only spread as the view zooms in), and are packed again once it settles.
     */
    static final double MAX_STRETCH = 4;
    /** Zoom levels of packing kept: the settled view's, the one an animation heads for, one more. */
    private static final int KEPT_ZOOMS = 3;
    /** Steps of the zoom levels packed for a long glide: four per doubling. */
    private static final double LADDER_STEPS_PER_DOUBLING = 4;

    private final TextMeasure measure;
    private final LayoutStyle style;
    private final AxisBuilder axisBuilder;
    private final LabelFitter labels;
    /** Packings per zoom level, the most recent few: a zoom back and forth does not pack twice. */
    private final Map<Double, Map<Lane, LanePacking>> packings = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Map<Lane, LanePacking>> eldest) {
            if (size() <= KEPT_ZOOMS) {
                return false;
            }
            // Dropped while a new level is added (never the one asked for): the frame that packs
            // that level for every lane takes these packings' arrays at once.
            release(eldest.getValue());
            return true;
        }
    };
    /**
     * The arrays of packings dropped, by lane, until its next packing takes them: all lanes are
     * packed in the frame that drops a level, so none waits longer than that frame.
     */
    private final Map<Lane, PackingArrays> released = new IdentityHashMap<>();
    /**
     * Whole labels by event position, per lane's events: looked up once per lane, not per packing
     * (weak: lanes come and go with filters); each event is measured once (see {@link LabelFitter}).
     */
    private final Map<EventIndex, LabelFitter.Whole> wholeLabels = new java.util.WeakHashMap<>();
    /** The packings' working list of overflowing events: one packing is made at a time. */
    private final Overflow overflow = new Overflow();
    private List<Lane> packedLanes;
    /**
     * The lanes shown before {@link #packedLanes} and their packing at the zoom last drawn, when
     * both are of the same events: a filter cleared goes back to the very lanes it left (see
     * {@link FilteredLanes#of}), usually at the same zoom, and finds them packed.
     */
    private List<Lane> previousLanes;
    private Map<Double, Map<Lane, LanePacking>> previousPackings = Map.of();
    /** The zoom level the last continuous frame showed a packing of (NaN: none yet, or a broken axis). */
    private double lastPackAt = Double.NaN;
    /** Lane packings made so far: tests read what a frame cost. */
    private int packingsMade;
    /** First start and last end over every lane of {@link #packedLanes}, widened to {@link #rangeFrom}–{@link #rangeTo}. */
    private double[] span;
    /**
     * The days a year filter asks to see (epoch days, NaN for an open side). The view shows them
     * whole (see {@link ViewBounds#including}), so the last labels may turn round into those years.
     */
    private double rangeFrom = Double.NaN;
    private double rangeTo = Double.NaN;
    /** The range {@link #span} was widened to: a new one makes the packings again. */
    private double spanFrom = Double.NaN;
    private double spanTo = Double.NaN;
    /** The span {@link #previousPackings} were made for: they are taken back only for the same one. */
    private double[] previousSpan;
    /** Packings on the broken axis last asked for: Fit all with axis breaks. */
    private final Map<Lane, LanePacking> brokenPackings = new IdentityHashMap<>();
    private PiecewiseTimeAxis brokenAxis;
    private double gutterWidth;
    private ToIntFunction<Lane> minRows = lane -> 1;

    /** An engine whose axis speaks English. */
    public TimelineLayoutEngine(TextMeasure measure, LayoutStyle style) {
        this(measure, style, CalendarWords.of(Language.ENGLISH));
    }

    /** An engine whose axis is labelled in {@code words}' language. */
    public TimelineLayoutEngine(TextMeasure measure, LayoutStyle style, CalendarWords words) {
        this.measure = measure;
        this.style = style;
        this.axisBuilder = new AxisBuilder(measure, words);
        this.labels = new LabelFitter(measure, style.maxLabelWidth());
        this.gutterWidth = style.gutterWidth();
    }

    /** The lane headers' width from now on (the style's by default): a user can resize them. */
    public void setGutterWidth(double width) {
        this.gutterWidth = width;
    }

    /**
     * The days the view is asked to show whole ({@code [from, to)}, epoch days, NaN for an open
     * side), as its {@link ViewBounds} are: labels turn round within them, not only within the
     * events'. Packings made for other days are made again.
     */
    public void setTimeRange(double from, double to) {
        rangeFrom = from;
        rangeTo = to;
    }

    /** The least rows each lane takes, whatever its events: room for a header of several lines. */
    public void setMinRows(ToIntFunction<Lane> rows) {
        this.minRows = rows;
    }

    public LayoutStyle style() {
        return style;
    }

    public TextMeasure measure() {
        return measure;
    }

    /**
     * The frame for {@code lanes} at {@code scale} on a {@code width × height} canvas, lanes
     * scrolled up by {@code scrollY}, with a "today" line at {@code today}.
     */
    public TimelineLayout layout(List<Lane> lanes, TimeScale scale, double width, double height, double scrollY,
                                 LocalDate today) {
        lanesChanged(lanes);
        return continuousFrame(lanes, scale, scale.pxPerDay(), width, height, scrollY, today);
    }

    /**
     * The frame of a view on its way to {@code target} (an animated zoom or glide; null when not
     * known): like {@link #layout}, but packed at a zoom at or below {@code scale}'s where a packing
     * of one is at hand, so a frame in motion costs what is in view. Where none is, the lanes are
     * packed at {@code target}'s zoom when the view zooms out to it (the frame that settles then
     * finds it made), else at a step of a ladder of zoom levels just below {@code scale}'s.
     */
    public TimelineLayout layoutMoving(List<Lane> lanes, TimeScale scale, TimeScale target, double width,
                                       double height, double scrollY, LocalDate today) {
        lanesChanged(lanes);
        double px = scale.pxPerDay();
        double packAt = Double.NaN;
        for (double packed : packings.keySet()) {
            if (packed <= px && px / packed <= MAX_STRETCH && (Double.isNaN(packAt) || packed > packAt)) {
                packAt = packed;
            }
        }
        if (Double.isNaN(packAt)) {
            double goal = target == null ? Double.NaN : target.pxPerDay();
            packAt = goal <= px && px / goal <= MAX_STRETCH ? goal : ladderStep(px);
        }
        return continuousFrame(lanes, scale, packAt, width, height, scrollY, today);
    }

    /** The zoom level of the ladder at or just below {@code px}: a long glide packs once per step. */
    static double ladderStep(double px) {
        double step = Math.pow(2, Math.floor(Math.log(px) / Math.log(2) * LADDER_STEPS_PER_DOUBLING)
                / LADDER_STEPS_PER_DOUBLING);
        return Math.min(step, px);
    }

    private TimelineLayout continuousFrame(List<Lane> lanes, TimeScale scale, double packAt, double width,
                                           double height, double scrollY, LocalDate today) {
        double px = scale.pxPerDay();
        Map<Lane, LanePacking> packed = packings.computeIfAbsent(packAt, k -> new IdentityHashMap<>());
        lastPackAt = packAt;
        double plotLeft = gutterWidth;
        Axis axis = axisBuilder.build(scale, plotLeft, Math.max(0, width - plotLeft));
        double todayX = plotLeft + scale.x(today.toEpochDay() + 0.5);
        DoubleUnaryOperator toPx = t -> t * px;
        return frame(lanes, packed, lane -> new LanePacking(lane.events(), whole(lane), packAt, style, labels,
                span[0], span[1], reusable(lane), overflow), toPx, px / packAt, plotLeft - scale.t0() * px, scale,
                axis, todayX, width, height, scrollY);
    }

    /**
     * The frame for {@code lanes} on a broken axis (long stretches without events left out, see
     * {@link AxisBreaks}) whose x 0 lies {@code inset} pixels right of the lane headers; {@code scale}
     * is the continuous scale that shows the same span, for what reads the view as one.
     */
    public TimelineLayout layout(List<Lane> lanes, PiecewiseTimeAxis axis, double inset, TimeScale scale,
                                 double width, double height, double scrollY, LocalDate today) {
        if (lanes != packedLanes || axis != brokenAxis) {
            release(brokenPackings);
            brokenPackings.clear();
            brokenAxis = axis;
        }
        lanesChanged(lanes);
        lastPackAt = Double.NaN;
        double plotLeft = gutterWidth;
        double origin = plotLeft + inset;
        Axis ticks = axisBuilder.build(axis, origin);
        double todayX = origin + axis.x(today.toEpochDay() + 0.5);
        // A label turned left may run across a break: cut at the edge of the view, it would read less.
        return frame(lanes, brokenPackings, lane -> new LanePacking(lane.events(), whole(lane), axis::x, Double.NaN,
                style, labels, span[0], span[1], reusable(lane), overflow), axis::x, 1, origin, scale, ticks, todayX,
                width, height, scrollY);
    }

    /**
     * New lanes (a filter or a lane mode changed), or a new time range: what was packed for the old
     * ones goes, but for their packing at the zoom last drawn, kept until the lanes after these come.
     * Lanes shown again, over the same span, take theirs back.
     */
    private void lanesChanged(List<Lane> lanes) {
        boolean sameRange = Double.compare(rangeFrom, spanFrom) == 0 && Double.compare(rangeTo, spanTo) == 0;
        if (lanes == packedLanes && sameRange) {
            return;
        }
        double[] newSpan = span(lanes, rangeFrom, rangeTo);
        Map<Lane, LanePacking> left = Double.isNaN(lastPackAt) ? null : packings.get(lastPackAt);
        Map<Double, Map<Lane, LanePacking>> back = lanes == previousLanes && Arrays.equals(newSpan, previousSpan)
                ? previousPackings : Map.of();
        // Kept only among lanes of the same events: another data set's would hold all of its events.
        EventIndex root = root(lanes);
        boolean keep = left != null && root != null && root == root(packedLanes);
        previousLanes = keep ? packedLanes : null;
        previousPackings = keep ? Map.of(lastPackAt, left) : Map.of();
        previousSpan = keep ? span : null;
        packings.clear();
        packings.putAll(back);
        brokenPackings.clear();
        released.clear(); // arrays of lanes no longer shown
        packedLanes = lanes;
        span = newSpan;
        spanFrom = rangeFrom;
        spanTo = rangeTo;
        lastPackAt = Double.NaN;
    }

    /** The index every lane's events were cut from, through filters and lanes; null without lanes. */
    private static EventIndex root(List<Lane> lanes) {
        if (lanes == null || lanes.isEmpty()) {
            return null;
        }
        EventIndex events = lanes.get(0).events();
        while (events.parent() != null) {
            events = events.parent();
        }
        return events;
    }

    /** How many lane packings this engine has made: what frames cost, for tests. */
    int packingsMade() {
        return packingsMade;
    }

    /** Drops {@code dropped}'s packings, which nothing reads again: their arrays go to the next of each lane. */
    private void release(Map<Lane, LanePacking> dropped) {
        for (Map.Entry<Lane, LanePacking> entry : dropped.entrySet()) {
            released.put(entry.getKey(), entry.getValue().release());
        }
    }

    /** The arrays a new packing of {@code lane} may fill: a dropped packing's, or none. */
    private PackingArrays reusable(Lane lane) {
        PackingArrays arrays = released.remove(lane);
        return arrays != null ? arrays : PackingArrays.NONE;
    }

    private LabelFitter.Whole whole(Lane lane) {
        return wholeLabels.computeIfAbsent(lane.events(), labels::wholeLabels);
    }

    /**
     * @param clusterScale the frame's zoom over the packing's: cluster columns spread apart by it
     */
    private TimelineLayout frame(List<Lane> lanes, Map<Lane, LanePacking> packed,
                                 java.util.function.Function<Lane, LanePacking> pack, DoubleUnaryOperator toPx,
                                 double clusterScale, double shift, TimeScale scale, Axis axis, double todayX,
                                 double width, double height, double scrollY) {
        LayoutStyle frameStyle = gutterWidth == style.gutterWidth() ? style : style.withGutterWidth(gutterWidth);
        double plotLeft = gutterWidth;
        List<LaneBox> laneBoxes = new ArrayList<>(lanes.size());
        List<ItemBox> items = new ArrayList<>();
        List<ClusterBox> clusters = new ArrayList<>();
        int[] laneItemStart = new int[lanes.size() + 1];
        double y = style.axisHeight() - scrollY;
        double contentHeight = 0;
        for (int li = 0; li < lanes.size(); li++) {
            Lane lane = lanes.get(li);
            LanePacking p = packed.computeIfAbsent(lane, l -> {
                packingsMade++;
                return pack.apply(l);
            });
            int rows = Math.max(Math.max(1, minRows.applyAsInt(lane)), p.rowsUsed);
            boolean hasClusters = p.hasClusters();
            double laneHeight = 2 * style.lanePadding() + (rows + (hasClusters ? 1 : 0)) * style.rowHeight();
            laneBoxes.add(new LaneBox(lane, y, laneHeight, rows, hasClusters));
            laneItemStart[li] = items.size();
            boolean laneVisible = y + laneHeight >= style.axisHeight() && y <= height;
            if (laneVisible) {
                p.emit(toPx, shift, li, y, plotLeft, width, items);
                p.emitClusters(clusterScale, shift, li, y + style.lanePadding() + rows * style.rowHeight(), plotLeft,
                        width, clusters);
            }
            y += laneHeight;
            contentHeight += laneHeight;
        }
        laneItemStart[lanes.size()] = items.size();
        if (todayX < plotLeft || todayX > width) {
            todayX = Double.NaN;
        }
        return new TimelineLayout(scale, width, height, scrollY, contentHeight, frameStyle, axis, laneBoxes, items,
                clusters, laneItemStart, todayX);
    }

    /** First start and last end over every lane and the range asked for: where labels turn round. */
    private static double[] span(List<Lane> lanes, double from, double to) {
        double start = Double.isNaN(from) ? Double.POSITIVE_INFINITY : from;
        double end = Double.isNaN(to) ? Double.NEGATIVE_INFINITY : to;
        for (Lane lane : lanes) {
            double[] s = lane.events().span();
            if (s != null) {
                start = Math.min(start, s[0]);
                end = Math.max(end, s[1]);
            }
        }
        return new double[] {start, end};
    }
}
