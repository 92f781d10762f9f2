package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Events compare by every field, as the records they are, whatever objects hold the fields. */
class EventTest {

    private static final String SPEECH = "Both sides agreed to deepen the corridor.";

    private static Event event(String title) {
        // New objects each time: equal strings, dates, lists and texts, none shared.
        return new Event(new String("visit-2024"), new String(title), EventKind.STATE_VISIT,
                EventDate.parse("2024-06-04/2024-06-08"), new String("Beijing, China"),
                List.of(new Participation(new String("shehbaz-sharif"), Part.GUEST)), new String("A visit."),
                null, List.of(Quote.spanOf("speech", SourceText.of(SPEECH), 0, 10)));
    }

    @Test
    void equalFieldsMakeEqualEventsAndAnyFieldChangedMakesAnother() {
        Event one = event("State visit");
        assertThat(one).isEqualTo(event("State visit")).hasSameHashCodeAs(event("State visit"));
        List<UnaryOperator<Event>> changes = List.of(
                e -> new Event("other", e.title(), e.kind(), e.date(), e.location(), e.participants(), e.summary(),
                        e.note(), e.quotes()),
                e -> new Event(e.id(), "Other", e.kind(), e.date(), e.location(), e.participants(), e.summary(),
                        e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), EventKind.CALL, e.date(), e.location(), e.participants(),
                        e.summary(), e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), EventDate.parse("2024-06-04/2024-06-09"), e.location(),
                        e.participants(), e.summary(), e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), e.date(), null, e.participants(), e.summary(),
                        e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), e.date(), e.location(),
                        List.of(new Participation("shehbaz-sharif", Part.HOST)), e.summary(), e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), e.date(), e.location(), e.participants(), "Other.",
                        e.note(), e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), e.date(), e.location(), e.participants(), e.summary(),
                        "A note.", e.quotes()),
                e -> new Event(e.id(), e.title(), e.kind(), e.date(), e.location(), e.participants(), e.summary(),
                        e.note(), List.of(Quote.spanOf("speech", SourceText.of(SPEECH), 0, 11))));
        for (UnaryOperator<Event> change : changes) {
            Event changed = change.apply(one);
            assertThat(changed).isNotEqualTo(one);
            assertThat(one).isNotEqualTo(changed);
        }
        assertThat(one).isNotEqualTo(null).isNotEqualTo("visit-2024");
    }
}
