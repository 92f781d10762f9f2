package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.Dataset;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's state without a toolkit: background work runs inline. */
class AppModelTest {

    @TempDir
    Path dir;

    private Store openStore() {
        Path data = Fixtures.mini(dir.resolve("data"));
        return new StoreManager(dir.resolve("store"), new DatasetLoader())
                .open(new DirectoryDatasetFiles(data.getParent()), "events.json", StoreManager.Progress.NONE).store();
    }

    @Test
    void theFirstResultsReachWhoeverWaitsForThem() {
        Store store = openStore();
        AppModel model = new AppModel(new InlineBackground());
        List<String> heard = new ArrayList<>();
        model.afterNextResults(() -> heard.add("results"), heard::add);
        model.loaded(store, store.loadDataset());
        assertThat(heard).containsExactly("results");
        assertThat(model.getFilteredEvents()).hasSize(4);
        assertThat(model.queryingProperty().get()).isFalse();
        store.close();
    }

    @Test
    void aFailedFirstQueryEndsTheWaitWithWhatWentWrong() {
        Store store = openStore();
        Dataset dataset = store.loadDataset();
        store.close(); // every query now fails
        AppModel model = new AppModel(new InlineBackground());
        List<String> heard = new ArrayList<>();
        model.afterNextResults(() -> heard.add("results"), heard::add);
        model.loaded(store, dataset);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).startsWith("Filtering failed: ").doesNotContain("results");
        assertThat(model.errorProperty().get()).isEqualTo(heard.get(0));
        assertThat(model.queryingProperty().get()).isFalse();
    }
}
