package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Undo and redo: every document comes back as it was, and a step does not keep a document whole. */
class HistoryTest {

    private static EventDto event(String id, String title) {
        return new EventDto(id, title, "meeting", "2024", null, List.of(), null, null, List.of());
    }

    private static DatasetDto document(String title, List<ActorDto> actors, List<EventDto> events) {
        return new DatasetDto(BigInteger.ONE, title, List.of(), actors, events);
    }

    private static DatasetDto edited(DatasetDto d, Random random, int step) {
        List<EventDto> events = new ArrayList<>(d.events());
        List<ActorDto> actors = d.actors();
        String title = d.title();
        int changes = step % 25 == 0 ? 200 : 1 + random.nextInt(3); // now and then more than a patch holds
        for (int c = 0; c < changes; c++) {
            switch (random.nextInt(5)) {
                case 0 -> events.add(random.nextInt(events.size() + 1), event("new-" + step + "-" + c, "New"));
                case 1 -> events.remove(random.nextInt(events.size()));
                case 2 -> title = "Title " + step;
                case 3 -> actors = List.of(new ActorDto("a" + step, "Actor", null, "CN", "person", List.of()));
                default -> {
                    int i = random.nextInt(events.size());
                    events.set(i, event(events.get(i).id(), "Edited " + step));
                }
            }
        }
        return document(title, actors, List.copyOf(events));
    }

    @Test
    void undoAndRedoBringBackEachDocumentWithTheSameEntries() {
        Random random = new Random(15);
        DatasetDto origin = document("T", List.of(), IntStream.range(0, 500).mapToObj(i -> event("e" + i, "E"))
                .toList());
        List<DatasetDto> versions = new ArrayList<>(List.of(origin));
        History history = new History(origin);
        for (int step = 1; step <= 120; step++) {
            DatasetDto next = edited(versions.get(versions.size() - 1), random, step);
            history.push("step " + step, next);
            versions.add(next);
        }
        for (int back = 0; back < 3; back++) {
            for (int i = versions.size() - 2; i >= 0; i--) {
                assertSame(history.undo(), versions.get(i));
            }
            assertThat(history.undoLabel()).isEmpty();
            for (int i = 1; i < versions.size(); i++) {
                assertSame(history.redo(), versions.get(i));
            }
            assertThat(history.redoLabel()).isEmpty();
        }
    }

    /** Equal, with each entry the very object it was. */
    private static void assertSame(DatasetDto rebuilt, DatasetDto was) {
        assertThat(rebuilt).isEqualTo(was);
        assertThat(rebuilt.events()).usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(was.events());
    }

    @Test
    void aStepKeepsTheEntriesItChangedNotTheDocumentBeforeIt() {
        History history = new History(document("T", List.of(), IntStream.range(0, 10_000)
                .mapToObj(i -> event("e" + i, "E")).toList()));
        WeakReference<List<EventDto>> before = new WeakReference<>(history.current().events());
        List<EventDto> events = new ArrayList<>(history.current().events());
        events.set(5, event("e5", "Edited"));
        history.push("edit", document("T", List.of(), List.copyOf(events)));
        events = null;
        for (int i = 0; i < 5 && before.get() != null; i++) {
            System.gc();
        }
        assertThat(before.get()).as("the 10,000-event list before the edit").isNull();
        assertThat(history.undo().events().get(5).title()).isEqualTo("E");
    }

    @Test
    void theOldestStepsGoPastTheLimit() {
        History history = new History(document("T", List.of(), List.of()));
        for (int i = 0; i <= History.LIMIT; i++) {
            history.push("step " + i, document("T" + i, List.of(), List.of()));
        }
        for (int i = 0; i < History.LIMIT; i++) {
            history.undo();
        }
        assertThat(history.current().title()).isEqualTo("T0");
        assertThat(history.undoLabel()).isEmpty();
        assertThatThrownBy(() -> history.replaceCurrent(document("other", List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
