package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A failure injected at each step of a build (a full disk, an I/O error): the previous store, if
 * any, is left byte for byte, no temporary file and no open file remain, and the next start builds.
 */
class StoreBuildFaultTest {

    @TempDir
    Path dir;

    private StoreManager manager(Path storeDir, StoreBuilder.Step failAt) {
        return new StoreManager(storeDir, new DatasetLoader(), step -> {
            if (step == failAt) {
                throw new StoreException("injected failure at " + step, null);
            }
        }, dir.resolve("tmp"));
    }

    private static StoreManager.Opening open(StoreManager manager, Path data) {
        return manager.open(new DirectoryDatasetFiles(data.getParent()), "events.json", StoreManager.Progress.NONE);
    }

    @ParameterizedTest
    @EnumSource(StoreBuilder.Step.class)
    void aFailedRebuildLeavesThePreviousStoreAsItWas(StoreBuilder.Step step) throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path storeDir = dir.resolve("store");
        open(manager(storeDir, null), data).store().close();
        byte[] previous = Files.readAllBytes(storeDir.resolve(StoreLocation.FILE_NAME));
        Fixtures.edit(data, "\"title\": \"Airport opens\"", "\"title\": \"Gwadar airport opens\"");

        assertThatThrownBy(() -> open(manager(storeDir, step), data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("injected failure at " + step);

        assertThat(Files.readAllBytes(storeDir.resolve(StoreLocation.FILE_NAME))).isEqualTo(previous);
        assertNothingLeft(storeDir);
        StoreManager.Opening next = open(manager(storeDir, null), data);
        try (Store store = next.store()) {
            assertThat(next.status()).isEqualTo(StoreManager.Status.BUILT);
            assertThat(store.loadDataset().events()).extracting(e -> e.title()).contains("Gwadar airport opens");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBuilder.Step.class)
    void aFailedFirstBuildLeavesNoStoreAndNoTemporaryFile(StoreBuilder.Step step) throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path storeDir = dir.resolve("store");

        assertThatThrownBy(() -> open(manager(storeDir, step), data)).isInstanceOf(StoreException.class);

        assertThat(storeDir.resolve(StoreLocation.FILE_NAME)).doesNotExist();
        assertNothingLeft(storeDir);
    }

    private static void assertNothingLeft(Path storeDir) throws IOException {
        if (Files.isDirectory(storeDir)) {
            try (Stream<Path> files = Files.list(storeDir)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(StoreLocation.FILE_NAME)))
                        .as("temporary files").isEmpty();
            }
            if (OpenFiles.supported()) {
                List<Path> open = OpenFiles.under(storeDir);
                assertThat(open).as("files left open").isEmpty();
            }
        }
    }
}
