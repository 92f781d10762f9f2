package app.corridor.layout;

/**
 * The one map between time and pixels: {@code x = (t - t0) * pxPerDay}, where {@code t} is a
 * continuous time in epoch days (day 0 = 1970-01-01; 19,876.5 is noon of that day). Zooming changes
 * {@code pxPerDay} around a fixed point; panning changes {@code t0}. Everything else derives from it.
 *
 * @param t0       the time at x = 0
 * @param pxPerDay pixels per day, &gt; 0
 */
public record TimeScale(double t0, double pxPerDay) {

    public TimeScale {
        if (!(pxPerDay > 0) || Double.isInfinite(pxPerDay) || Double.isNaN(t0)) {
            throw new IllegalArgumentException("bad time scale t0=" + t0 + " pxPerDay=" + pxPerDay);
        }
    }

    /** The x of time {@code t}. */
    public double x(double t) {
        return (t - t0) * pxPerDay;
    }

    /** The time at {@code x}. */
    public double time(double x) {
        return t0 + x / pxPerDay;
    }

    /** Shows {@code [start, end)} across {@code width} pixels, with {@code marginPx} free on each side. */
    public static TimeScale fit(double start, double end, double width, double marginPx) {
        double span = Math.max(end - start, 1);
        double usable = Math.max(width - 2 * marginPx, 1);
        double pxPerDay = usable / span;
        return new TimeScale(start - marginPx / pxPerDay, pxPerDay);
    }

    /**
     * Zooms by {@code factor} (&gt; 1 zooms in) keeping the time under {@code anchorX} where it is,
     * with the result held inside {@code limits}.
     */
    public TimeScale zoom(double factor, double anchorX, ZoomLimits limits) {
        double anchorTime = time(anchorX);
        double newPx = limits.clamp(pxPerDay * factor);
        return new TimeScale(anchorTime - anchorX / newPx, newPx);
    }

    /** Moves the view by {@code dx} pixels (positive: the content moves right, earlier times come in). */
    public TimeScale pan(double dx) {
        return new TimeScale(t0 - dx / pxPerDay, pxPerDay);
    }

    /** The time span visible across {@code width} pixels. */
    public double visibleDays(double width) {
        return width / pxPerDay;
    }

    /** How far zoom may go: from the data's whole span down to a single day. */
    public record ZoomLimits(double minPxPerDay, double maxPxPerDay) {
        public ZoomLimits {
            if (!(minPxPerDay > 0) || maxPxPerDay < minPxPerDay) {
                throw new IllegalArgumentException("bad zoom limits " + minPxPerDay + ".." + maxPxPerDay);
            }
        }

        /**
         * Limits for data spanning {@code spanDays} shown {@code width} pixels wide: zoomed out, the
         * whole span fits with room to spare (at least a decade); zoomed in, one day fills a fifth
         * of the width, enough to tell a day's events apart.
         */
        public static ZoomLimits forSpan(double spanDays, double width) {
            double outermost = Math.max(spanDays * 1.5, 3653);
            double min = width / outermost;
            double max = Math.max(width / 5, min);
            return new ZoomLimits(min, max);
        }

        public double clamp(double pxPerDay) {
            return Math.max(minPxPerDay, Math.min(maxPxPerDay, pxPerDay));
        }
    }
}
