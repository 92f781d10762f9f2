package app.corridor.dataset.canonical;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.model.EntryDiff;
import app.corridor.model.EventDate;
import java.time.DateTimeException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The canonical order of a dataset's collections. Sources and actors by id, events by date (as
 * {@link EventDate#compareTo} orders them: first day, then finer precision, then last day) and then
 * by id. Ids compare by their characters (slugs: ASCII order). An event whose date cannot be read
 * comes after every dated event, ordered by the text of its date and then its id; a missing id or
 * date comes last. Sorting is stable, so entries that tie (a duplicate id) keep the order written.
 * An event's actors and quotes and an actor's roles keep the order written: it means something
 * (the host first, the strongest quote first).
 */
public final class CanonicalOrder {

    private static final Comparator<String> TEXT = Comparator.nullsLast(Comparator.naturalOrder());

    /** Sources by id. */
    public static final Comparator<SourceDto> SOURCES = Comparator.comparing(SourceDto::id, TEXT);

    /** Actors by id. */
    public static final Comparator<ActorDto> ACTORS = Comparator.comparing(ActorDto::id, TEXT);

    private CanonicalOrder() {
    }

    /** {@code document} with its collections in canonical order; the same instance when already so. */
    public static DatasetDto sort(DatasetDto document) {
        List<SourceDto> sources = sorted(document.sources(), SOURCES);
        List<ActorDto> actors = sorted(document.actors(), ACTORS);
        List<EventDto> events = sortedEvents(document.events());
        if (sources == document.sources() && actors == document.actors() && events == document.events()) {
            return document;
        }
        return new DatasetDto(document.schemaVersion(), document.title(), sources, actors, events);
    }

    /**
     * {@code edited} in canonical order, where it is {@code canonical} (in that order) with some
     * events changed, added or removed: an edit of the document. Sorting all 100,000 events again for
     * each edit would read every date; instead the events left as they were keep their order and
     * only the others are placed, by binary search. When more than {@link EntryDiff#FEW} events
     * changed (an actor renamed throughout, say) it is {@link #sort} after all. The same instance when
     * {@code edited} is in order already.
     */
    public static DatasetDto sort(DatasetDto canonical, DatasetDto edited) {
        if (canonical.events() == null || edited.events() == null) {
            return sort(edited);
        }
        List<SourceDto> sources = sorted(edited.sources(), SOURCES);
        List<ActorDto> actors = sorted(edited.actors(), ACTORS);
        List<EventDto> events = sortedEvents(canonical.events(), edited.events());
        if (sources == edited.sources() && actors == edited.actors() && events == edited.events()) {
            return edited;
        }
        return new DatasetDto(edited.schemaVersion(), edited.title(), sources, actors, events);
    }

    /** Events by date, then id: the order of the file and of the editor's lists. */
    public static List<EventDto> sortedEvents(List<EventDto> events) {
        return sorted(events, EventKey::of, Comparator.naturalOrder());
    }

    /**
     * {@code edited} sorted as {@link #sortedEvents(List)} sorts it, where {@code canonical} is in
     * canonical order and shares every event {@code edited} did not change (see {@link #sort(DatasetDto,
     * DatasetDto)}).
     */
    static List<EventDto> sortedEvents(List<EventDto> canonical, List<EventDto> edited) {
        EntryDiff diff = EntryDiff.between(canonical, edited).orElse(null);
        if (diff == null) {
            return sortedEvents(edited);
        }
        // What stayed is in order still; each event added goes after the ones that stayed and sort
        // before it or tie with it but came before it in the edited list (a stable sort's order).
        List<EventDto> kept = new ArrayList<>(canonical.size());
        int from = 0;
        for (int removed : diff.removed()) {
            kept.addAll(canonical.subList(from, removed));
            from = removed + 1;
        }
        kept.addAll(canonical.subList(from, canonical.size()));
        List<Placed> added = new ArrayList<>(diff.added().length);
        for (int i = 0; i < diff.added().length; i++) {
            int at = diff.added()[i];
            added.add(new Placed(edited.get(at), EventKey.of(edited.get(at)), at - i));
        }
        added.sort(Comparator.comparing(Placed::key)); // stable: ties keep the edited order
        List<EventDto> out = new ArrayList<>(edited.size());
        int next = 0;
        for (Placed p : added) {
            int lo = next;
            int hi = kept.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = EventKey.of(kept.get(mid)).compareTo(p.key());
                if (c < 0 || c == 0 && mid < p.keptBefore()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out.addAll(kept.subList(next, lo));
            out.add(p.event());
            next = lo;
        }
        out.addAll(kept.subList(next, kept.size()));
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != edited.get(i)) {
                return Collections.unmodifiableList(out);
            }
        }
        return edited;
    }

    /**
     * An event an edit added, with its sort key and how many of the events that stayed come before
     * it in the edited list.
     */
    private record Placed(EventDto event, EventKey key, int keptBefore) {
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return sorted(list, Function.identity(), order);
    }

    /**
     * Sorts stably by {@code key} (worked out once per element); returns {@code list} itself when it
     * is in order already, so an unchanged document stays the same instance.
     */
    private static <T, K> List<T> sorted(List<T> list, Function<T, K> key, Comparator<K> order) {
        if (list == null) {
            return null;
        }
        List<Map.Entry<T, K>> keyed = new ArrayList<>(list.size());
        list.forEach(t -> keyed.add(new AbstractMap.SimpleImmutableEntry<>(t, key.apply(t))));
        keyed.sort(Map.Entry.comparingByValue(order));
        List<T> out = keyed.stream().map(Map.Entry::getKey).toList();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != list.get(i)) {
                return out;
            }
        }
        return list;
    }

    /** What an event sorts by, worked out once per event rather than once per comparison. */
    private record EventKey(EventDate date, String dateText, String id) implements Comparable<EventKey> {

        static EventKey of(EventDto e) {
            EventDate date = null;
            if (e.date() != null) {
                try {
                    date = EventDate.parse(e.date());
                } catch (DateTimeException ignored) {
                    // An unreadable date sorts after the readable ones; the loader says what is wrong.
                }
            }
            return new EventKey(date, e.date(), e.id());
        }

        @Override
        public int compareTo(EventKey o) {
            int c = Comparator.nullsLast(Comparator.<EventDate>naturalOrder()).compare(date, o.date);
            if (c == 0 && date == null) {
                c = TEXT.compare(dateText, o.dateText);
            }
            return c != 0 ? c : TEXT.compare(id, o.id);
        }
    }
}
