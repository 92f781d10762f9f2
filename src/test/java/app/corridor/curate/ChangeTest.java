package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.Dto.EventDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a step changed, as the recovery journal records it. */
class ChangeTest {

    private static EventDto event(String id, String title) {
        return new EventDto(id, title, "meeting", "2024", null, List.of(), null, null, List.of());
    }

    private static List<EventDto> events(int n) {
        return IntStream.range(0, n).mapToObj(i -> event("e" + i, "Event " + i)).toList();
    }

    @Test
    void aStepThatChangedFewEntriesIsFoundFromThoseAlone() {
        List<EventDto> before = events(10_000);
        List<EventDto> after = new ArrayList<>(before);
        after.set(5_000, event("e5000", "Retitled"));
        after.remove(20);
        after.add(event("new", "Added"));
        AtomicInteger asked = new AtomicInteger();
        Function<EventDto, String> idOf = e -> {
            asked.incrementAndGet();
            return e.id();
        };
        Change.Delta<EventDto> delta = Change.Delta.between(before, after, idOf, true);
        assertThat(delta.removed()).containsExactly("e20");
        assertThat(delta.put()).extracting(EventDto::title).containsExactly("Retitled", "Added");
        assertThat(asked.get()).as("ids looked at").isLessThan(20);
        assertThat(Change.Delta.between(before, after, EventDto::id, false)).isEqualTo(delta);
    }

    @Test
    void withIdsOfTheirOwnFewChangesAreRecordedAsAMapOfEveryIdRecordsThem() {
        Random random = new Random(15);
        for (int round = 0; round < 2000; round++) {
            List<EventDto> before = events(random.nextInt(50));
            List<EventDto> after = new ArrayList<>(before);
            int edits = random.nextInt(round % 10 == 0 ? 80 : 5);
            int serial = 0;
            for (int e = 0; e < edits; e++) {
                int what = random.nextInt(4);
                if (what == 0 || after.isEmpty()) {
                    after.add(random.nextInt(after.size() + 1), event("new" + serial++, "New"));
                } else if (what == 1) {
                    after.remove(random.nextInt(after.size()));
                } else if (what == 2) {
                    int i = random.nextInt(after.size());
                    after.set(i, event(after.get(i).id(), "Changed " + e));
                } else {
                    // Made anew but equal: no change to record.
                    int i = random.nextInt(after.size());
                    after.set(i, event(after.get(i).id(), after.get(i).title()));
                }
            }
            assertThat(Change.Delta.between(before, after, EventDto::id, true))
                    .isEqualTo(Change.Delta.between(before, after, EventDto::id, false));
        }
    }

    @Test
    void idsTakenTwiceAreToldApartOnlyByTheWholeCollection() {
        List<EventDto> before = List.of(event("a", "A"), event("twice", "One"), event("twice", "Two"));
        List<EventDto> after = List.of(before.get(0), event("twice", "One, changed"), before.get(2));
        Change.Delta<EventDto> delta = Change.Delta.between(before, after, EventDto::id, false);
        assertThat(delta.all()).isEqualTo(after);
        assertThat(delta.applyTo(before, EventDto::id)).isEqualTo(after);
        assertThat(Change.uniqueIds(new app.corridor.dataset.Dto.DatasetDto(java.math.BigInteger.ONE, "T", List.of(),
                List.of(), before))).isFalse();
    }
}
