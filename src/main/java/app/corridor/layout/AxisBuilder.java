package app.corridor.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    public AxisBuilder(TextMeasure measure) {
        this.measure = measure;
    }

    /** The finest unit of the ladder whose labels fit between its ticks at {@code pxPerDay}. */
    public TickUnit chooseUnit(double pxPerDay) {
        for (TickUnit unit : TickUnit.values()) {
            double room = unit.minDays() * pxPerDay;
            if (room >= measure.width(unit.widestLabel(), TextStyle.AXIS_MINOR) + LABEL_INSET + LABEL_GAP) {
                return unit;
            }
        }
        return TickUnit.CENTURY;
    }

    /**
     * The axis for {@code scale} over the plot area {@code [left, left + width)} of the canvas.
     */
    public Axis build(TimeScale scale, double left, double width) {
        TickUnit unit = chooseUnit(scale.pxPerDay());
        LocalDate first = dateAt(scale.time(0));
        LocalDate last = dateAt(scale.time(width));
        List<Axis.Tick> minor = new ArrayList<>();
        for (LocalDate d = unit.floor(first); !d.isAfter(last); d = unit.next(d)) {
            double x = left + scale.x(d.toEpochDay());
            double nextX = left + scale.x(unit.next(d).toEpochDay());
            String label = unit.label(d);
            double labelX = x + LABEL_INSET;
            double labelEnd = labelX + measure.width(label, TextStyle.AXIS_MINOR);
            boolean fits = labelEnd + LABEL_GAP <= nextX && labelX >= left && labelEnd <= left + width;
            minor.add(new Axis.Tick(x, d.toEpochDay(), fits ? label : "", labelX));
        }
        TickUnit.Major majorUnit = unit.major();
        List<Axis.Tick> major = new ArrayList<>();
        for (LocalDate d = majorUnit.floor(first); !d.isAfter(last); d = majorUnit.next(d)) {
            double x = left + scale.x(d.toEpochDay());
            double end = left + scale.x(majorUnit.next(d).toEpochDay());
            double labelX = Math.max(x, left) + LABEL_INSET;
            double room = Math.min(end, left + width) - labelX - LABEL_GAP;
            String label = majorUnit.label(d);
            if (measure.width(label, TextStyle.AXIS_MAJOR) > room) {
                label = majorUnit.shortLabel(d);
                if (measure.width(label, TextStyle.AXIS_MAJOR) > room) {
                    label = "";
                }
            }
            major.add(new Axis.Tick(x, d.toEpochDay(), label, labelX));
        }
        return new Axis(unit, minor, major);
    }

    private static LocalDate dateAt(double t) {
        long day = (long) Math.floor(t);
        long min = LocalDate.of(1, 1, 1).toEpochDay();
        long max = LocalDate.of(9999, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(Math.max(min, Math.min(max, day)));
    }
}
