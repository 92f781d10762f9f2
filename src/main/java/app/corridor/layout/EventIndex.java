package app.corridor.layout;

import app.corridor.model.Event;
import java.util.Arrays;
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
    /** Each event's {@link ItemShape} ordinal: packing reads it for every event, without visiting the event. */
    private final byte[] shapes;
    /** The index these events were cut from ({@link #subset}), and where each lies in it; null for none. */
    private final EventIndex parent;
    private final int[] origin;

    public EventIndex(List<Event> events) {
        Event[] array = events.toArray(Event[]::new);
        // Filter results and lanes arrive in time order already: checking costs a pass, sorting a lot more.
        if (!isSorted(array)) {
            Arrays.sort(array, Event.TIME_ORDER);
        }
        this.events = array;
        this.parent = null;
        this.origin = null;
        int n = this.events.length;
        starts = new double[n];
        ends = new double[n];
        maxEndSoFar = new double[n];
        shapes = new byte[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            starts[i] = this.events[i].date().startEpochDay();
            ends[i] = this.events[i].date().endEpochDayExclusive();
            shapes[i] = (byte) ItemShape.of(this.events[i].date()).ordinal();
            max = Math.max(max, ends[i]);
            maxEndSoFar[i] = max;
        }
    }

    private EventIndex(EventIndex parent, int[] positions) {
        int n = positions.length;
        this.parent = parent;
        this.origin = positions;
        events = new Event[n];
        starts = new double[n];
        ends = new double[n];
        maxEndSoFar = new double[n];
        shapes = new byte[n];
        double max = Double.NEGATIVE_INFINITY;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int at = positions[i];
            if (at <= previous || at >= parent.events.length) {
                throw new IllegalArgumentException("positions must rise within the index: " + at + " after " + previous);
            }
            previous = at;
            events[i] = parent.events[at];
            starts[i] = parent.starts[at];
            ends[i] = parent.ends[at];
            shapes[i] = parent.shapes[at];
            max = Math.max(max, ends[i]);
            maxEndSoFar[i] = max;
        }
    }

    /**
     * The events at {@code positions} (rising) of this index, as an index of their own that
     * remembers where it was cut from: made from arrays without visiting the events, so a filter
     * over 100,000 events, or its lanes, cost a pass over numbers.
     */
    public EventIndex subset(int[] positions) {
        return new EventIndex(this, positions.clone());
    }

    /** The index these events were cut from by {@link #subset}, or null. */
    public EventIndex parent() {
        return parent;
    }

    /** Where event {@code i} lies in {@link #parent()}. */
    public int origin(int i) {
        return origin[i];
    }

    /**
     * The index of {@code events}: the one they are a view of ({@link #all()}), else a new one. A
     * filter result made in the background carries its index to every part of the window that asks.
     */
    public static EventIndex of(List<Event> events) {
        return events instanceof Events view ? view.index() : new EventIndex(events);
    }

    /** {@code events} read-only: itself when it is an index's view ({@link #all()}), else a copy. */
    public static List<Event> readOnly(List<Event> events) {
        return events instanceof Events ? events : List.copyOf(events);
    }

    private static boolean isSorted(Event[] array) {
        for (int i = 1; i < array.length; i++) {
            if (Event.TIME_ORDER.compare(array[i - 1], array[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return events.length;
    }

    public Event get(int i) {
        return events[i];
    }

    /** The position of {@code event} in time order (a binary search), or -1 when it is not here. */
    public int indexOf(Event event) {
        int i = Arrays.binarySearch(events, event, Event.TIME_ORDER);
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

    /** All events, in start order: a read-only view that {@link #of(List)} turns back into this index. */
    public List<Event> all() {
        return new Events(this);
    }

    /**
     * The position of the first event (in time order) that ends at or after {@code t} (epoch days),
     * or {@code size()} when none does: where a view starting at {@code t} begins, by binary search.
     */
    public int firstEndingFrom(double t) {
        // The running maximum of the ends first reaches t at the first event that itself ends at or after t.
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndSoFar[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of the event whose start is nearest {@code t} (the earliest of equals), or -1 when empty. */
    public int nearestStart(double t) {
        int n = events.length;
        if (n == 0) {
            return -1;
        }
        int after = Sorted.firstGreater(starts, n, t);
        // Among equal starts the earliest position wins, as a scan from the left would choose.
        int before = after - 1;
        if (before >= 0) {
            double s = starts[before];
            int first = before;
            while (first > 0 && starts[first - 1] == s) {
                first--;
            }
            before = first;
        }
        if (after >= n) {
            return before;
        }
        if (before < 0) {
            return after;
        }
        return Math.abs(starts[before] - t) <= Math.abs(starts[after] - t) ? before : after;
    }

    /** The events of an index as a list, knowing their index. */
    private static final class Events extends java.util.AbstractList<Event> implements java.util.RandomAccess {
        private final EventIndex index;

        Events(EventIndex index) {
            this.index = index;
        }

        EventIndex index() {
            return index;
        }

        @Override
        public Event get(int i) {
            return index.events[i];
        }

        @Override
        public int size() {
            return index.events.length;
        }
    }

    /** Start of event {@code i} in epoch days. */
    public double start(int i) {
        return starts[i];
    }

    /** End (exclusive) of event {@code i} in epoch days. */
    public double end(int i) {
        return ends[i];
    }

    /** The latest end (exclusive, epoch days) of events {@code 0..i}. */
    double maxEndUpTo(int i) {
        return maxEndSoFar[i];
    }

    /** How event {@code i} is drawn. */
    ItemShape shape(int i) {
        return SHAPES[shapes[i]];
    }

    private static final ItemShape[] SHAPES = ItemShape.values();

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
