package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.EventKind;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's state without a toolkit: background work runs inline. */
class AppModelTest {

    @TempDir
    Path dir;

    private Store store;
    private AppModel model;

    /** Runs work at once, on the calling thread. */
    private static final class Inline implements Background {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void shutdown() {
        }
    }

    @BeforeEach
    void load() {
        Path data = Fixtures.mini(dir.resolve("data"));
        StoreManager.Opening opening = new StoreManager(dir.resolve("store"), new DatasetLoader())
                .open(new DirectoryDatasetFiles(data.getParent()), "events.json", (f, m) -> { });
        store = opening.store();
        model = new AppModel(new Inline());
        model.loaded(store, store.loadDataset());
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
    void aSearchThatFindsNothingNamesTheWordsThatMatchNoEvent() {
        assertThat(feedbackFor(EventFilter.all().withText("zanzibar"))).isEqualTo("No match for \u201czanzibar\u201d");
        assertThat(feedbackFor(EventFilter.all().withText("critical Zanzibar qwerty")))
                .isEqualTo("No match for \u201cZanzibar\u201d, \u201cqwerty\u201d");
        assertThat(model.getFilteredEvents()).isEmpty();
    }

    @Test
    void whenEveryWordMatchesSomewhereItSaysNoEventHasThemAllOrTheOtherFiltersLeaveThemOut() {
        assertThat(feedbackFor(EventFilter.all().withText("critical airport")))
                .isEqualTo("No event contains all of \u201ccritical airport\u201d");
        assertThat(feedbackFor(EventFilter.all().withText("critical").withKinds(Set.of(EventKind.LETTER))))
                .isEqualTo("\u201ccritical\u201d matches only events outside the other filters");
    }

    @Test
    void aSearchThatFindsSomethingOrNoSearchHasNothingToSay() {
        assertThat(feedbackFor(EventFilter.all().withText("zanzibar"))).isNotNull();
        assertThat(feedbackFor(EventFilter.all().withText("critical"))).isNull();
        assertThat(model.getFilteredEvents()).hasSize(1);
        assertThat(feedbackFor(EventFilter.all().withKinds(Set.of(EventKind.ELECTION)))).isNull();
    }
}
