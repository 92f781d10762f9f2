package app.corridor.export;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The events as a dated list, what a writer pastes into an appendix: each event with its date at
 * its precision, title, kind, place and actors, a short quote, and footnote numbers pointing to the
 * numbered list of sources. The PDF and Markdown writers render the same entries.
 */
final class Chronology {

    /** Longest quote shown, in words; a longer one is shortened at a word with an ellipsis. */
    static final int QUOTE_WORDS = 40;

    /**
     * One event.
     *
     * @param details kind, place and actors with their parts: "State visit · Beijing, China · Xi Jinping (host)"
     * @param quote   the shortest of its quotes (shortened), in typographic quotes, or null
     * @param notes   footnote numbers of the sources it quotes
     */
    record Entry(int year, String date, String title, String details, String quote, List<Integer> notes) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Footnotes footnotes;

    Chronology(List<Event> events, Function<String, Actor> actors, List<Source> sources) {
        List<Event> ordered = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        footnotes = new Footnotes(ordered, sources);
        for (Event e : ordered) {
            entries.add(new Entry(e.date().firstDay().getYear(), e.date().label(), e.title(), details(e, actors),
                    quote(e), footnotes.of(e)));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    List<Footnotes.Note> notes() {
        return footnotes.notes();
    }

    private static String details(Event e, Function<String, Actor> actors) {
        List<String> parts = new ArrayList<>();
        parts.add(e.kind().label());
        if (e.location() != null) {
            parts.add(e.location());
        }
        List<String> who = new ArrayList<>();
        for (Participation p : e.participants()) {
            Actor a = actors.apply(p.actorId());
            who.add((a == null ? p.actorId() : a.name()) + " (" + p.part().code() + ")");
        }
        if (!who.isEmpty()) {
            parts.add(String.join(", ", who));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** The shortest quote, cut after {@value #QUOTE_WORDS} words at most, in typographic quotes. */
    static String quote(Event e) {
        Quote shortest = e.quotes().stream().min(Comparator.comparingInt(q -> q.text().length())).orElse(null);
        if (shortest == null) {
            return null;
        }
        String[] words = shortest.text().strip().split("\\s+");
        String text = words.length <= QUOTE_WORDS ? String.join(" ", words)
                : String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + " \u2026";
        return "\u201c" + text + "\u201d";
    }
}
