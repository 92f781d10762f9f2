package app.corridor.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated dataset: every reference resolves, every quote is located in its source's text.
 *
 * @param sourceTexts source id → full text (kept as UTF-8, see {@link SourceTexts})
 */
public record Dataset(String title, List<Source> sources, List<Actor> actors, List<Event> events,
                      Map<String, String> sourceTexts) {

    public Dataset {
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        events = events.stream().sorted(Event.TIME_ORDER).toList();
        sourceTexts = SourceTexts.of(sourceTexts);
    }

    /** The text of source {@code id} as kept (UTF-8, read by span); null when there is none. */
    public SourceText sourceText(String id) {
        return ((SourceTexts) sourceTexts).source(id);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
