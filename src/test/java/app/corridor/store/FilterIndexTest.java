package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app filters in memory (the store answers only search text): it must keep exactly what the
 * store's queries keep, and count the facets as they do, for any filter.
 */
class FilterIndexTest {

    @TempDir
    static Path dir;

    private static Dataset data;
    private static Store store;
    private static FilterIndex index;

    @BeforeAll
    static void importGenerated() {
        data = DatasetGenerator.generate(1500, 11);
        store = Store.open(dir.resolve("store.db"));
        StoreImporter.importDataset(store, data, "test");
        index = new FilterIndex(data);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void sameAsTheStore(EventFilter f) {
        FilterIndex.Result r = index.query(f, store);
        assertThat(r.events()).extracting(Event::id).as("kept by %s", f).containsExactlyElementsOf(store.matchingEventIds(f));
        assertThat(r.actorCounts()).as("actor counts for %s", f).isEqualTo(store.actorCounts(f));
        assertThat(r.kindCounts()).as("kind counts for %s", f).isEqualTo(store.kindCounts(f));
    }

    @Test
    void everyFacetAloneKeepsWhatTheStoreKeeps() {
        sameAsTheStore(EventFilter.all());
        sameAsTheStore(EventFilter.all().withRange(PartialDate.ofYear(2010), PartialDate.ofYear(2012)));
        sameAsTheStore(EventFilter.all().withRange(PartialDate.ofMonth(2015, 6), null));
        sameAsTheStore(EventFilter.all().withRange(null, PartialDate.ofDay(1990, 3, 1)));
        sameAsTheStore(EventFilter.all().withKinds(EnumSet.of(EventKind.MEETING, EventKind.LETTER)));
        String busy = data.events().get(0).participants().get(0).actorId();
        sameAsTheStore(EventFilter.all().withActors(Set.of(busy), false));
        sameAsTheStore(EventFilter.all().withText("visit"));
        sameAsTheStore(EventFilter.all().withText("visits pakistan"));
        sameAsTheStore(EventFilter.all().withText("zzzz-no-such-word"));
        // Text of separators only is no search at all, in the store as here.
        sameAsTheStore(EventFilter.all().withText("!! --"));
    }

    @Test
    void actorsChosenTogetherKeepEventsWithAllOfThemAndAnUnknownActorKeepsNone() {
        Event shared = data.events().stream().filter(e -> e.participants().size() >= 2).findFirst().orElseThrow();
        Set<String> two = Set.of(shared.participants().get(0).actorId(), shared.participants().get(1).actorId());
        sameAsTheStore(EventFilter.all().withActors(two, true));
        sameAsTheStore(EventFilter.all().withActors(two, false));
        Set<String> withUnknown = new HashSet<>(two);
        withUnknown.add("no-such-actor");
        sameAsTheStore(EventFilter.all().withActors(withUnknown, true));
        sameAsTheStore(EventFilter.all().withActors(withUnknown, false));
        assertThat(index.query(EventFilter.all().withActors(withUnknown, true), store).events()).isEmpty();
    }

    @Test
    void anyMixOfFacetsKeepsWhatTheStoreKeeps() {
        Random random = new Random(5);
        List<String> actors = data.actors().stream().map(Actor::id).toList();
        List<String> words = new ArrayList<>();
        for (Event e : data.events().subList(0, 60)) {
            for (String w : e.title().split("\\W+")) {
                if (w.length() > 3) {
                    words.add(w.substring(0, 2 + random.nextInt(w.length() - 2)));
                }
            }
        }
        for (int i = 0; i < 150; i++) {
            EventFilter f = EventFilter.all();
            if (random.nextBoolean()) {
                int from = 1950 + random.nextInt(75);
                f = f.withRange(random.nextInt(4) == 0 ? null : PartialDate.ofYear(from),
                        random.nextInt(4) == 0 ? null : PartialDate.ofYear(from + random.nextInt(15)));
            }
            if (random.nextBoolean()) {
                Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
                for (int k = random.nextInt(4); k >= 0; k--) {
                    kinds.add(EventKind.values()[random.nextInt(EventKind.values().length)]);
                }
                f = f.withKinds(kinds);
            }
            if (random.nextBoolean()) {
                Set<String> chosen = new HashSet<>();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    chosen.add(actors.get(random.nextInt(actors.size())));
                }
                f = f.withActors(chosen, random.nextInt(3) == 0);
            }
            if (random.nextInt(3) == 0) {
                f = f.withText(words.get(random.nextInt(words.size())));
            }
            sameAsTheStore(f);
        }
    }

    @Test
    void theTotalsAreTheCountsOfNoFilterAndTheYearsOfEveryEvent() {
        FilterIndex.Totals totals = index.totalsOfAll();
        assertThat(totals.eventsPerActor()).isEqualTo(store.actorCounts(EventFilter.all()));
        assertThat(totals.firstYear()).isEqualTo(data.events().stream().mapToInt(e -> e.date().firstDay().getYear())
                .min().orElseThrow());
        assertThat(totals.lastYear()).isEqualTo(data.events().stream().mapToInt(e -> e.date().lastDay().getYear())
                .max().orElseThrow());
    }
}
