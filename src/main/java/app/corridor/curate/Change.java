package app.corridor.curate;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.model.EntryDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

        /**
         * @param uniqueIds true when every entry of both lists has an id of its own; then a step that
         *                  changed a few entries is told without a map of every id (100,000 events)
         */
        static <T> Delta<T> between(List<T> before, List<T> after, Function<T, String> idOf, boolean uniqueIds) {
            List<T> b = before == null ? List.of() : before;
            List<T> a = after == null ? List.of() : after;
            Delta<T> few = !uniqueIds ? null
                    : EntryDiff.between(b, a).map(diff -> ofFew(b, a, diff, idOf)).orElse(null);
            if (few != null) {
                return few;
            }
            Map<String, T> old = byId(b, idOf);
            Map<String, T> now = byId(a, idOf);
            if (old == null || now == null) {
                return new Delta<>(List.of(), List.of(), a);
            }
            List<String> removed = b.stream().map(idOf).filter(id -> !now.containsKey(id)).toList();
            List<T> put = a.stream().filter(t -> !Objects.equals(old.get(idOf.apply(t)), t)).toList();
            return new Delta<>(removed, put, null);
        }

        /**
         * The change made by replacing {@code diff}'s few entries, where ids are known to tell entries
         * apart: the entries that stayed are the same objects in both lists, so only the others are
         * looked at. Null when one of those has no id or shares it with another of them.
         */
        private static <T> Delta<T> ofFew(List<T> b, List<T> a, EntryDiff diff, Function<T, String> idOf) {
            // In list order, as the maps of every id give them.
            Map<String, T> old = new LinkedHashMap<>();
            Map<String, T> now = new LinkedHashMap<>();
            for (int i : diff.removed()) {
                old.put(idOf.apply(b.get(i)), b.get(i));
            }
            for (int i : diff.added()) {
                now.put(idOf.apply(a.get(i)), a.get(i));
            }
            if (old.containsKey(null) || now.containsKey(null) || old.size() < diff.removed().length
                    || now.size() < diff.added().length) {
                return null;
            }
            List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
            List<T> put = now.values().stream().filter(t -> !Objects.equals(old.get(idOf.apply(t)), t)).toList();
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

    /**
     * What changed from {@code before} to {@code after}.
     *
     * @param uniqueIds true when each source, actor and event of both documents has an id no other
     *                  of its kind has (see {@link #uniqueIds})
     */
    static Change between(DatasetDto before, DatasetDto after, boolean uniqueIds) {
        return new Change(after.title(),
                Delta.between(before.sources(), after.sources(), SourceDto::id, uniqueIds),
                Delta.between(before.actors(), after.actors(), ActorDto::id, uniqueIds),
                Delta.between(before.events(), after.events(), EventDto::id, uniqueIds));
    }

    /** True when each source, actor and event of {@code document} has an id no other of its kind has. */
    static boolean uniqueIds(DatasetDto document) {
        return Delta.byId(orEmpty(document.sources()), SourceDto::id) != null
                && Delta.byId(orEmpty(document.actors()), ActorDto::id) != null
                && Delta.byId(orEmpty(document.events()), EventDto::id) != null;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** {@code document} with this change made, in canonical order. */
    DatasetDto applyTo(DatasetDto document) {
        return CanonicalJson.normalize(new DatasetDto(document.schemaVersion(), title,
                sources.applyTo(document.sources(), SourceDto::id),
                actors.applyTo(document.actors(), ActorDto::id),
                events.applyTo(document.events(), EventDto::id)));
    }
}
