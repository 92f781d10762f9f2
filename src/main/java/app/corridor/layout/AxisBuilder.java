package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Chooses the tick unit for a zoom level and places both label rows so that no label overlaps
 * another or is clipped: a lower label is shown only if it fits before the next tick, an upper
 * label sticks to the left edge while its unit is in view and gives way to the next one.
 */
public final class AxisBuilder {

    /** Space between a tick line and its label, and the least gap between two labels. */
    static final double LABEL_INSET = 4;
    static final double LABEL_GAP = 8;

    private final TextMeasure measure;
    private final CalendarWords words;
    /** The widest lower-row label of each unit, measured once. */
    private final Map<TickUnit, Double> widest = new EnumMap<>(TickUnit.class);

    /** An axis labelled in English. */
    public AxisBuilder(TextMeasure measure) {
        this(measure, CalendarWords.of(Language.ENGLISH));
    }

    /** An axis labelled in {@code words}' language. */
    public AxisBuilder(TextMeasure measure, CalendarWords words) {
        this.measure = measure;
        this.words = words;
    }

    /** The finest unit of the ladder whose labels fit between its ticks at {@code pxPerDay}. */
    public TickUnit chooseUnit(double pxPerDay) {
        for (TickUnit unit : TickUnit.values()) {
            double room = unit.minDays() * pxPerDay;
            if (room >= widestLabel(unit) + LABEL_INSET + LABEL_GAP) {
                return unit;
            }
        }
        return TickUnit.CENTURY;
    }

    /** The width of {@code unit}'s widest label in this language ("May", "12月", "ستمبر"). */
    private double widestLabel(TickUnit unit) {
        return widest.computeIfAbsent(unit, u -> u.labelSamples().stream()
                .mapToDouble(d -> measure.width(u.label(d, words), TextStyle.AXIS_MINOR)).max().orElse(0));
    }

    /**
     * The axis for {@code scale} over the plot area {@code [left, left + width)} of the canvas.
     */
    public Axis build(TimeScale scale, double left, double width) {
        TickUnit unit = chooseUnit(scale.pxPerDay());
        List<Axis.Tick> minor = new ArrayList<>();
        List<Axis.Tick> major = new ArrayList<>();
        addTicks(unit, scale.time(0), scale.time(width), Double.NEGATIVE_INFINITY, t -> left + scale.x(t), left,
                left + width, minor, major);
        return new Axis(unit, minor, major);
    }

    /**
     * The axis for a broken {@code axis} whose x = 0 is at {@code left} on the canvas: one tick unit
     * for all (the stretches share one scale); ticks only inside the stretches, labels never running
     * into a break; the upper label sticks to the left of each stretch, so the first years after a
     * break are named.
     */
    public Axis build(PiecewiseTimeAxis axis, double left) {
        TickUnit unit = chooseUnit(axis.pxPerDay());
        List<Axis.Tick> minor = new ArrayList<>();
        List<Axis.Tick> major = new ArrayList<>();
        for (TimeAxis.Stretch s : axis.stretches()) {
            addTicks(unit, s.startDay(), s.endDay() - 1e-6, s.startDay(), t -> left + axis.x(t), left + s.x0(),
                    left + s.right(), minor, major);
        }
        List<TimeAxis.Break> breaks = axis.breaks().stream()
                .map(b -> new TimeAxis.Break(b.startDay(), b.endDay(), left + b.x0(), left + b.x1())).toList();
        return new Axis(unit, minor, major, breaks);
    }

    /**
     * Ticks of {@code unit} (lower row) and its enclosing unit (upper row) from {@code startTime} to
     * {@code endTime}, none before {@code fromDay}, labels kept within {@code [clipLeft, clipRight]}.
     */
    private void addTicks(TickUnit unit, double startTime, double endTime, double fromDay, DoubleUnaryOperator xOf,
                          double clipLeft, double clipRight, List<Axis.Tick> minor, List<Axis.Tick> major) {
        LocalDate first = dateAt(startTime);
        LocalDate last = dateAt(endTime);
        for (LocalDate d = unit.floor(first); !d.isAfter(last); d = unit.next(d)) {
            if (d.toEpochDay() < fromDay) {
                continue;
            }
            double x = xOf.applyAsDouble(d.toEpochDay());
            double nextX = Math.min(xOf.applyAsDouble(unit.next(d).toEpochDay()), clipRight + LABEL_GAP);
            String label = unit.label(d, words);
            double labelX = x + LABEL_INSET;
            double labelEnd = labelX + measure.width(label, TextStyle.AXIS_MINOR);
            boolean fits = labelEnd + LABEL_GAP <= nextX && labelX >= clipLeft && labelEnd <= clipRight;
            minor.add(new Axis.Tick(x, d.toEpochDay(), fits ? label : "", labelX));
        }
        TickUnit.Major majorUnit = unit.major();
        for (LocalDate d = majorUnit.floor(first); !d.isAfter(last); d = majorUnit.next(d)) {
            double x = d.toEpochDay() < fromDay ? clipLeft : xOf.applyAsDouble(d.toEpochDay());
            double end = xOf.applyAsDouble(majorUnit.next(d).toEpochDay());
            double labelX = Math.max(x, clipLeft) + LABEL_INSET;
            double room = Math.min(end, clipRight) - labelX - LABEL_GAP;
            String label = majorUnit.label(d, words);
            if (measure.width(label, TextStyle.AXIS_MAJOR) > room) {
                label = majorUnit.shortLabel(d, words);
                if (measure.width(label, TextStyle.AXIS_MAJOR) > room) {
                    label = "";
                }
            }
            major.add(new Axis.Tick(x, d.toEpochDay(), label, labelX));
        }
    }

    private static LocalDate dateAt(double t) {
        long day = (long) Math.floor(t);
        long min = LocalDate.of(1, 1, 1).toEpochDay();
        long max = LocalDate.of(9999, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(Math.max(min, Math.min(max, day)));
    }
}
