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
 * @param events         events in the export
 * @param width          the width laid out at, in CSS pixels
 * @param lane           the lane needing the most rows
 * @param rows           the rows it needs
 * @param suggestedWidth a width at which the busiest lane should fit (at most the largest allowed)
 * @param slices         consecutive time ranges with about as many events each, each of which should fit
 */
public record Density(int events, int width, String lane, int rows, int suggestedWidth, List<Slice> slices) {

    /** Rows one lane may need before the export is too dense to read. */
    public static final int MAX_ROWS = 60;

    /** A time range for one of several exports splitting the set, by month. */
    public record Slice(PartialDate from, PartialDate to, int events) {
    }

    public Density {
        slices = List.copyOf(slices);
    }

    /** The verdict for {@code shown} laid out {@code width} wide, its busiest lane needing {@code rows} rows. */
    static Density of(List<Event> shown, int width, String lane, int rows) {
        int suggested = (int) Math.min(ExportRequest.MAX_WIDTH,
                Math.ceil(width * (double) rows / MAX_ROWS * 1.2 / 1000) * 1000);
        int parts = (int) Math.ceil(rows * 1.2 / MAX_ROWS);
        List<Event> sorted = shown.stream().sorted(Comparator.comparing(Event::date)).toList();
        List<Slice> slices = new ArrayList<>();
        if (rows > MAX_ROWS && !sorted.isEmpty()) {
            int per = (int) Math.ceil(sorted.size() / (double) parts);
            for (int i = 0; i < sorted.size(); i += per) {
                List<Event> part = sorted.subList(i, Math.min(sorted.size(), i + per));
                slices.add(new Slice(month(part.get(0).date().firstDay()),
                        month(part.get(part.size() - 1).date().lastDay()), part.size()));
            }
        }
        return new Density(shown.size(), width, lane, rows, Math.max(width, suggested), slices);
    }

    private static PartialDate month(java.time.LocalDate d) {
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    /** True when the export is too dense to read at its size. */
    public boolean dense() {
        return rows > MAX_ROWS;
    }

    /** True when {@link #suggestedWidth()} is enough: the set is not too dense for the widest image. */
    public boolean widerHelps() {
        return suggestedWidth < ExportRequest.MAX_WIDTH || width * (double) rows / MAX_ROWS <= ExportRequest.MAX_WIDTH;
    }

    /** "Too dense to read at 1600 px: 9,500 events; the lane “Meetings” would need 412 rows of titles (60 read well)". */
    public String summary() {
        return String.format(Locale.ROOT, "Too dense to read at %,d px: %,d events; the lane \u201c%s\u201d would need"
                + " %,d rows of titles (%d read well)", width, events, lane, rows, MAX_ROWS);
    }
}
