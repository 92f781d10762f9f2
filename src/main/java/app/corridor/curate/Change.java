package app.corridor.curate;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.canonical.CanonicalJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What one step changed between two documents, by id: the entries removed and the entries added
 * or replaced, so the recovery journal holds a few entries per edit rather than the whole dataset.
 * A collection with an id twice (a document still to be fixed) is recorded whole.
 *
 * @param title the dataset's title after the step
 */
record Change(String title, Delta<SourceDto> sources, Delta<ActorDto> actors, Delta<EventDto> events) {

    /**
     * The change to one collection.
     *
     * @param removed ids no longer there
     * @param put     entries added or changed
     * @param all     the whole collection, when ids do not tell entries apart; else null
     */
    record Delta<T>(List<String> removed, List<T> put, List<T> all) {

        static <T> Delta<T> between(List<T> before, List<T> after, Function<T, String> idOf) {
            List<T> b = before == null ? List.of() : before;
            List<T> a = after == null ? List.of() : after;
            Map<String, T> old = byId(b, idOf);
            Map<String, T> now = byId(a, idOf);
            if (old == null || now == null) {
                return new Delta<>(List.of(), List.of(), a);
            }
            List<String> removed = b.stream().map(idOf).filter(id -> !now.containsKey(id)).toList();
            List<T> put = a.stream().filter(t -> !Objects.equals(old.get(idOf.apply(t)), t)).toList();
            return new Delta<>(removed, put, null);
        }

        List<T> applyTo(List<T> list, Function<T, String> idOf) {
            if (all != null) {
                return all;
            }
            Set<String> gone = new HashSet<>(removed);
            List<T> out = new ArrayList<>();
            for (T t : list == null ? List.<T>of() : list) {
                if (!gone.contains(idOf.apply(t))) {
                    out.add(t);
                }
            }
            for (T t : put) {
                int i = indexOf(out, idOf, idOf.apply(t));
                if (i >= 0) {
                    out.set(i, t);
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        boolean isEmpty() {
            return all == null && removed.isEmpty() && put.isEmpty();
        }

        /** Entries by id, or null when an id is missing or taken twice. */
        private static <T> Map<String, T> byId(List<T> list, Function<T, String> idOf) {
            Map<String, T> map = new HashMap<>();
            for (T t : list) {
                String id = idOf.apply(t);
                if (id == null || map.put(id, t) != null) {
                    return null;
                }
            }
            return map;
        }

        private static <T> int indexOf(List<T> list, Function<T, String> idOf, String id) {
            for (int i = 0; i < list.size(); i++) {
                if (Objects.equals(idOf.apply(list.get(i)), id)) {
                    return i;
                }
            }
            return -1;
        }
    }

    static Change between(DatasetDto before, DatasetDto after) {
        return new Change(after.title(),
                Delta.between(before.sources(), after.sources(), SourceDto::id),
                Delta.between(before.actors(), after.actors(), ActorDto::id),
                Delta.between(before.events(), after.events(), EventDto::id));
    }

    /** {@code document} with this change made, in canonical order. */
    DatasetDto applyTo(DatasetDto document) {
        return CanonicalJson.normalize(new DatasetDto(document.schemaVersion(), title,
                sources.applyTo(document.sources(), SourceDto::id),
                actors.applyTo(document.actors(), ActorDto::id),
                events.applyTo(document.events(), EventDto::id)));
    }
}
