package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the {@link Edit}s share: their words and the list surgery on immutable documents. */
final class EditSupport {

    // Every word the user may see, in one place.
    static final String SET_TITLE = "Rename the dataset";
    static final String ADD = "Add %s “%s”";
    static final String EDIT = "Edit %s “%s”";
    static final String DELETE = "Delete %s “%s”";
    static final String ATTACH_QUOTE = "Attach a quote to “%s”";
    static final String CHANGE_QUOTE = "Change a quote of “%s”";
    static final String REMOVE_QUOTE = "Remove a quote from “%s”";
    static final String TAKEN = "There is already %s with the id “%s”: choose another id.";
    static final String NO_SUCH = "There is no %s with the id “%s” (it may have been deleted or renamed).";
    static final String NO_SUCH_QUOTE = "“%s” has no quote number %d.";
    static final String ACTOR_IN_USE = "“%s” takes part in %s: remove it from %s first.";
    static final String SOURCE_IN_USE = "“%s” is quoted by %s: remove those quotes from %s first.";

    private EditSupport() {
    }

    static DatasetDto withEvents(DatasetDto d, List<EventDto> events) {
        return new DatasetDto(d.schemaVersion(), d.title(), d.sources(), d.actors(), events);
    }

    static <T> List<T> put(List<T> list, Function<T, String> idOf, String id, T value, String anEntry,
                           String entry) throws EditRefusedException {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        String newId = idOf.apply(value);
        boolean renamed = id == null || !id.equals(newId);
        if (renamed && out.stream().anyMatch(t -> newId.equals(idOf.apply(t)))) {
            throw new EditRefusedException(String.format(TAKEN, anEntry, newId));
        }
        if (id == null) {
            out.add(value);
            return out;
        }
        out.set(indexOf(out, idOf, id, entry), value);
        return out;
    }

    static <T> List<T> remove(List<T> list, Function<T, String> idOf, String id, String entry)
            throws EditRefusedException {
        List<T> out = new ArrayList<>(list == null ? List.of() : list);
        out.remove(indexOf(out, idOf, id, entry));
        return out;
    }

    static <T> T find(List<T> list, Function<T, String> idOf, String id, String entry)
            throws EditRefusedException {
        return list.get(indexOf(list, idOf, id, entry));
    }

    static <T> Set<String> ids(List<T> list, Function<T, String> idOf) {
        return list == null ? Set.of() : list.stream().map(idOf).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> int indexOf(List<T> list, Function<T, String> idOf, String id, String entry)
            throws EditRefusedException {
        for (int i = 0; list != null && i < list.size(); i++) {
            if (Objects.equals(idOf.apply(list.get(i)), id)) {
                return i;
            }
        }
        throw new EditRefusedException(String.format(NO_SUCH, entry, id));
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
        EventDto e = find(d.events(), EventDto::id, eventId, "event");
        List<QuoteDto> quotes = new ArrayList<>(e.quotes() == null ? List.of() : e.quotes());
        if (index >= quotes.size()) {
            throw new EditRefusedException(String.format(NO_SUCH_QUOTE, e.title(), index + 1));
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
            String count = users.size() + (users.size() == 1 ? " event" : " events");
            throw new EditRefusedException(String.format(message, id, count + " (" + some(users) + ")",
                    users.size() == 1 ? "it" : "them"));
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
    static String some(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }
}
