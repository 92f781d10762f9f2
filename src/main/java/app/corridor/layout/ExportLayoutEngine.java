package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import app.corridor.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lays out a whole timeline for an export: every lane in full (no scrolling, no clusters), every
 * title written whole, on a time axis that runs exactly over the range asked for, plus the room
 * the last titles need, and leaves out long empty stretches as breaks unless told not to.
 *
 * <p>The label room depends on the scale and the scale on the room, so the layout is done a few
 * times, each pass giving each stretch the room its labels overran in the last (the room only
 * grows, so it settles in two or three passes).
 */
public final class ExportLayoutEngine {

    /** Free pixels between the gutter and the first day, so a marker at the start is whole. */
    static final double START_INSET = 12;
    /** Free pixels kept after the last label of a stretch. */
    static final double END_PAD = 12;
    /** Width of a break band: room for its years ("1952 – 2011") in the axis. */
    public static final double BREAK_WIDTH = 84;
    private static final int PASSES = 4;

    /**
     * What to lay out besides the events.
     *
     * @param axisBreaks leave long empty stretches out of the axis (see {@link AxisBreaks})
     * @param today      where to draw the today line, or null for none; it is drawn only inside the range
     * @param texts      the label of each event (its title, and any mark of an uncertain date)
     * @param notes      the footnote numbers of each event, drawn as [1] after its label
     */
    public record Options(boolean axisBreaks, LocalDate today, Function<Event, String> texts,
                          Function<Event, List<Integer>> notes) {
    }

    /**
     * The layout, and what it took.
     *
     * @param busiestLane the lane needing the most rows (null when there are no lanes)
     * @param maxRows     the rows that lane needs
     */
    public record Result(TimelineLayout layout, PiecewiseTimeAxis axis, String busiestLane, int maxRows) {
    }

    private final TextMeasure measure;
    private final LayoutStyle style;
    private final CalendarWords words;

    /** An engine whose axis speaks English. */
    public ExportLayoutEngine(TextMeasure measure, LayoutStyle style) {
        this(measure, style, CalendarWords.of(Language.ENGLISH));
    }

    /** An engine whose axis is labelled in {@code words}' language. */
    public ExportLayoutEngine(TextMeasure measure, LayoutStyle style, CalendarWords words) {
        this.measure = measure;
        this.style = style;
        this.words = words;
    }

    public LayoutStyle style() {
        return style;
    }

    /** Lays {@code lanes} out over {@code [start, end)} epoch days on a canvas {@code width} wide. */
    public Result layout(List<Lane> lanes, double start, double end, double width, Options options) {
        AxisBreaks.Plan plan = options.axisBreaks() ? AxisBreaks.plan(start, end, spans(lanes))
                : AxisBreaks.Plan.continuous(start, end);
        double origin = style.gutterWidth() + START_INSET;
        double axisWidth = Math.max(1, width - origin);
        ExportPacking.Labels labels = new ExportPacking.Labels(measure, options.texts(), options.notes());
        double[] pads = new double[plan.stretches().size()];
        java.util.Arrays.fill(pads, END_PAD);
        PiecewiseTimeAxis axis = PiecewiseTimeAxis.layout(plan, axisWidth, pads, BREAK_WIDTH);
        List<ExportPacking> packings = pack(lanes, axis, labels);
        for (int pass = 1; pass < PASSES; pass++) {
            double[] needed = overruns(axis, packings);
            boolean grown = false;
            for (int i = 0; i < pads.length; i++) {
                if (needed[i] > pads[i] + 0.5) {
                    pads[i] = needed[i];
                    grown = true;
                }
            }
            if (!grown) {
                break;
            }
            axis = PiecewiseTimeAxis.layout(plan, axisWidth, pads, BREAK_WIDTH);
            packings = pack(lanes, axis, labels);
        }
        return assemble(lanes, axis, packings, origin, width, options.today());
    }

