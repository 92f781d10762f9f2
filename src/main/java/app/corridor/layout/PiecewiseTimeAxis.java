package app.corridor.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A time axis made of continuous stretches at one common scale, separated by breaks of a fixed
 * width (see {@link AxisBreaks} for where breaks go). Built for a plot of a given width: the
 * stretches share what is left after the breaks and the label room each stretch asks for.
 * Immutable.
 */
public final class PiecewiseTimeAxis implements TimeAxis {

    private final double pxPerDay;
    private final List<Stretch> stretches;
    private final List<Break> breaks;

    private PiecewiseTimeAxis(double pxPerDay, List<Stretch> stretches, List<Break> breaks) {
        this.pxPerDay = pxPerDay;
        this.stretches = List.copyOf(stretches);
        this.breaks = List.copyOf(breaks);
    }

    /**
     * Lays {@code plan} out across {@code width} pixels.
     *
     * @param padAfter label room, in pixels, after each stretch of the plan (same order); the last
     *                 one is the room the last titles need at the right edge
     * @param breakWidth pixels given to each break
     */
    public static PiecewiseTimeAxis layout(AxisBreaks.Plan plan, double width, double[] padAfter, double breakWidth) {
        List<AxisBreaks.Span> spans = plan.stretches();
        if (padAfter.length != spans.size()) {
            throw new IllegalArgumentException("one pad per stretch: " + padAfter.length + " for " + spans.size());
        }
        double fixed = plan.breaks().size() * breakWidth;
        double days = 0;
        for (int i = 0; i < spans.size(); i++) {
            fixed += padAfter[i];
            days += spans.get(i).endDay() - spans.get(i).startDay();
        }
        // A breaks-only plan (no stretch has time) still needs a positive scale.
        double px = Math.max(1, width - fixed) / Math.max(1, days);
        List<Stretch> stretches = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        double x = 0;
        int si = 0;
        int bi = 0;
        // Walk the plan in time order: a break may come first (an empty start of the range).
        while (si < spans.size() || bi < plan.breaks().size()) {
            boolean breakNext = bi < plan.breaks().size()
                    && (si >= spans.size() || plan.breaks().get(bi).startDay() < spans.get(si).startDay());
            if (breakNext) {
                AxisBreaks.Span b = plan.breaks().get(bi++);
                breaks.add(new Break(b.startDay(), b.endDay(), x, x + breakWidth));
                x += breakWidth;
            } else {
                AxisBreaks.Span s = spans.get(si);
                double x1 = x + (s.endDay() - s.startDay()) * px;
                stretches.add(new Stretch(s.startDay(), s.endDay(), x, x1, padAfter[si]));
                x = x1 + padAfter[si];
                si++;
            }
        }
        return new PiecewiseTimeAxis(px, stretches, breaks);
    }

    /** One continuous stretch over {@code [start, end)} across {@code width}, ending in {@code padAfter} pixels of label room. */
    public static PiecewiseTimeAxis linear(double start, double end, double width, double padAfter) {
        return layout(AxisBreaks.Plan.continuous(start, end), width, new double[] {padAfter}, 0);
    }

    @Override
    public double pxPerDay() {
        return pxPerDay;
    }

    @Override
    public List<Stretch> stretches() {
        return stretches;
    }

    @Override
    public List<Break> breaks() {
        return breaks;
    }

    /** First day of the axis. */
    public double startDay() {
        double s = stretches.isEmpty() ? Double.POSITIVE_INFINITY : stretches.get(0).startDay();
        return breaks.isEmpty() ? s : Math.min(s, breaks.get(0).startDay());
    }

    /** The day after the last day of the axis. */
    public double endDay() {
        double e = stretches.isEmpty() ? Double.NEGATIVE_INFINITY : stretches.get(stretches.size() - 1).endDay();
        return breaks.isEmpty() ? e : Math.max(e, breaks.get(breaks.size() - 1).endDay());
    }

    /** Pixels from the axis's start to its right end, label room included. */
    public double width() {
        double w = stretches.isEmpty() ? 0 : stretches.get(stretches.size() - 1).right();
        return breaks.isEmpty() ? w : Math.max(w, breaks.get(breaks.size() - 1).x1());
    }

    @Override
    public double x(double t) {
        for (Break b : breaks) {
            if (t >= b.startDay() && t < b.endDay()) {
                return b.x0() + (t - b.startDay()) / (b.endDay() - b.startDay()) * b.width();
            }
        }
        Stretch nearest = null;
        for (Stretch s : stretches) {
            if (nearest == null || t >= s.startDay()) {
                nearest = s;
            }
        }
        if (nearest == null) {
            return 0;
        }
        // Inside its stretch, or before the first / after the last: straight on at the common scale.
        return nearest.x0() + (t - nearest.startDay()) * pxPerDay;
    }

    @Override
    public double time(double x) {
        for (Break b : breaks) {
            if (x >= b.x0() && x < b.x1()) {
                return b.startDay() + (x - b.x0()) / b.width() * (b.endDay() - b.startDay());
            }
        }
        Stretch nearest = null;
        for (Stretch s : stretches) {
            if (nearest == null || x >= s.x0()) {
                nearest = s;
            }
        }
        if (nearest == null) {
            return 0;
        }
        // In a stretch's label room there is no time of its own: it reads as the stretch's end.
        double t = nearest.startDay() + (x - nearest.x0()) / pxPerDay;
        return x > nearest.x1() && nearest != stretches.get(stretches.size() - 1) ? nearest.endDay() : t;
    }
}
