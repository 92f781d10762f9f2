package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out lanes of events for one frame. Packing is cached per lane and zoom level (see
 * {@link LanePacking}): a pan reuses it and only emits what is in view, found by binary search.
 * Not thread-safe: one engine per view.
 */
public final class TimelineLayoutEngine {

    private final TextMeasure measure;
    private final LayoutStyle style;
    private final AxisBuilder axisBuilder;
    private final LabelFitter labels;
    /** Packings per zoom level, the two most recent: a zoom back and forth does not pack twice. */
    private final Map<Double, Map<Lane, LanePacking>> packings = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Map<Lane, LanePacking>> eldest) {
            return size() > 2;
        }
    };
    private List<Lane> packedLanes;
    /** Packings on the broken axis last asked for: Fit all with axis breaks. */
    private final Map<Lane, LanePacking> brokenPackings = new IdentityHashMap<>();
    private PiecewiseTimeAxis brokenAxis;
    private double gutterWidth;
    private java.util.function.ToIntFunction<Lane> minRows = lane -> 1;

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

    /** The least rows each lane takes, whatever its events: room for a header of several lines. */
    public void setMinRows(java.util.function.ToIntFunction<Lane> rows) {
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
        double px = scale.pxPerDay();
        Map<Lane, LanePacking> packed = packingsAt(lanes, px);
        double plotLeft = gutterWidth;
        Axis axis = axisBuilder.build(scale, plotLeft, Math.max(0, width - plotLeft));
        double todayX = plotLeft + scale.x(today.toEpochDay() + 0.5);
        return frame(lanes, packed, t -> t * px, plotLeft - scale.t0() * px, scale, axis, todayX, width, height,
                scrollY);
    }

    /**
     * The frame for {@code lanes} on a broken axis (long stretches without events left out, see
     * {@link AxisBreaks}) whose x 0 lies {@code inset} pixels right of the lane headers; {@code scale}
     * is the continuous scale that shows the same span, for what reads the view as one.
     */
    public TimelineLayout layout(List<Lane> lanes, PiecewiseTimeAxis axis, double inset, TimeScale scale,
                                 double width, double height, double scrollY, LocalDate today) {
        if (lanes != packedLanes || axis != brokenAxis) {
            brokenPackings.clear();
            brokenAxis = axis;
        }
        if (lanes != packedLanes) {
            packings.clear();
            packedLanes = lanes;
        }
        double plotLeft = gutterWidth;
        double origin = plotLeft + inset;
        Axis ticks = axisBuilder.build(axis, origin);
        double todayX = origin + axis.x(today.toEpochDay() + 0.5);
        // A label turned left may run across a break: cut at the edge of the view, it would read less.
        return frame(lanes, brokenPackings, axis::x, origin, scale, ticks, todayX, width, height, scrollY);
    }


    private TimelineLayout frame(List<Lane> lanes, Map<Lane, LanePacking> packed,
                                 java.util.function.DoubleUnaryOperator toPx, double shift, TimeScale scale, Axis axis,
                                 double todayX, double width, double height, double scrollY) {
        LayoutStyle frameStyle = gutterWidth == style.gutterWidth() ? style : style.withGutterWidth(gutterWidth);
        double plotLeft = gutterWidth;
        List<LaneBox> laneBoxes = new ArrayList<>();
        List<ItemBox> items = new ArrayList<>();
        List<ClusterBox> clusters = new ArrayList<>();
        int[] laneItemStart = new int[lanes.size() + 1];
        double[] span = span(lanes);
        double y = style.axisHeight() - scrollY;
        double contentHeight = 0;
        for (int li = 0; li < lanes.size(); li++) {
            Lane lane = lanes.get(li);
            LanePacking p = packed.computeIfAbsent(lane,
                    l -> new LanePacking(l.events(), toPx, style, labels, span[0], span[1]));
            int rows = Math.max(Math.max(1, minRows.applyAsInt(lane)), p.rowsUsed);
            boolean hasClusters = !p.clusters.isEmpty();
            double laneHeight = 2 * style.lanePadding() + (rows + (hasClusters ? 1 : 0)) * style.rowHeight();
            laneBoxes.add(new LaneBox(lane, y, laneHeight, rows, hasClusters));
            laneItemStart[li] = items.size();
            boolean laneVisible = y + laneHeight >= style.axisHeight() && y <= height;
            if (laneVisible) {
                emitItems(p, li, y, shift, plotLeft, width, items);
                emitClusters(p, li, y + style.lanePadding() + rows * style.rowHeight(), shift, plotLeft, width,
                        clusters);
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

    private Map<Lane, LanePacking> packingsAt(List<Lane> lanes, double pxPerDay) {
        if (lanes != packedLanes) {
            packings.clear();
            packedLanes = lanes;
        }
        return packings.computeIfAbsent(pxPerDay, px -> new IdentityHashMap<>());
    }

    /** First start and last end over every lane: where the view stops and labels turn round. */
    private static double[] span(List<Lane> lanes) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (Lane lane : lanes) {
            double[] s = lane.events().span();
            if (s != null) {
                start = Math.min(start, s[0]);
                end = Math.max(end, s[1]);
            }
        }
        return new double[] {start, end};
    }

    private void emitItems(LanePacking p, int lane, double laneY, double shift, double plotLeft, double width,
                           List<ItemBox> out) {
        double viewLeft = plotLeft - shift;
        double viewRight = width - shift;
        int from = Sorted.firstGreater(p.maxRight, p.count, viewLeft);
        int to = Sorted.firstGreater(p.startPx, p.count, viewRight + style.markerRadius());
        for (int i = from; i < to; i++) {
            if (p.right[i] < viewLeft) {
                continue;
            }
            double x0 = p.x0[i] + shift;
            double x1 = p.x1[i] + shift;
            double labelX = p.labelX[i] + shift;
            String label = p.labels[i];
            if (p.labelInside[i] && !label.isEmpty()) {
                // Keep an inside label readable while its bar or span runs off the left edge.
                labelX = Math.max(labelX, Math.min(plotLeft + style.labelGap(),
                        x1 - style.labelGap() - p.labelWidth[i]));
            } else if (p.labelLeft[i] && !label.isEmpty() && labelX < plotLeft + style.labelGap()) {
                // A label left of its marker that runs off the left edge keeps its start and loses
                // its end, as a label running off the right edge does.
                double room = x0 - style.labelGap() - (plotLeft + style.labelGap());
                LabelFitter.Fitted shorter = room >= LanePacking.MIN_LABEL_WIDTH
                        ? labels.shortened(p.events[i], room) : LabelFitter.Fitted.NONE;
                label = shorter.text();
                labelX = x0 - style.labelGap() - shorter.width();
            }
            double rowY = laneY + style.lanePadding() + p.rows[i] * style.rowHeight();
            double hitLeft = p.labelLeft[i] && !label.isEmpty() ? labelX : x0;
            out.add(new ItemBox(p.events[i], lane, p.rows[i], p.shapes[i], x0, x1, rowY, style.rowHeight(), label,
                    labelX, p.labelInside[i], hitLeft, p.right[i] + shift));
        }
    }

    private void emitClusters(LanePacking p, int lane, double rowY, double shift, double plotLeft, double width,
                              List<ClusterBox> out) {
        int from = Sorted.firstGreater(p.clusterX, plotLeft - shift - style.clusterWidth());
        for (int i = from; i < p.clusters.size(); i++) {
            LanePacking.Cluster c = p.clusters.get(i);
            double x = c.x() + shift;
            if (x > width) {
                break;
            }
            out.add(new ClusterBox(lane, x + 2, rowY + 2, style.clusterWidth() - 4, style.rowHeight() - 4,
                    c.events(), c.start(), c.end()));
        }
    }
}
