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

    /** True if {@code actorId} takes part in this event in any role. */
    public boolean involves(String actorId) {
        return participants.stream().anyMatch(p -> p.actorId().equals(actorId));
    }
}