    private static List<AxisBreaks.Span> spans(List<Lane> lanes) {
        List<AxisBreaks.Span> spans = new ArrayList<>();
        for (Lane lane : lanes) {
            EventIndex index = lane.events();
            for (int i = 0; i < index.size(); i++) {
                spans.add(new AxisBreaks.Span(index.start(i), index.end(i)));
            }
        }
        return spans;
    }

    private List<ExportPacking> pack(List<Lane> lanes, TimeAxis axis, ExportPacking.Labels labels) {
        List<ExportPacking> out = new ArrayList<>();
        for (Lane lane : lanes) {
            out.add(new ExportPacking(lane.events(), axis, style, labels));
        }
        return out;
    }

    /** For each stretch, the room after its last day its items' labels need (at least {@link #END_PAD}). */
    private static double[] overruns(PiecewiseTimeAxis axis, List<ExportPacking> packings) {
        List<TimeAxis.Stretch> stretches = axis.stretches();
        double[] needed = new double[stretches.size()];
        java.util.Arrays.fill(needed, END_PAD);
        for (ExportPacking p : packings) {
            for (ExportPacking.Placed item : p.items) {
                int s = stretchOf(stretches, item.x0());
                needed[s] = Math.max(needed[s], item.right() + END_PAD - stretches.get(s).x1());
            }
        }
        return needed;
    }

    private static int stretchOf(List<TimeAxis.Stretch> stretches, double x) {
        int found = 0;
        for (int i = 0; i < stretches.size(); i++) {
            if (x >= stretches.get(i).x0() - 1) {
                found = i;
            }
        }
        return found;
    }

    private Result assemble(List<Lane> lanes, PiecewiseTimeAxis axis, List<ExportPacking> packings, double origin,
                            double width, LocalDate today) {
        List<LaneBox> laneBoxes = new ArrayList<>();
        List<ItemBox> items = new ArrayList<>();
        int[] laneItemStart = new int[lanes.size() + 1];
        double y = style.axisHeight();
        String busiest = null;
        int maxRows = 0;
        for (int li = 0; li < lanes.size(); li++) {
            ExportPacking p = packings.get(li);
            int rows = Math.max(1, p.rowsUsed);
            if (rows > maxRows) {
                maxRows = rows;
                busiest = lanes.get(li).label();
            }
            double laneHeight = 2 * style.lanePadding() + rows * style.rowHeight();
            laneBoxes.add(new LaneBox(lanes.get(li), y, laneHeight, rows, false));
            laneItemStart[li] = items.size();
            for (ExportPacking.Placed it : p.items) {
                double rowY = y + style.lanePadding() + it.row() * style.rowHeight();
                items.add(new ItemBox(it.event(), li, it.row(), it.shape(), origin + it.x0(), origin + it.x1(), rowY,
                        it.rows() * style.rowHeight(), it.lines().isEmpty() ? "" : it.lines().get(0),
                        origin + it.labelX(), it.inside(), origin + it.x0(), origin + it.right(), it.lines(),
                        it.notes()));
            }
            y += laneHeight;
        }
        laneItemStart[lanes.size()] = items.size();
        double height = y;
        double todayX = Double.NaN;
        if (today != null && today.toEpochDay() >= axis.startDay() && today.toEpochDay() < axis.endDay()) {
            todayX = origin + axis.x(today.toEpochDay() + 0.5);
        }
        Axis ticks = new AxisBuilder(measure, words).build(axis, origin);
        // The linear scale of the first stretch, for code that wants one; the axis is the truth.
        TimeScale scale = new TimeScale(axis.startDay() - origin / axis.pxPerDay(), axis.pxPerDay());
        TimelineLayout layout = new TimelineLayout(scale, width, height, 0, height - style.axisHeight(), style, ticks,
                laneBoxes, items, List.of(), laneItemStart, todayX);
        return new Result(layout, axis, busiest, maxRows);
    }
}
