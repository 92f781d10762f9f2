package app.corridor.export;

import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import java.time.LocalDate;
import java.util.List;

/**
 * The span of time an export shows, in epoch days: {@code [startDay, endDay)}. The image runs
 * exactly over it, plus the room on the right that the last titles need (no tick beyond it), in
 * every format alike.
 */
public record ExportRange(double startDay, double endDay) {

    public ExportRange {
        if (Double.isNaN(startDay) || Double.isNaN(endDay) || !(endDay > startDay)) {
            throw new IllegalArgumentException("an export range must end after it starts: " + startDay + ".." + endDay);
        }
    }

    /** Exactly the days {@code first} to {@code last}, both included. */
    public static ExportRange window(LocalDate first, LocalDate last) {
        return new ExportRange(first.toEpochDay(), last.toEpochDay() + 1);
    }

    /** Exactly {@code [startDay, endDay)} (the GUI's visible window in its own time units). */
    public static ExportRange window(double startDay, double endDay) {
        return new ExportRange(startDay, endDay);
    }

    /**
     * The honest range of a filtered export: from the filter's start, or else the first event's
     * first day, to the filter's end, or else the last event's last day.
     *
     * @param from   the filter's start, or null
     * @param to     the filter's end, or null
     * @param events the events that pass the filter (needed only for an open end)
     * @throws IllegalArgumentException when an end is open and there are no events
     */
    public static ExportRange of(PartialDate from, PartialDate to, List<Event> events) {
        double start = from != null ? from.firstDay().toEpochDay() : spanning(events).startDay();
        double end = to != null ? to.lastDay().toEpochDay() + 1 : spanning(events).endDay();
        return new ExportRange(start, Math.max(end, start + 1));
    }

    /**
     * The whole span of {@code events}, from the first one's first day to the last one's last day.
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
        return new ExportRange(start, end);
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

    /** True when {@code day} lies inside the range. */
    public boolean contains(LocalDate day) {
        return day.toEpochDay() >= startDay && day.toEpochDay() < endDay;
    }
}
