package app.corridor.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened: one {@link PartialDate} or an EDTF interval {@code start/end}
 * ({@code 2024-06-04/2024-06-08}). The event covers every day from {@code start.firstDay()} to
 * {@code end.lastDay()}; a single month-precise date covers its whole month.
 */
public record EventDate(PartialDate start, PartialDate end) implements Comparable<EventDate> {

    /** Rejects reversed intervals. */
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.lastEpochDay() < start.firstEpochDay()) {
            throw new DateTimeException("the interval ends (" + end.toEdtf() + ") before it starts ("
                    + start.toEdtf() + ")");
        }
    }

    /** A date that is not an interval. */
    public static EventDate of(PartialDate date) {
        return new EventDate(date, date);
    }

    /** Parses {@code DATE} or {@code DATE/DATE}, where DATE is a {@link PartialDate}. */
    public static EventDate parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return of(PartialDate.parse(text));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new DateTimeException("\"" + text + "\" has more than one '/'");
        }
        PartialDate start = PartialDate.parse(text.substring(0, slash));
        PartialDate end = PartialDate.parse(text.substring(slash + 1));
        return new EventDate(start, end);
    }

    /** True when the source gives a start and an end (a five-day visit), false for one date. */
    public boolean isInterval() {
        return !start.equals(end);
    }

    /** The coarsest precision of the two ends: what the drawing and the label may claim. */
    public Precision precision() {
        return start.precision().compareTo(end.precision()) >= 0 ? start.precision() : end.precision();
    }

    public LocalDate firstDay() {
        return start.firstDay();
    }

    public LocalDate lastDay() {
        return end.lastDay();
    }

    /** Epoch day of the first day: the continuous time value of the event's start. */
    public long startEpochDay() {
        return start.firstEpochDay();
    }

    /** Epoch day just after the last day, so a one-day event spans exactly one day. */
    public long endEpochDayExclusive() {
        return end.lastEpochDay() + 1;
    }

    /** The EDTF text, as written in the dataset. */
    public String toEdtf() {
        return isInterval() ? start.toEdtf() + "/" + end.toEdtf() : start.toEdtf();
    }

    /**
     * Whether the two ends can be named together ("4–8 June 2024", "c. 5–6 September 2024"): the
     * same precision, neither uncertain, and both exact or both approximate.
     */
    public boolean endsAlike() {
        return start.precision() == end.precision() && !start.uncertain() && !end.uncertain()
                && start.approximate() == end.approximate();
    }

    /**
     * The date in words at its precision: "7 June 2024", "4–8 June 2024", "28 June – 3 July 2024",
     * "March 2019", "2024", "c. 2013", "c. 5–6 September 2024".
     */
    public String label() {
        return DateLabels.label(this);
    }

    /** Written out, as {@link Event#equals}'s. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EventDate d && start.equals(d.start) && end.equals(d.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    @Override
    public int compareTo(EventDate other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return toEdtf();
    }
}
