package app.corridor.store;

import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which events to show, as data: the GUI's filter bar and the CLI's options both build one.
 * Facets combine with AND; inside the actor and kind facets the choices combine with OR (or, for
 * actors with {@code allActors}, with AND). An empty facet does not filter.
 *
 * <p>Dates: an event is kept when the span it could cover overlaps {@code [from, to]}. So an event
 * known only as "June 2024" is inside a 2024 filter, and inside a filter on 7 June 2024 as well:
 * it may have happened that day.
 *
 * @param from   first day of the range is {@code from.firstDay()}; null for no lower bound
 * @param to     last day of the range is {@code to.lastDay()}; null for no upper bound
 * @param text   words to find in titles, summaries and quotes (every word, as a prefix); blank for none
 */
public record EventFilter(PartialDate from, PartialDate to, Set<String> actors, boolean allActors,
                          Set<EventKind> kinds, String text) {

    public EventFilter {
        actors = Set.copyOf(actors);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        text = text == null ? "" : text.strip();
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** No filter: every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, Set.of(), false, Set.of(), "");
    }

    public EventFilter withRange(PartialDate newFrom, PartialDate newTo) {
        return new EventFilter(newFrom, newTo, actors, allActors, kinds, text);
    }

    public EventFilter withActors(Set<String> newActors, boolean all) {
        return new EventFilter(from, to, newActors, all, kinds, text);
    }

    public EventFilter withKinds(Set<EventKind> newKinds) {
        return new EventFilter(from, to, actors, allActors, newKinds, text);
    }

    public EventFilter withText(String newText) {
        return new EventFilter(from, to, actors, allActors, kinds, newText);
    }

    /** The words of {@code text} as the search matches them, each one word to the store's index: what to mark as found. */
    public static List<String> searchWords(String text) {
        return SqlFilter.words(text);
    }

    /** True when nothing is filtered. */
    public boolean isEmpty() {
        return from == null && to == null && actors.isEmpty() && kinds.isEmpty() && text.isEmpty();
    }

    /** First day of the range, or null. */
    public LocalDate firstDay() {
        return from == null ? null : from.firstDay();
    }

    /** Last day of the range, or null. */
    public LocalDate lastDay() {
        return to == null ? null : to.lastDay();
    }
}
