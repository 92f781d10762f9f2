package app.corridor.export;

import app.corridor.i18n.BidiText;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Language;
import app.corridor.model.Event;
import app.corridor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sources the exported events quote, numbered in the order the events first cite them (events
 * in time order), with each event's numbers: what the reference marks [1], [2] and the numbered
 * list under an export say.
 */
final class Footnotes {

    /** One numbered source, its date in {@code language}. */
    record Note(int number, Source source, Language language) {
        /** The list entry: author and role, “title”, outlet, date, URL. */
        String reference() {
            return Footnotes.reference(source, language);
        }
    }

    private final List<Note> notes = new ArrayList<>();
    private final Map<String, List<Integer>> byEvent = new LinkedHashMap<>();

    /** Numbers the sources of {@code events} ({@code sources} gives their details; unknown ids are skipped). */
    Footnotes(List<Event> events, List<Source> sources) {
        this(events, sources, Language.ENGLISH);
    }

    /** The same, the sources' dates in {@code language}. */
    Footnotes(List<Event> events, List<Source> sources, Language language) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Event> ordered = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        for (Event e : ordered) {
            TreeSet<Integer> own = new TreeSet<>();
            e.quotes().forEach(q -> {
                Source s = byId.get(q.sourceId());
                if (s != null) {
                    own.add(numbers.computeIfAbsent(s.id(), id -> {
                        notes.add(new Note(notes.size() + 1, s, language));
                        return notes.size();
                    }));
                }
            });
            byEvent.put(e.id(), List.copyOf(own));
        }
    }

    /** No footnotes: for exports without them. */
    static Footnotes none() {
        return new Footnotes(List.of(), List.of());
    }

    List<Note> notes() {
        return notes;
    }

    /** The numbers of the sources {@code e} quotes, ascending; empty when it quotes none. */
    List<Integer> of(Event e) {
        return byEvent.getOrDefault(e.id(), List.of());
    }

    /**
     * A source as a reference: "Song Tao, Minister of the IDCPC. “Political parties…”. Daily Mail
     * (Pakistan), 2020. https://…" (only the parts the data has).
     */
    static String reference(Source s) {
        return reference(s, Language.ENGLISH);
    }

    /**
     * The same with the date in {@code language}; the rest is the dataset's own words (author,
     * title, outlet), quoted as the source gives them.
     */
    static String reference(Source s, Language language) {
        StringBuilder sb = new StringBuilder();
        if (s.author() != null) {
            sb.append(s.author());
            if (s.authorRole() != null) {
                sb.append(", ").append(s.authorRole());
            }
            sb.append(". ");
        }
        sb.append('\u201c').append(s.title()).append(".\u201d");
        List<String> where = new ArrayList<>();
        if (s.outlet() != null) {
            where.add(s.outlet());
        }
        if (s.published() != null) {
            // An Urdu date inside the English reference keeps its own order.
            where.add(BidiText.embed(DateWords.of(language).label(s.published()), Language.ENGLISH));
        }
        if (!where.isEmpty()) {
            sb.append(' ').append(String.join(", ", where)).append('.');
        }
        if (s.url() != null) {
            sb.append(' ').append(s.url());
        }
        return sb.toString();
    }
}
