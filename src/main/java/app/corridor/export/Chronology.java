package app.corridor.export;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.BidiText;
import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
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
    private final Language language;

    Chronology(List<Event> events, Function<String, Actor> actors, List<Source> sources) {
        this(events, actors, sources, Language.ENGLISH);
    }

    /** The chronology in {@code language}: its dates, kinds, parts and names (titles and quotes stay as written). */
    Chronology(List<Event> events, Function<String, Actor> actors, List<Source> sources, Language language) {
        this.language = language;
        List<Event> ordered = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        footnotes = new Footnotes(ordered, sources, language);
        DateWords dates = DateWords.of(language);
        for (Event e : ordered) {
            entries.add(new Entry(e.date().firstDay().getYear(), dates.label(e.date()), e.title(),
                    details(e, actors, language), quote(e), footnotes.of(e)));
        }
    }

    Language language() {
        return language;
    }

    /** A year as a heading: "2024", "2024年". */
    String yearHeading(int year) {
        return CalendarWords.of(language).yearName(java.time.LocalDate.of(year, 1, 1));
    }

    /** The heading of the list of sources. */
    String sourcesHeading() {
        return Messages.of(language).get("export.sources");
    }

    List<Entry> entries() {
        return entries;
    }

    List<Footnotes.Note> notes() {
        return footnotes.notes();
    }

    private static String details(Event e, Function<String, Actor> actors, Language language) {
        Messages m = Messages.of(language);
        Terms terms = Terms.of(language);
        List<String> parts = new ArrayList<>();
        parts.add(terms.kind(e.kind()));
        if (e.location() != null) {
            parts.add(BidiText.embed(e.location(), language));
        }
        List<String> who = new ArrayList<>();
        for (Participation p : e.participants()) {
            Actor a = actors.apply(p.actorId());
            who.add(m.get("export.actor", a == null ? p.actorId() : ActorNames.primary(a, language),
                    terms.partInline(p.part())));
        }
        if (!who.isEmpty()) {
            parts.add(language == Language.ENGLISH ? String.join(", ", who) : m.andList(who));
        }
        return String.join(m.get("filters.separator"), parts);
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
