package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The check of a document that differs from the last valid one only in some of its events, which
 * is what most edits make: the events that are new or changed are checked by the loader in a
 * document of their own, with the sources and actors they name, and every other event keeps the
 * model the last check made of it. An edit then costs about its own events, not the whole dataset
 * (a full check of 100,000 events takes seconds).
 *
 * <p>No rule is checked here: an event's rules look only at the event, the actors and sources it
 * names and their texts, and the one rule across events (unique ids) is a set. It answers only
 * "valid, and this is the dataset"; a document it cannot vouch for that way (its title, sources or
 * actors changed, a source file changed on disk, an id is used twice, too many events changed, or a
 * changed event has a problem) is left to the full check, which places every problem in the file as
 * {@code corridor validate} would.
 */
final class IncrementalCheck {

    /** More changed events than this, and checking them alone is no longer much quicker than all. */
    static final int MAX_CHANGED = 5_000;

    private final DatasetDto document;
    private final Dataset dataset;
    private final Map<String, EventDto> documentEvents;
    private final Map<String, Event> models;

    private IncrementalCheck(DatasetDto document, Dataset dataset) {
        this.document = document;
        this.dataset = dataset;
        documentEvents = new HashMap<>(document.events().size() * 2);
        for (EventDto e : document.events()) {
            documentEvents.put(e.id(), e);
        }
        models = new HashMap<>(dataset.events().size() * 2);
        for (Event e : dataset.events()) {
            models.put(e.id(), e);
        }
    }

    /** Where the next check may start from: {@code document} (canonical) was found valid and made {@code dataset}. */
    static IncrementalCheck after(DatasetDto document, Dataset dataset) {
        return new IncrementalCheck(document, dataset);
    }

    /**
     * The dataset {@code next} (canonical) makes, or null when only the full check can tell.
     *
     * @param load          the full check of a document (the loader, on the document's canonical bytes)
     * @param sourceUnchanged whether a source file (by its path) is as it was when last read
     */
    Dataset datasetOf(DatasetDto next, Function<DatasetDto, LoadResult> load, Predicate<String> sourceUnchanged) {
        if (!Objects.equals(next.schemaVersion(), document.schemaVersion())
                || !Objects.equals(next.title(), document.title())
                || !Objects.equals(next.sources(), document.sources())
                || !Objects.equals(next.actors(), document.actors())
                || next.sources() == null || next.events() == null
                || !next.sources().stream().allMatch(s -> sourceUnchanged.test(s.file()))) {
            return null;
        }
        List<Event> kept = new ArrayList<>(next.events().size());
        List<EventDto> changed = new ArrayList<>();
        Set<String> ids = new HashSet<>(next.events().size() * 2);
        for (EventDto e : next.events()) {
            if (e == null || !ids.add(e.id())) {
                return null;
            }
            EventDto before = documentEvents.get(e.id());
            Event model = models.get(e.id());
            if (before != null && model != null && (before == e || before.equals(e))) {
                kept.add(model);
            } else if (changed.size() == MAX_CHANGED) {
                return null;
            } else {
                changed.add(e);
            }
        }
        if (changed.isEmpty() && kept.size() == dataset.events().size()) {
            return dataset;
        }
        if (!changed.isEmpty()) {
            LoadResult alone = load.apply(alone(next, changed));
            if (!alone.isValid()) {
                return null;
            }
            for (Event e : alone.dataset().events()) {
                kept.add(withQuotesOf(e, dataset));
            }
        }
        return new Dataset(dataset.title(), dataset.sources(), dataset.actors(), kept, dataset.sourceTexts());
    }

    /**
     * A document of {@code events} alone, with the sources they quote and the actors they name (in
     * the document's order; a name no source or actor has stays unknown, as in the whole document).
     */
    private DatasetDto alone(DatasetDto next, List<EventDto> events) {
        Set<String> quoted = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (EventDto e : events) {
            if (e.quotes() != null) {
                e.quotes().stream().filter(Objects::nonNull).forEach(q -> quoted.add(q.source()));
            }
            if (e.actors() != null) {
                e.actors().stream().filter(Objects::nonNull).forEach(p -> named.add(p.actor()));
            }
        }
        return new DatasetDto(next.schemaVersion(), next.title(),
                document.sources().stream().filter(s -> quoted.contains(s.id())).toList(),
                document.actors().stream().filter(a -> named.contains(a.id())).toList(), events);
    }

    /** {@code e} with its quotes spans of {@code into}'s texts (the same words): one copy of each text is kept. */
    private static Event withQuotesOf(Event e, Dataset into) {
        List<Quote> quotes = e.quotes().stream()
                .map(q -> Quote.spanOf(q.sourceId(), into.sourceText(q.sourceId()), q.start(), q.end())).toList();
        return new Event(e.id(), e.title(), e.kind(), e.date(), e.location(), e.participants(), e.summary(), e.note(),
                quotes);
    }
}
