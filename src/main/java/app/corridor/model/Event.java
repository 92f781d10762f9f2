package app.corridor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One high-level exchange or milestone.
 *
 * @param id       stable slug, used in links and filters
 * @param location where it took place, or null (a letter, an anniversary)
 * @param note     disputed or refined facts: where the sources and the public record differ, or null
 */
public record Event(String id, String title, EventKind kind, EventDate date, String location,
                   List<Participation> participants, String summary, String note, List<Quote> quotes) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        participants = List.copyOf(participants);
        quotes = List.copyOf(quotes);
    }

    /**
     * Time order: by date (start, then precision), then id, so the order is total and stable. Written
     * out rather than composed from key extractors: sorting 100,000 events calls it millions of times,
     * in a JVM that has just started.
     */
    public static final Comparator<Event> TIME_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    /**
     * The record's own equality, written out (as {@link PartialDate}'s): the window compares the
     * events it shows with those of each new version of the data (a property's check before it
     * tells its listeners), and the generated equality, through method handles, made that most of
     * a second at 100,000 events in a JVM that has just started.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Event e && id.equals(e.id) && date.equals(e.date) && kind == e.kind
                && title.equals(e.title) && Objects.equals(location, e.location) && summary.equals(e.summary)
                && Objects.equals(note, e.note) && participants.equals(e.participants) && quotes.equals(e.quotes);
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = h * 31 + title.hashCode();
        h = h * 31 + kind.hashCode();
        h = h * 31 + date.hashCode();
        h = h * 31 + Objects.hashCode(location);
        h = h * 31 + participants.hashCode();
        h = h * 31 + summary.hashCode();
        h = h * 31 + Objects.hashCode(note);
        return h * 31 + quotes.hashCode();
    }

    /** True if {@code actorId} takes part in this event in any role. */
    public boolean involves(String actorId) {
        return participants.stream().anyMatch(p -> p.actorId().equals(actorId));
    }
}
