package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the {@link Edit}s share: their words and the list surgery on immutable documents. */
final class EditSupport {

    // Every word the user may see is in the message bundles, under these keys.
    static final String SET_TITLE = "curate.edit.set-title";
    static final String ATTACH_QUOTE = "curate.edit.attach-quote";
    static final String CHANGE_QUOTE = "curate.edit.change-quote";
    static final String REMOVE_QUOTE = "curate.edit.remove-quote";
    static final String NO_SUCH_QUOTE = "curate.edit.no-such-quote";
    static final String ACTOR_IN_USE = "curate.edit.actor-in-use";
    static final String SOURCE_IN_USE = "curate.edit.source-in-use";
    static final String SOME = "curate.edit.some";
    static final String SOME_MORE = "curate.edit.some-more";

    /** The kinds of entry an edit adds, changes or deletes, each with its own words. */
    enum Entry {
        EVENT, ACTOR, SOURCE;

        private String key(String what) {
            return "curate.edit." + what + "." + name().toLowerCase(java.util.Locale.ROOT);
        }

        Phrase add(String name) {
            return Phrase.of(key("add"), name);
        }

        Phrase edit(String name) {
            return Phrase.of(key("edit"), name);
        }

        Phrase delete(String id) {
            return Phrase.of(key("delete"), id);
        }

        Phrase taken(String id) {
            return Phrase.of(key("taken"), id);
        }

        Phrase noSuch(String id) {
            return Phrase.of(key("no-such"), id);
        }
    }

    private EditSupport() {
    }

    static DatasetDto withEvents(DatasetDto d, List<EventDto> events) {
        return new DatasetDto(d.schemaVersion(), d.title(), d.sources(), d.actors(), events);
    }

    static <T> List<T> put(List<T> list, Function<T, String> idOf, String id, T value, Entry entry)
            throws EditRefusedException {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        String newId = idOf.apply(value);
        boolean renamed = id == null || !id.equals(newId);
        if (renamed && out.stream().anyMatch(t -> newId.equals(idOf.apply(t)))) {
            throw new EditRefusedException(entry.taken(newId));
        }
        if (id == null) {
            out.add(value);
            return out;
        }
        out.set(indexOf(out, idOf, id, entry), value);
        return out;
    }

    static <T> List<T> remove(List<T> list, Function<T, String> idOf, String id, Entry entry)
            throws EditRefusedException {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        out.remove(indexOf(out, idOf, id, entry));
        return out;
    }

    static <T> T find(List<T> list, Function<T, String> idOf, String id, Entry entry)
            throws EditRefusedException {
        return list.get(indexOf(list, idOf, id, entry));
    }

    static <T> Set<String> ids(List<T> list, Function<T, String> idOf) {
        return list == null ? Set.of() : list.stream().map(idOf).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> int indexOf(List<T> list, Function<T, String> idOf, String id, Entry entry)
            throws EditRefusedException {
        for (int i = 0; list != null && i < list.size(); i++) {
            if (Objects.equals(idOf.apply(list.get(i)), id)) {
                return i;
            }
        }
        throw new EditRefusedException(entry.noSuch(id));
    }

    static EventDto renameActor(EventDto e, String from, String to) {
        if (e.actors() == null || e.actors().stream().noneMatch(p -> from.equals(p.actor()))) {
            return e;
        }
        return new EventDto(e.id(), e.title(), e.kind(), e.date(), e.location(), e.actors().stream()
                .map(p -> from.equals(p.actor()) ? new ParticipationDto(to, p.part()) : p).toList(),
                e.summary(), e.note(), e.quotes());
    }

    static EventDto renameSource(EventDto e, String from, String to) {
        if (e.quotes() == null || e.quotes().stream().noneMatch(q -> from.equals(q.source()))) {
            return e;
        }
        return withQuotes(e, e.quotes().stream()
                .map(q -> from.equals(q.source()) ? new QuoteDto(to, q.text()) : q).toList());
    }

    static EventDto withQuotes(EventDto e, List<QuoteDto> quotes) {
        return new EventDto(e.id(), e.title(), e.kind(), e.date(), e.location(), e.actors(), e.summary(),
                e.note(), quotes);
    }

    interface QuoteChange {
        void change(List<QuoteDto> quotes);
    }

    static DatasetDto changeQuotes(DatasetDto d, String eventId, int index, QuoteChange change)
            throws EditRefusedException {
        EventDto e = find(d.events(), EventDto::id, eventId, Entry.EVENT);
        List<QuoteDto> quotes = new ArrayList<>(e.quotes() == null ? List.of() : e.quotes());
        if (index >= quotes.size()) {
            throw new EditRefusedException(Phrase.of(NO_SUCH_QUOTE, e.title(), index + 1));
        }
        change.change(quotes);
        List<EventDto> events = new ArrayList<>(d.events());
        events.set(events.indexOf(e), withQuotes(e, quotes));
        return withEvents(d, events);
    }

    /** Refuses to delete {@code id} while events refer to it ({@code refersTo}), naming some of them. */
    static void refuseIfReferred(List<EventDto> events, String message, String id, Predicate<EventDto> refersTo)
            throws EditRefusedException {
        List<String> users = events.stream().filter(refersTo).map(EventDto::id).toList();
        if (!users.isEmpty()) {
            throw new EditRefusedException(Phrase.of(message, id, users.size(), some(users)));
        }
    }

    /** A reference to be renamed inside one event. */
    interface Rename {
        EventDto apply(EventDto event, String from, String to);
    }

    /** {@code events} with references to {@code from} renamed to {@code to}, where the id changed. */
    static List<EventDto> follow(List<EventDto> events, String from, String to, Rename rename) {
        if (from == null || from.equals(to)) {
            return events;
        }
        return events.stream().map(e -> rename.apply(e, from, to)).toList();
    }

    /** "a, b, c" or "a, b, c and 4 more". */
    static Phrase some(List<String> ids) {
        return ids.size() <= 3 ? Phrase.of(SOME, String.join(", ", ids))
                : Phrase.of(SOME_MORE, String.join(", ", ids.subList(0, 3)), ids.size() - 3);
    }
}
