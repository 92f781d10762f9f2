package app.corridor.export;

import app.corridor.model.Actor;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The filters line of an export, in words: "12 events · 2019 – 2025 · Xi Jinping ·
 * State visits · “corridor”". The GUI and the command line both use it, so their exports say the
 * same thing for the same filter.
 */
public final class FilterDescription {

    private static final String DOT = " \u00b7 ";

    private FilterDescription() {
    }

    /**
     * Describes {@code filter}.
     *
     * @param actors     looks an actor's name up by id (the id itself is shown when it returns null)
     * @param eventCount how many events pass the filter
     */
    public static String of(EventFilter filter, Function<String, Actor> actors, int eventCount) {
        List<String> parts = new ArrayList<>();
        parts.add(eventCount + (eventCount == 1 ? " event" : " events"));
        if (filter.from() != null || filter.to() != null) {
            parts.add(range(filter.from(), filter.to()));
        }
        if (!filter.actors().isEmpty()) {
            List<String> names = filter.actors().stream().map(id -> {
                Actor a = actors.apply(id);
                return a == null ? id : a.name();
            }).sorted().toList();
            parts.add(join(names, filter.allActors() ? " and " : " or "));
        }
        if (!filter.kinds().isEmpty()) {
            List<String> kinds = filter.kinds().stream().sorted(Comparator.naturalOrder())
                    .map(EventKind::pluralLabel).toList();
            parts.add(join(kinds, " or "));
        }
        if (!filter.text().isEmpty()) {
            parts.add("matching \u201c" + filter.text() + "\u201d");
        }
        if (filter.isEmpty()) {
            parts.add("no filters");
        }
        return String.join(DOT, parts);
    }

    /** "2019 – 2025", "from June 2024", "until 2020", "2024" (when both ends name the same span). */
    static String range(PartialDate from, PartialDate to) {
        if (from != null && to != null) {
            return from.equals(to) ? from.label() : from.label() + " \u2013 " + to.label();
        }
        return from != null ? "from " + from.label() : "until " + to.label();
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
