package app.corridor.export;

import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How crowded an export is, and what would make it legible. An export draws every event with its
 * title, so a crowded set does not merge into clusters: its lanes grow rows instead. Beyond
 * {@value #MAX_ROWS} rows in one lane (a lane some 1,500 pixels tall) the picture no longer reads
 * as a timeline; then the export asks first.
 *
 * <p>What it advises is checked, not extrapolated: a wider image or a split by time is offered
 * only when laying the events out that way fits. Neither helps a set whose events overlap in time
 * (dates known only to the month stack up however wide the image or short the range), so the
 * advice then is to filter.
 *
 * @param events         events in the export
 * @param width          the width laid out at, in CSS pixels
 * @param lane           the lane needing the most rows
 * @param rows           the rows it needs
 * @param suggestedWidth a width at which every lane was found to fit, or 0 when no allowed width does
 * @param slices         consecutive time ranges with about as many events each, each found to fit; empty when none
 */
public record Density(int events, int width, String lane, int rows, int suggestedWidth, List<Slice> slices) {

    /** Rows one lane may need before the export is too dense to read. */
    public static final int MAX_ROWS = 60;
    /** More exports than this is no advice worth giving. */
    static final int MAX_SLICES = 48;

    /** A time range for one of several exports splitting the set, by month. */
    public record Slice(PartialDate from, PartialDate to, int events) {
    }

    /** Lays the export's events within {@code range} out {@code width} wide: the rows their busiest lane needs. */
    @FunctionalInterface
    interface Rows {
        int at(ExportRange range, int width);
    }

    public Density {
        slices = List.copyOf(slices);
    }

    /**
     * The verdict for {@code shown} laid out {@code width} wide over {@code range}, its busiest lane
     * needing {@code rows} rows; when too dense, a wider image and a split by time are tried with
     * {@code rowsAt} (a few layouts at most) and offered only if they fit.
     */
    static Density of(List<Event> shown, ExportRange range, int width, String lane, int rows, Rows rowsAt) {
        if (rows <= MAX_ROWS || shown.isEmpty()) {
            return new Density(shown.size(), width, lane, rows, 0, List.of());
        }
        return new Density(shown.size(), width, lane, rows, widerThatFits(range, width, rows, rowsAt),
                slicesThatFit(shown, width, rows, rowsAt));
    }

    /**
     * The width the rows suggest (with a margin), else the widest allowed, if the layout fits there;
     * else 0. Not tried where even the widest allowed would, by the rows' count, need twice too many.
     */
    private static int widerThatFits(ExportRange range, int width, int rows, Rows rowsAt) {
        if (width * (double) rows / MAX_ROWS > 2.0 * ExportRequest.MAX_WIDTH) {
            return 0;
        }
        int estimate = (int) Math.min(ExportRequest.MAX_WIDTH,
                Math.ceil(width * (double) rows / MAX_ROWS * 1.2 / 1000) * 1000);
        for (int w : estimate < ExportRequest.MAX_WIDTH ? List.of(estimate, ExportRequest.MAX_WIDTH)
                : List.of(ExportRequest.MAX_WIDTH)) {
            if (w > width && rowsAt.at(range, w) <= MAX_ROWS) {
                return w;
            }
        }
        return 0;
    }

    /**
     * Consecutive month ranges of about equal numbers of events, as few as the rows suggest, then
     * twice as many; the first split whose every part fits, else none.
     */
    private static List<Slice> slicesThatFit(List<Event> shown, int width, int rows, Rows rowsAt) {
        List<Event> sorted = shown.stream().sorted(Comparator.comparing(Event::date)).toList();
        for (int parts = (int) Math.ceil(rows * 1.2 / MAX_ROWS); parts <= Math.min(MAX_SLICES, sorted.size());
             parts *= 2) {
            List<Slice> slices = split(sorted, parts);
            if (slices.stream().allMatch(s -> rowsAt.at(ExportRange.of(s.from(), s.to(), List.of()), width) <= MAX_ROWS)) {
                return slices;
            }
        }
        return List.of();
    }

    private static List<Slice> split(List<Event> sorted, int parts) {
        List<Slice> slices = new ArrayList<>();
        int per = (int) Math.ceil(sorted.size() / (double) parts);
        for (int i = 0; i < sorted.size(); i += per) {
            List<Event> part = sorted.subList(i, Math.min(sorted.size(), i + per));
            slices.add(new Slice(month(part.get(0).date().firstDay()),
                    month(part.get(part.size() - 1).date().lastDay()), part.size()));
        }
        return slices;
    }

    private static PartialDate month(java.time.LocalDate d) {
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    /** True when the export is too dense to read at its size. */
    public boolean dense() {
        return rows > MAX_ROWS;
    }

    /** True when a wider image was found to fit: {@link #suggestedWidth()}. */
    public boolean widerHelps() {
        return suggestedWidth > 0;
    }

    /** "Too dense to read at 1600 px: 9,500 events; the lane “Meetings” would need 412 rows of titles (60 read well)". */
    public String summary() {
        return String.format(Locale.ROOT, "Too dense to read at %,d px: %,d events; the lane \u201c%s\u201d would need"
                + " %,d rows of titles (%d read well)", width, events, lane, rows, MAX_ROWS);
    }
}
