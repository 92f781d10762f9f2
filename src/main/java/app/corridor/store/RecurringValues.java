package app.corridor.store;

import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The participations and dates of the events a start unpacks, each made once and shared. They are
 * values that recur across events (an actor in a part, a day), and a start keeps every event's:
 * made per event, they were 181,000 participations and 127,000 dates at 100,000 generated events,
 * all of them copied by the collector as the heap fills. A lookup allocates nothing (boxed keys
 * made garbage faster than sharing saved): actors are looked up by their number in the packed
 * dictionary, days by year, and the events come in time order, so the year is nearly always the
 * last one's.
 */
final class RecurringValues {

    private static final int PARTS = Part.values().length;
    /** Slots for the months and days of a year (month × 32 + day, month 0–12), each with two flags. */
    private static final int DAY_SLOTS = 13 * 32 * 4;

    /** By the actor's dictionary number, then its part's ordinal. */
    private Participation[][] participations = new Participation[256][];
    private final Map<Integer, Year> years = new HashMap<>();
    private Year lastYear;

    /** One year's dates, and the event dates that are one of them (not an interval), by slot. */
    private record Year(int year, PartialDate[] days, EventDate[] singles) {
    }

    /** The participation of the actor numbered {@code actorNumber} (its id {@code actorId}) in {@code part}. */
    Participation participation(int actorNumber, String actorId, Part part) {
        if (actorNumber >= participations.length) {
            participations = Arrays.copyOf(participations, Math.max(actorNumber + 1, participations.length * 2));
        }
        Participation[] byPart = participations[actorNumber];
        if (byPart == null) {
            byPart = participations[actorNumber] = new Participation[PARTS];
        }
        Participation p = byPart[part.ordinal()];
        if (p == null) {
            p = byPart[part.ordinal()] = new Participation(actorId, part);
        }
        return p;
    }

    /** The date packed as these numbers ({@code monthDay} is month × 32 + day; flags 1 approximate, 2 uncertain). */
    PartialDate day(int year, int monthDay, int flags) {
        boolean approximate = (flags & 1) != 0;
        boolean uncertain = (flags & 2) != 0;
        int slot = slot(monthDay, approximate, uncertain);
        PartialDate[] days = slot < 0 ? null : year(year).days;
        if (days != null && days[slot] != null) {
            return days[slot];
        }
        // An impossible date (no such month or day) fails here, and is never kept.
        PartialDate d = new PartialDate(year, monthDay / 32, monthDay % 32, approximate, uncertain);
        if (days != null) {
            days[slot] = d;
        }
        return d;
    }

    /** The event date that is {@code date} alone (one of this instance's). */
    EventDate single(PartialDate date) {
        EventDate[] singles = year(date.year()).singles;
        int slot = slot(date.month() * 32 + date.day(), date.approximate(), date.uncertain());
        EventDate e = singles[slot];
        if (e == null) {
            e = singles[slot] = EventDate.of(date);
        }
        return e;
    }

    private static int slot(int monthDay, boolean approximate, boolean uncertain) {
        return monthDay < 0 || monthDay >= DAY_SLOTS / 4 ? -1 : monthDay * 4 + (approximate ? 1 : 0) + (uncertain ? 2 : 0);
    }

    private Year year(int year) {
        if (lastYear == null || lastYear.year != year) {
            lastYear = years.computeIfAbsent(year, y -> new Year(y, new PartialDate[DAY_SLOTS], new EventDate[DAY_SLOTS]));
        }
        return lastYear;
    }
}
