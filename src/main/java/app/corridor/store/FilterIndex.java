package app.corridor.store;

import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Participation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The events of a dataset with what an {@link EventFilter} asks of them, in arrays: each event's
 * days, kind and actors. A filter and its two facet counts cost a pass over those arrays (about a
 * millisecond for 100,000 events) instead of three queries to the store; only search text goes to
 * the store's full-text index. Gives the same answers as {@link Store#matchingEventIds},
 * {@link Store#actorCounts} and {@link Store#kindCounts}.
 *
 * <p>Immutable once built, apart from the store's event order it learns on the first search; meant
 * for the one worker thread that runs the app's queries.
 */
public final class FilterIndex {

    private static final EventKind[] KINDS = EventKind.values();

    private final List<Event> events;
    private final long[] firstDay;
    private final long[] lastDay;
    private final byte[] kind;
    /** Each event's actors, as indexes into {@link #actorIds}, each once. */
    private final int[][] actorsOf;
    private final String[] actorIds;
    private final Map<String, Integer> actorIndex = new HashMap<>();
    /** Positions (in {@link #events}) of each store row, by seq: learnt on the first search. */
    private int[] positionOfSeq;

    /** Indexes {@code dataset}'s events, in the dataset's order (time order). */
    public FilterIndex(Dataset dataset) {
        this.events = dataset.events();
        int n = events.size();
        firstDay = new long[n];
        lastDay = new long[n];
        kind = new byte[n];
        actorsOf = new int[n][];
        List<String> ids = new ArrayList<>();
        int[] scratch = new int[8];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            firstDay[i] = e.date().startEpochDay();
            lastDay[i] = e.date().endEpochDayExclusive() - 1;
            kind[i] = (byte) e.kind().ordinal();
            List<Participation> who = e.participants();
            if (scratch.length < who.size()) {
                scratch = new int[who.size()];
            }
            int distinct = 0;
            for (Participation p : who) {
                Integer a = actorIndex.get(p.actorId());
                if (a == null) {
                    a = ids.size();
                    actorIndex.put(p.actorId(), a);
                    ids.add(p.actorId());
                }
                boolean seen = false;
                for (int k = 0; k < distinct && !seen; k++) {
                    seen = scratch[k] == a;
                }
                if (!seen) {
                    scratch[distinct++] = a;
                }
            }
            actorsOf[i] = Arrays.copyOf(scratch, distinct);
        }
        actorIds = ids.toArray(String[]::new);
        totals = totals();
    }

    /**
     * What the filter controls show before anything is filtered.
     *
     * @param eventsPerActor how many events each actor takes part in
     * @param firstYear      the year of the earliest first day (0 when there are no events)
     * @param lastYear       the year of the latest last day
     */
    public record Totals(Map<String, Integer> eventsPerActor, int firstYear, int lastYear) {
    }

    private final Totals totals;

    /** The data's totals, worked out with the index. */
    public Totals totalsOfAll() {
        return totals;
    }

    private Totals totals() {
        int[] perActor = new int[actorIds.length];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            for (int a : actorsOf[i]) {
                perActor[a]++;
            }
            first = Math.min(first, firstDay[i]);
            last = Math.max(last, lastDay[i]);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int a = 0; a < perActor.length; a++) {
            counts.put(actorIds[a], perActor[a]);
        }
        return events.isEmpty() ? new Totals(Map.of(), 0, 0) : new Totals(Map.copyOf(counts),
                java.time.LocalDate.ofEpochDay(first).getYear(), java.time.LocalDate.ofEpochDay(last).getYear());
    }

    /**
     * What a filter keeps, in time order, with the facet counts (see {@link Store#actorCounts}).
     *
     * @param positions where each kept event lies in the dataset's events (rising)
     */
    public record Result(List<Event> events, int[] positions, Map<String, Integer> actorCounts,
                         Map<EventKind, Integer> kindCounts) {
    }

    /**
     * The events {@code filter} keeps and its facet counts. Search text is looked up in
     * {@code store}'s full-text index (the one query made); without text the store is not asked.
     */
    public Result query(EventFilter filter, Store store) {
        BitSet text = filter.text().isEmpty() || SqlFilter.ftsQuery(filter.text()).isEmpty() ? null
                : textMatches(store, filter.text());
        return query(filter, text);
    }

    /** {@link #query(EventFilter, Store)} with the search's matches given (null: no search). */
    Result query(EventFilter filter, BitSet textMatches) {
        int n = events.size();
        long from = filter.firstDay() == null ? Long.MIN_VALUE : filter.firstDay().toEpochDay();
        long to = filter.lastDay() == null ? Long.MAX_VALUE : filter.lastDay().toEpochDay();
        boolean[] kinds = new boolean[KINDS.length];
        filter.kinds().forEach(k -> kinds[k.ordinal()] = true);
        boolean anyKind = filter.kinds().isEmpty();
        ActorTest actors = actorTest(filter);
        int kept = 0;
        int[] positions = new int[n];
        int[] perActor = new int[actorIds.length];
        int[] perKind = new int[KINDS.length];
        for (int i = 0; i < n; i++) {
            if (lastDay[i] < from || firstDay[i] > to || textMatches != null && !textMatches.get(i)) {
                continue;
            }
            boolean kindOk = anyKind || kinds[kind[i]];
            boolean actorOk = actors.keeps(actorsOf[i]);
            if (kindOk) {
                for (int a : actorsOf[i]) {
                    perActor[a]++;
                }
            }
            if (actorOk) {
                perKind[kind[i]]++;
            }
            if (kindOk && actorOk) {
                positions[kept++] = i;
            }
        }
        Map<String, Integer> actorCounts = new HashMap<>();
        for (int a = 0; a < perActor.length; a++) {
            if (perActor[a] > 0) {
                actorCounts.put(actorIds[a], perActor[a]);
            }
        }
        Map<EventKind, Integer> kindCounts = new EnumMap<>(EventKind.class);
        for (int k = 0; k < perKind.length; k++) {
            if (perKind[k] > 0) {
                kindCounts.put(KINDS[k], perKind[k]);
            }
        }
        int[] at = Arrays.copyOf(positions, kept);
        return new Result(new Kept(events, at), at, Map.copyOf(actorCounts), kindCounts);
    }

    /**
     * The events kept, read through their positions: a filter that keeps 100,000 events copies no
     * list of them (the app reads the result's positions, see {@code EventIndex#subset}).
     */
    private static final class Kept extends AbstractList<Event> implements RandomAccess {
        private final List<Event> events;
        private final int[] positions;

        Kept(List<Event> events, int[] positions) {
            this.events = events;
            this.positions = positions;
        }

        @Override
        public Event get(int index) {
            return events.get(positions[Objects.checkIndex(index, positions.length)]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }

    /** Whether an event's actors pass the filter's actor facet. */
    @FunctionalInterface
    private interface ActorTest {
        boolean keeps(int[] actors);
    }

    private ActorTest actorTest(EventFilter filter) {
        if (filter.actors().isEmpty()) {
            return actors -> true;
        }
        boolean[] chosen = new boolean[actorIds.length];
        int known = 0;
        for (String id : filter.actors()) {
            Integer a = actorIndex.get(id);
            if (a != null) {
                chosen[a] = true;
                known++;
            }
        }
        if (!filter.allActors()) {
            return actors -> {
                for (int a : actors) {
                    if (chosen[a]) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (known < filter.actors().size()) {
            return actors -> false; // an actor no event has: no event has them all
        }
        int needed = known;
        return actors -> {
            int found = 0;
            for (int a : actors) {
                if (chosen[a]) {
                    found++;
                }
            }
            return found == needed;
        };
    }

    /** The positions of the events whose text has every word of {@code text}, from the store's index. */
    private BitSet textMatches(Store store, String text) {
        if (positionOfSeq == null) {
            positionOfSeq = store.positionsBySeq(Store.positionsById(events)::get);
        }
        BitSet matches = new BitSet(events.size());
        for (long seq : store.textMatchSeqs(text)) {
            int at = seq >= 0 && seq < positionOfSeq.length ? positionOfSeq[(int) seq] : -1;
            if (at >= 0) {
                matches.set(at);
            }
        }
        return matches;
    }
}
