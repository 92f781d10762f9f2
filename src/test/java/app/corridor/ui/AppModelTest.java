package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.layout.EventIndex;
import app.corridor.model.Dataset;
import app.corridor.model.EventKind;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's state without a toolkit: background work runs inline. */
class AppModelTest {

    @TempDir
    Path dir;

    private Store store;
    private Dataset dataset;
    private AppModel model;

    @BeforeEach
    void openStore() {
        store = Fixtures.miniStore(dir);
        dataset = store.loadDataset();
        model = new AppModel(new InlineBackground());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String feedbackFor(EventFilter f) {
        model.filterProperty().set(f);
        return model.searchFeedbackProperty().get();
    }

    @Test
    void theFirstResultsReachWhoeverWaitsForThem() {
        List<String> heard = new ArrayList<>();
        model.afterNextResults(() -> heard.add("results"), heard::add);
        model.loaded(store, dataset);
        assertThat(heard).containsExactly("results");
        assertThat(model.getFilteredEvents()).hasSize(4);
        assertThat(model.queryingProperty().get()).isFalse();
    }

    @Test
    void aFailedFirstQueryEndsTheWaitWithWhatWentWrong() {
        // Filters run in memory; a search asks the store, and a closed store fails it.
        model.filterProperty().set(EventFilter.all().withText("critical"));
        store.close();
        List<String> heard = new ArrayList<>();
        model.afterNextResults(() -> heard.add("results"), heard::add);
        model.loaded(store, dataset);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).startsWith("Filtering failed: ").doesNotContain("results");
        assertThat(model.errorProperty().get()).isEqualTo(heard.get(0));
        assertThat(model.queryingProperty().get()).isFalse();
    }

    @Test
    void aSearchThatFindsNothingNamesTheWordsThatMatchNoEvent() {
        model.loaded(store, dataset);
        assertThat(feedbackFor(EventFilter.all().withText("zanzibar"))).isEqualTo("No match for \u201czanzibar\u201d");
        assertThat(feedbackFor(EventFilter.all().withText("critical Zanzibar qwerty")))
                .isEqualTo("No match for \u201cZanzibar\u201d, \u201cqwerty\u201d");
        assertThat(model.getFilteredEvents()).isEmpty();
    }

    @Test
    void whenEveryWordMatchesSomewhereItSaysNoEventHasThemAllOrTheOtherFiltersLeaveThemOut() {
        model.loaded(store, dataset);
        assertThat(feedbackFor(EventFilter.all().withText("critical airport")))
                .isEqualTo("No event contains all of \u201ccritical airport\u201d");
        assertThat(feedbackFor(EventFilter.all().withText("critical").withKinds(Set.of(EventKind.LETTER))))
                .isEqualTo("\u201ccritical\u201d matches only events outside the other filters");
    }

    @Test
    void aSearchThatFindsSomethingOrNoSearchHasNothingToSay() {
        model.loaded(store, dataset);
        assertThat(feedbackFor(EventFilter.all().withText("zanzibar"))).isNotNull();
        assertThat(feedbackFor(EventFilter.all().withText("critical"))).isNull();
        assertThat(model.getFilteredEvents()).hasSize(1);
        assertThat(feedbackFor(EventFilter.all().withKinds(Set.of(EventKind.ELECTION)))).isNull();
    }
    /**
     * A filter that keeps every event shows every event's own index, the one the timeline's lanes of
     * all events were made from: clearing a filter cuts and copies nothing.
     */
    @Test
    void aFilterThatKeepsEveryEventShowsEveryEventsOwnIndex() {
        model.loaded(store, dataset);
        EventIndex all = EventIndex.of(model.allEventsProperty().get());
        assertThat(EventIndex.of(model.getFilteredEvents())).isSameAs(all);
        model.filterProperty().set(EventFilter.all().withKinds(Set.of(EventKind.LETTER)));
        assertThat(model.getFilteredEvents()).hasSize(1);
        assertThat(EventIndex.of(model.getFilteredEvents()).parent()).isSameAs(all);
        model.filterProperty().set(EventFilter.all());
        assertThat(EventIndex.of(model.getFilteredEvents())).isSameAs(all);
        model.filterProperty().set(EventFilter.all().withKinds(Set.of(EventKind.values())));
        assertThat(EventIndex.of(model.getFilteredEvents())).isSameAs(all);
        assertThat(model.getFilteredEvents()).hasSize(4);
    }

    @Test
    void aDatasetShownWhileItsStoreIsBuiltFiltersAtOnceAndASearchWaitsForTheStore() throws Exception {
        CompletableFuture<Store> building = new CompletableFuture<>();
        model.loadedBeforeStore(building, dataset, null);
        assertThat(model.getFilteredEvents()).as("no store needed to show and filter").hasSize(4);
        assertThat(model.storeBuildingProperty().get()).isTrue();
        model.filterProperty().set(EventFilter.all().withKinds(Set.of(EventKind.LETTER)));
        assertThat(model.getFilteredEvents()).hasSize(1);
        model.filterProperty().set(EventFilter.all());

        // A search needs the store's full-text index: it waits (on the worker) until the build is done.
        Thread searching = new Thread(() -> model.filterProperty().set(EventFilter.all().withText("critical")));
        searching.start();
        building.complete(store);
        searching.join();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.getFilteredEvents()).extracting(e -> e.id()).containsExactly("president-b-visit");

        model.storeBuilt(store);
        assertThat(model.storeBuildingProperty().get()).isFalse();
        assertThat(model.store()).isSameAs(store);
    }

    @Test
    void aStoreThatCouldNotBeBuiltLeavesTheDataShownAndSaysSo() {
        CompletableFuture<Store> building = new CompletableFuture<>();
        model.loadedBeforeStore(building, dataset, null);
        building.completeExceptionally(new StoreException("cannot write the store in /data: Read-only file system", null));
        model.storeFailed("Cannot open the store in /data: cannot write the store in /data: Read-only file system");
        assertThat(model.getFilteredEvents()).hasSize(4);
        assertThat(model.storeBuildingProperty().get()).as("nothing is being prepared any more").isFalse();
        assertThat(model.errorProperty().get()).contains("Read-only file system");
        model.filterProperty().set(EventFilter.all().withKinds(Set.of(EventKind.LETTER)));
        assertThat(model.getFilteredEvents()).hasSize(1);
        model.filterProperty().set(EventFilter.all().withText("critical"));
        assertThat(model.errorProperty().get()).startsWith("Filtering failed: cannot write the store in /data");
    }

    @Test
    void aSearchWhileTheStoreCouldNotBeBuiltSaysWhy() {
        CompletableFuture<Store> building = new CompletableFuture<>();
        building.completeExceptionally(new StoreException("cannot write the store in /data: No space left on device", null));
        model.loadedBeforeStore(building, dataset, null);
        model.filterProperty().set(EventFilter.all().withText("critical"));
        assertThat(model.errorProperty().get())
                .isEqualTo("Filtering failed: cannot write the store in /data: No space left on device");
        assertThat(model.queryingProperty().get()).isFalse();
    }
}
