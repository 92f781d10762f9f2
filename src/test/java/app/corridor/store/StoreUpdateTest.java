package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Curator mode's store in memory changed in place for each edit answers as one built anew for the edited data. */
class StoreUpdateTest {

    private static final Path STANDS_FOR = Path.of("stands-for.db");

    private final Dataset generated = DatasetGenerator.generate(600, 7);

    private Dataset withEvents(Dataset d, List<Event> events) {
        return new Dataset(d.title(), d.sources(), d.actors(), events, d.sourceTexts());
    }

    private static Event retitled(Event e, String title) {
        return new Event(e.id(), title, e.kind(), e.date(), e.location(), e.participants(), e.summary(), e.note(),
                e.quotes());
    }

    @Test
    void anEditedStoreAnswersEveryQueryAsAStoreBuiltForTheEditedData() throws Exception {
        List<Event> events = new ArrayList<>(generated.events());
        Event retitled = events.get(10);
        Event removed = events.get(20);
        events.set(10, retitled(retitled, "Quokkaphone summit in Gwadar"));
        events.remove(20);
        Event template = events.get(30);
        events.add(new Event("zebra-added", "Zebracorn talks", EventKind.MEETING, EventDate.parse("1988-04"),
                null, template.participants(), "Added while editing.", null, template.quotes()));
        Dataset next = withEvents(generated, events);

        try (Store edited = Store.inMemory(generated, null, STANDS_FOR);
             Store built = Store.inMemory(next, null, STANDS_FOR)) {
            assertThat(edited.update(next)).isTrue();
            assertThat(edited.loadDataset()).isSameAs(next);

            List<String> words = new ArrayList<>(List.of("quokkaphone", "zebracorn", "gwadar", "talks", "summit",
                    "islamabad", "corridor", "visit", "beijing"));
            words.add(removed.title().split(" ")[0]);
            words.add(retitled.title().split(" ")[0]);
            for (String word : words) {
                EventFilter search = EventFilter.all().withText(word);
                assertThat(edited.matchingEventIds(search)).as(word).isEqualTo(built.matchingEventIds(search));
                assertThat(edited.actorCounts(search)).as(word).isEqualTo(built.actorCounts(search));
                assertThat(edited.kindCounts(search)).as(word).isEqualTo(built.kindCounts(search));
                assertThat(edited.wordsWithoutMatch(word)).as(word).isEqualTo(built.wordsWithoutMatch(word));
            }
            assertThat(edited.matchingEventIds(EventFilter.all().withText("quokkaphone"))).containsExactly(retitled.id());
            assertThat(edited.matchingEventIds(EventFilter.all().withText("zebracorn"))).containsExactly("zebra-added");
            assertThat(edited.matchingEventIds(EventFilter.all())).as("every event, in time order")
                    .isEqualTo(built.matchingEventIds(EventFilter.all()))
                    .isEqualTo(next.events().stream().map(Event::id).toList());
            // Each row of the tables maps to its event, and the index is sound.
            Map<String, Integer> position = new java.util.HashMap<>();
            next.events().forEach(e -> position.put(e.id(), position.size()));
            int[] bySeq = edited.positionsBySeq(position::get);
            assertThat(java.util.Arrays.stream(bySeq).filter(p -> p >= 0).sorted().toArray())
                    .isEqualTo(java.util.stream.IntStream.range(0, next.events().size()).toArray());
            try (Statement st = edited.connection().createStatement()) {
                st.execute("INSERT INTO event_text (event_text, rank) VALUES ('integrity-check', 0)");
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM quotes")) {
                    assertThat(rs.getInt(1)).isEqualTo(next.events().stream().mapToInt(e -> e.quotes().size()).sum());
                }
            }
        }
    }

    @Test
    void editsOneAfterAnotherKeepAnsweringAsAStoreBuiltAnew() {
        Dataset shown = generated;
        try (Store edited = Store.inMemory(shown, null, STANDS_FOR)) {
            for (int round = 0; round < 4; round++) {
                List<Event> events = new ArrayList<>(shown.events());
                int at = 50 + round * 7;
                events.set(at, retitled(events.get(at), "Platypus meeting number " + round));
                shown = withEvents(shown, events);
                assertThat(edited.update(shown)).isTrue();
            }
            try (Store built = Store.inMemory(shown, null, STANDS_FOR)) {
                EventFilter platypus = EventFilter.all().withText("platypus");
                assertThat(edited.matchingEventIds(platypus)).hasSize(4).isEqualTo(built.matchingEventIds(platypus));
            }
            // Retitled again: the words of its earlier title are forgotten, not only hidden.
            List<Event> events = new ArrayList<>(shown.events());
            events.set(50, retitled(events.get(50), "Wombat meeting"));
            shown = withEvents(shown, events);
            assertThat(edited.update(shown)).isTrue();
            try (Store built = Store.inMemory(shown, null, STANDS_FOR)) {
                assertThat(edited.wordsWithoutMatch("platypus wombat number 0"))
                        .isEqualTo(built.wordsWithoutMatch("platypus wombat number 0")).containsExactly("0");
            }
        }
    }

    @Test
    void moreThanSomeEventsChangedIsLeftToABuildAndChangesNothing() {
        Dataset other = DatasetGenerator.generate(600, 8);
        try (Store edited = Store.inMemory(generated, null, STANDS_FOR)) {
            List<String> before = edited.matchingEventIds(EventFilter.all());
            assertThat(edited.update(other)).as("other sources and actors").isFalse();
            assertThat(edited.update(withEvents(generated, generated.events().subList(0, 10)))).isTrue();
            assertThat(edited.matchingEventIds(EventFilter.all())).hasSize(10);
            assertThat(before).hasSize(600);
        }
    }

    @Test
    void aStoreInAFileIsNeverChangedInPlace(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (Store file = Store.open(dir.resolve("store.db"))) {
            StoreImporter.importDataset(file, generated, "hash");
            file.loadDataset();
            assertThat(file.update(withEvents(generated, generated.events().subList(1, 600)))).isFalse();
        }
    }
}
