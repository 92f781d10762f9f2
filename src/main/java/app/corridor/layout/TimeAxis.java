package app.corridor.layout;

import java.util.List;

/**
 * A map between time (epoch days, as in {@link TimeScale}) and x (pixels from the left of the
 * plot). The plain {@link TimeScale} is one straight line; a {@link PiecewiseTimeAxis} leaves out
 * long stretches without events and draws each as a marked, labelled break, so every period with
 * events gets readable room.
 *
 * <p>How a view adopts it: lay out with {@link #x(double)} instead of {@code t × pxPerDay}, build the
 * ticks with {@link AxisBuilder#build(PiecewiseTimeAxis, double)} (ticks fall only inside
 * {@link #stretches()}), and draw {@link #breaks()} (the painter does, from {@link Axis#breaks()}).
 */
public interface TimeAxis {

    /** The x of time {@code t}; inside a break, a point of the break's band in proportion. */
    double x(double t);

    /** The time at {@code x}: the inverse of {@link #x(double)}. */
    double time(double x);

    /**
     * Pixels per day inside the stretches (the same in all of them, so equal times take equal
     * widths wherever they are drawn).
     */
    double pxPerDay();

    /** The stretches drawn continuously, left to right. */
    List<Stretch> stretches();

    /** The stretches left out, left to right; empty for a continuous axis. */
    List<Break> breaks();

    /**
     * A continuous piece: {@code [startDay, endDay)} drawn from {@code x0} to {@code x1} at
     * {@link #pxPerDay()}, then {@code padAfter} pixels with no time, where the labels of its last
     * events run out before the next break (or the right edge).
     */
    record Stretch(double startDay, double endDay, double x0, double x1, double padAfter) {

        /** Right end of the stretch's pixels, label room included. */
        public double right() {
            return x1 + padAfter;
        }

        public boolean containsTime(double t) {
            return t >= startDay && t < endDay;
        }
    }

    /**
     * A stretch with no events, {@code [startDay, endDay)}, drawn as a band from {@code x0} to
     * {@code x1} whatever its length.
     */
    record Break(double startDay, double endDay, double x0, double x1) {

        public double width() {
            return x1 - x0;
        }
    }
}
