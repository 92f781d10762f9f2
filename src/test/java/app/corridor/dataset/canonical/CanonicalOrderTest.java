package app.corridor.dataset.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An edit's events put in canonical order without sorting every event again. */
class CanonicalOrderTest {

    /** Few dates, so that events tie; some a reader cannot read, or missing. */
    private static final String[] DATES = {"2024-06-07", "2024-06", "2024", "c. 2013", "4–8 June 2024", "2013-05-22",
        "sometime", null, "1951-05-21", "2024-06-07/2024-06-09"};

    private static EventDto event(Random random, int serial) {
        // Ids from a small pool too: a document still to be fixed may hold an id twice.
        String id = random.nextInt(10) == 0 ? null : "event-" + random.nextInt(400);
        return new EventDto(id, "Event " + serial, "meeting", DATES[random.nextInt(DATES.length)], null, List.of(),
                null, null, List.of());
    }

    private static DatasetDto document(List<EventDto> events) {
        return new DatasetDto(BigInteger.ONE, "T", List.of(), List.of(), events);
    }

    @Test
    void anEditsEventsArePlacedExactlyAsAWholeSortPlacesThem() {
        Random random = new Random(15);
        for (int round = 0; round < 3000; round++) {
            List<EventDto> start = new ArrayList<>();
            int size = random.nextInt(80);
            for (int i = 0; i < size; i++) {
                start.add(event(random, i));
            }
            DatasetDto canonical = CanonicalOrder.sort(document(start));
            List<EventDto> edited = new ArrayList<>(canonical.events());
            int edits = random.nextInt(round % 10 == 0 ? 100 : 5); // some past EntryDiff.FEW: sorted whole
            for (int e = 0; e < edits; e++) {
                int what = random.nextInt(3);
                if (what == 0 || edited.isEmpty()) {
                    edited.add(random.nextInt(edited.size() + 1), event(random, 1000 + e));
                } else if (what == 1) {
                    edited.remove(random.nextInt(edited.size()));
                } else {
                    edited.set(random.nextInt(edited.size()), event(random, 2000 + e));
                }
            }
            List<EventDto> placed = CanonicalOrder.sort(canonical, document(edited)).events();
            List<EventDto> sorted = CanonicalOrder.sort(document(edited)).events();
            // The same objects in the same order: a stable sort's order for events that tie.
            assertThat(placed).usingElementComparator((a, b) -> a == b ? 0 : 1).containsExactlyElementsOf(sorted);
        }
    }

    @Test
    void anEditThatMovesNothingKeepsTheEditedListItself() {
        List<EventDto> events = new ArrayList<>(CanonicalOrder.sortedEvents(List.of(
                new EventDto("a", "A", "call", "2020", null, List.of(), null, null, List.of()),
                new EventDto("b", "B", "call", "2021", null, List.of(), null, null, List.of()),
                new EventDto("c", "C", "call", "2022", null, List.of(), null, null, List.of()))));
        DatasetDto canonical = document(List.copyOf(events));
        events.set(1, new EventDto("b", "B retitled", "call", "2021", null, List.of(), null, null, List.of()));
        DatasetDto edited = document(events);
        assertThat(CanonicalOrder.sort(canonical, edited)).isSameAs(edited);
        events.set(1, new EventDto("b", "B redated", "call", "2023", null, List.of(), null, null, List.of()));
        assertThat(CanonicalOrder.sort(canonical, edited).events()).extracting(EventDto::id)
                .containsExactly("a", "c", "b");
    }
}
