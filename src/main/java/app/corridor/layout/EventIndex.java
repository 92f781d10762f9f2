package app.corridor.layout;

import app.corridor.model.Event;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Events sorted by start, with the running maximum of their ends, so the events that intersect a
 * time window are found by binary search instead of a scan: the layout of a frame costs what is
 * visible, not what exists.
 */
public final class EventIndex {

    private final Event[] events;
    private final double[] starts;
    private final double[] ends;
    private final double[] maxEndSoFar;

    /** Time order: by date (start, then precision), then id, so the order is total and stable. */
    public static final Comparator<Event> ORDER = Comparator.comparing(Event::date).thenComparing(Event::id);

    public EventIndex(List<Event> events) {
        this.events = events.stream().sorted(ORDER).toArray(Event[]::new);
        int n = this.events.length;
        starts = new double[n];
        ends = new double[n];
        maxEndSoFar = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            starts[i] = this.events[i].date().startEpochDay();
            ends[i] = this.events[i].date().endEpochDayExclusive();
            max = Math.max(max, ends[i]);
            maxEndSoFar[i] = max;
        }
    }

    public int size() {
        return events.length;
    }

    public Event get(int i) {
        return events[i];
    }

    /** The position of {@code event} in time order (a binary search), or -1 when it is not here. */
    public int indexOf(Event event) {
        int i = Arrays.binarySearch(events, event, ORDER);
        return i >= 0 && events[i].id().equals(event.id()) ? i : -1;
    }

    /** True when {@code event} (by id) is one of these. */
    public boolean contains(Event event) {
        return indexOf(event) >= 0;
    }

    /**
     * How many events lie wholly outside {@code [from, to)} (epoch days): those ending by
     * {@code from} and those starting at or after {@code to}. Binary searches and a scan of the
     * events that start before {@code from} but after the last one that ended by it.
     */
    public int countOutside(double from, double to) {
        int n = events.length;
        int after = n - Sorted.firstGreater(starts, n, to - 1e-9);
        // Every event before the first whose running max end passes from has ended by from.
        int k = Sorted.firstGreater(maxEndSoFar, n, from);
        int before = k;
        int startsBefore = Sorted.firstGreater(starts, n, from - 1e-9);
        for (int i = k; i < startsBefore; i++) {
            if (ends[i] <= from) {
                before++;
            }
        }
        return before + after;
    }

    /** All events, in start order. */
    public List<Event> all() {
        return Arrays.asList(events);
    }

    /** Start of event {@code i} in epoch days. */
    public double start(int i) {
        return starts[i];
    }

    /** End (exclusive) of event {@code i} in epoch days. */
    public double end(int i) {
        return ends[i];
    }

    /** Earliest start and latest end over all events, or null when empty. */
    public double[] span() {
        return recentSpan(1);
    }

    /**
     * The span of the latest {@code share} of the events (by start), to the latest end; null when
     * empty. A few old outliers (a 1951 milestone before decades of recent exchanges) would
     * otherwise squeeze everything else into a corner.
     */
    public double[] recentSpan(double share) {
        if (events.length == 0) {
            return null;
        }
        // The epsilon keeps 10 x (1 - 0.9) = 0.99999... from rounding down to 0.
        int first = (int) Math.floor(events.length * (1 - Math.max(0, Math.min(1, share))) + 1e-9);
        return new double[] {starts[Math.min(first, events.length - 1)], maxEndSoFar[events.length - 1]};
    }
}
