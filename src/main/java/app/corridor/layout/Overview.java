package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;

/**
 * The overview strip's picture of the whole time span: how many events start in each narrow
 * column (all of them, and those the filters keep), and the axis labels under it. Built once per
 * change of the events or of the strip's width, never per frame: panning only moves the window
 * drawn over it.
 *
 * @param scale    time to strip x
 * @param binWidth width of one column in pixels
 * @param all      events starting in each column, whatever the filters
 * @param matching those of them the filters keep
 * @param maxCount the fullest column, for the bars' height
 * @param axis     tick marks and labels along the strip
 */
public record Overview(TimeScale scale, double width, double binWidth, int[] all, int[] matching, int maxCount,
                       Axis axis) {

    /** Columns this many pixels wide: bars a reader can tell apart, few enough to draw at once. */
    public static final double BIN_WIDTH = 3;
    private static final double SIDE_MARGIN = 8;

    /**
     * The overview of {@code all} (the whole data set) with {@code matching} (the filtered events)
     * picked out, {@code width} pixels wide.
     */
    public static Overview build(EventIndex all, EventIndex matching, double width, TextMeasure measure,
                                 LocalDate today) {
        return build(all, matching, width, measure, today, CalendarWords.of(Language.ENGLISH));
    }

    /** The same, its axis labelled in {@code words}' language. */
    public static Overview build(EventIndex all, EventIndex matching, double width, TextMeasure measure,
                                 LocalDate today, CalendarWords words) {
        double[] span = all.size() > 0 ? all.span() : matching.span();
        if (span == null) {
            double t = today.toEpochDay();
            span = new double[] {t - 3652, t + 365};
        }
        double w = Math.max(1, width);
        TimeScale scale = TimeScale.fit(span[0], span[1], w, SIDE_MARGIN);
        int bins = Math.max(1, (int) Math.ceil(w / BIN_WIDTH));
        int[] allCounts = count(all, scale, bins);
        Axis axis = new AxisBuilder(measure, words).build(scale, 0, w);
        return withCounts(scale, w, allCounts, count(matching, scale, bins), axis);
    }

    /**
     * This overview with {@code matching} picked out instead: a filter change counts only what it
     * keeps. Only for the same events in all, when there are any (else the span is the matches').
     */
    public Overview withMatching(EventIndex matching) {
        return withCounts(scale, width, all, count(matching, scale, all.length), axis);
    }

    private static Overview withCounts(TimeScale scale, double width, int[] all, int[] matching, Axis axis) {
        int max = 0;
        for (int c : all) {
            max = Math.max(max, c);
        }
        for (int c : matching) {
            max = Math.max(max, c);
        }
        return new Overview(scale, width, BIN_WIDTH, all, matching, max, axis);
    }

    private static int[] count(EventIndex index, TimeScale scale, int bins) {
        int[] counts = new int[bins];
        for (int i = 0; i < index.size(); i++) {
            double mid = (index.start(i) + index.end(i)) / 2;
            int bin = (int) Math.floor(scale.x(mid) / BIN_WIDTH);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return counts;
    }

    /** The share of the strip's bar height for {@code count} events: a square root, so one event shows. */
    public double barShare(int count) {
        return count <= 0 || maxCount <= 0 ? 0 : Math.sqrt((double) count / maxCount);
    }
}
