package app.corridor.export;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Actor;
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

    private FilterDescription() {
    }

    /**
     * Describes {@code filter}.
     *
     * @param actors     looks an actor's name up by id (the id itself is shown when it returns null)
     * @param eventCount how many events pass the filter
     */
    public static String of(EventFilter filter, Function<String, Actor> actors, int eventCount) {
        return of(filter, actors, eventCount, Language.ENGLISH);
    }

    /**
     * Describes {@code filter} in {@code language}: "12个事件 · 2019年至2025年 · 习近平 Xi Jinping ·
     * 国事访问". Actors by the name in the reader's script where they have one.
     */
    public static String of(EventFilter filter, Function<String, Actor> actors, int eventCount, Language language) {
        Messages m = Messages.of(language);
        Terms terms = Terms.of(language);
        List<String> parts = new ArrayList<>();
        parts.add(m.get("timeline.events", eventCount));
        if (filter.from() != null || filter.to() != null) {
            parts.add(DateWords.of(language).range(filter.from(), filter.to()));
        }
        if (!filter.actors().isEmpty()) {
            List<String> names = filter.actors().stream().map(id -> {
                Actor a = actors.apply(id);
                return a == null ? id : ActorNames.primary(a, language);
            }).sorted().toList();
            parts.add(filter.allActors() ? m.andList(names) : m.orList(names));
        }
        if (!filter.kinds().isEmpty()) {
            List<String> kinds = filter.kinds().stream().sorted(Comparator.naturalOrder()).map(terms::kinds).toList();
            parts.add(m.orList(kinds));
        }
        if (!filter.text().isEmpty()) {
            parts.add(m.get("filters.matching", filter.text()));
        }
        if (filter.isEmpty()) {
            parts.add(m.get("filters.none"));
        }
        return String.join(m.get("filters.separator"), parts);
    }
}
