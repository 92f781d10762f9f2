package app.corridor.export;

import app.corridor.model.Event;
import java.time.LocalDate;
import java.util.List;

/**
 * The span of time an export shows, in epoch days: {@code [startDay, endDay)}.
 *
 * @param fitContent false: show exactly this window, as the screen does (labels running past the
 *                   right edge are cut, as on screen); true: this is the events' own span, so leave
 *                   a small margin on both sides and make room on the right for the labels of the
 *                   last events, so none is cut off
 */
public record ExportRange(double startDay, double endDay, boolean fitContent) {

    public ExportRange {
        if (Double.isNaN(startDay) || Double.isNaN(endDay) || !(endDay > startDay)) {
            throw new IllegalArgumentException("an export range must end after it starts: " + startDay + ".." + endDay);
        }
    }

    /** Exactly the days {@code first} to {@code last}, both included (the GUI's visible window, or --from/--to). */
    public static ExportRange window(LocalDate first, LocalDate last) {
        return new ExportRange(first.toEpochDay(), last.toEpochDay() + 1, false);
    }

    /** Exactly {@code [startDay, endDay)} (the GUI's visible window in its own time units). */
    public static ExportRange window(double startDay, double endDay) {
        return new ExportRange(startDay, endDay, false);
    }

    /**
     * The whole span of {@code events}, from the first one's first day to the last one's last day,
     * with room around it.
     *
     * @throws IllegalArgumentException when there are no events
     */
    public static ExportRange spanning(List<Event> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no events to span");
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Event e : events) {
            start = Math.min(start, e.date().startEpochDay());
            end = Math.max(end, e.date().endEpochDayExclusive());
        }
        return new ExportRange(start, end, true);
    }

    /** The first day shown. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay((long) Math.floor(startDay));
    }

    /** The last day shown (the day before {@code endDay}). */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay((long) Math.ceil(endDay) - 1);
    }

    /** True when {@code e} could fall inside the range. */
    public boolean overlaps(Event e) {
        return e.date().startEpochDay() < endDay && e.date().endEpochDayExclusive() > startDay;
    }
}
