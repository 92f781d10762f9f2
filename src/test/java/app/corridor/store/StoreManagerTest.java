package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreManagerTest {

    @TempDir
    Path dir;

    private StoreManager.Opening open(Path dataset) {
        StoreManager manager = new StoreManager(dir.resolve("store"), new DatasetLoader());
        return manager.open(new DirectoryDatasetFiles(dataset.getParent()), "events.json", StoreManager.Progress.NONE);
    }

    private static StoreManager.Opening closed(StoreManager.Opening opening) {
        if (opening.store() != null) {
            opening.store().close();
        }
        return opening;
    }

    @Test
    void theFirstStartBuildsTheStoreAndTheNextReusesIt() {
        Path data = Fixtures.mini(dir);
        StoreManager.Opening first = closed(open(data));
        assertThat(first.status()).isEqualTo(StoreManager.Status.BUILT);
        StoreManager.Opening second = open(data);
        assertThat(second.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(second.store().loadDataset().events()).hasSize(4);
        closed(second);
    }

    @Test
    void aChangedValidDatasetRebuildsTheStore() {
        Path data = Fixtures.mini(dir);
        closed(open(data));
        Fixtures.edit(data, "\"title\": \"Airport opens\"", "\"title\": \"Gwadar airport opens\"");
        StoreManager.Opening again = open(data);
        assertThat(again.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(again.store().loadDataset().events()).extracting(e -> e.title()).contains("Gwadar airport opens");
        closed(again);
    }

    @Test
    void aBrokenDatasetNeverReplacesAGoodStore() throws IOException {
        Path data = Fixtures.mini(dir);
        closed(open(data));
        Path storeFile = dir.resolve("store").resolve(StoreLocation.FILE_NAME);
        byte[] before = Files.readAllBytes(storeFile);
        Fixtures.edit(data, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.KEPT_PREVIOUS);
        assertThat(opening.problems()).extracting(p -> p.pointer()).containsExactly("/events/3/kind");
        assertThat(opening.store().loadDataset().events()).hasSize(4);
        closed(opening);
        assertThat(Files.readAllBytes(storeFile)).isEqualTo(before);
        assertThat(leftoverTempFiles()).isZero();
    }

    @Test
    void aBrokenDatasetWithNoStoreYetOpensNothingAndSaysWhy() {
        Path data = Fixtures.mini(dir);
        Fixtures.edit(data, "\"date\": \"2025-01\"", "\"date\": \"2025-00\"");
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.NO_STORE);
        assertThat(opening.store()).isNull();
        assertThat(opening.problems()).hasSize(1);
        assertThat(Files.exists(dir.resolve("store").resolve(StoreLocation.FILE_NAME))).isFalse();
    }

    @Test
    void aCorruptStoreFileIsRebuilt() throws IOException {
        Path data = Fixtures.mini(dir);
        Files.createDirectories(dir.resolve("store"));
        Files.writeString(dir.resolve("store").resolve(StoreLocation.FILE_NAME), "not a database, just text ".repeat(100));
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(opening.store().loadDataset().events()).hasSize(4);
        closed(opening);
    }

    private long leftoverTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
