package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Built with pages of 16 KiB, a quarter as many to write as SQLite's usual 4 KiB; and read back whole. */
    @Test
    void aStoreIsBuiltWithPagesOf16KiB() throws IOException {
        Path data = Fixtures.mini(dir);
        Path file = closed(open(data)).store().file();

        assertThat(StoreDamage.pageSize(file)).isEqualTo(16_384);
        StoreManager.Opening again = open(data);
        assertThat(again.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(again.store().loadDataset().events()).hasSize(4);
        closed(again);
    }

    /**
     * A store this run built and closed as built is known sound: the next start reads only its
     * packed events. One another connection wrote to meanwhile is checked whole at the next start.
     */
    @Test
    void aStoreBuiltHereIsRecordedSoundAsItClosesUnlessAnotherConnectionWroteToIt() throws Exception {
        Path data = Fixtures.mini(dir);
        StoreManager.Opening built = open(data);
        Path file = built.store().file();
        // As if it had been built a while ago: a state younger than two seconds is not trusted.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        closed(built);
        assertThat(PageCheckRecord.holds(file)).isTrue();

        Files.delete(file);
        Files.delete(PageCheckRecord.record(file));
        StoreManager.Opening rebuilt = open(data);
        assertThat(rebuilt.status()).isEqualTo(StoreManager.Status.BUILT);
        StoreDamage.sql(file, "UPDATE meta SET value = 'another title' WHERE key = 'dataset_title'");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        closed(rebuilt);
        assertThat(PageCheckRecord.holds(file)).as("written to by another connection").isFalse();
    }

    /**
     * A store found sound whole just after a write (an upgrade writes to it as it opens) is too
     * recent to record then: it is recorded as it closes, so the start after that reads only its
     * packed events.
     */
    @Test
    void aStoreFoundSoundTooSoonAfterAWriteToRecordIsRecordedAsItCloses() throws Exception {
        Path data = Fixtures.mini(dir);
        Path file = closed(open(data)).store().file();
        StoreDamage.sql(file, "UPDATE meta SET value = value WHERE key = 'dataset_title'");
        StoreManager.Opening checked = open(data);
        assertThat(checked.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(PageCheckRecord.holds(file)).as("written to a moment ago: not recorded yet").isFalse();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        closed(checked);
        assertThat(PageCheckRecord.holds(file)).isTrue();
    }

    @Test
    void aDatasetToBuildIsHandedOverAsSoonAsItIsCheckedAndTheStoreBuiltHoldsThatVeryDataset() {
        Path data = Fixtures.mini(dir);
        List<String> heard = new ArrayList<>();
        List<Dataset> checked = new ArrayList<>();
        StoreManager manager = new StoreManager(dir.resolve("store"), new DatasetLoader(),
                step -> heard.add(step.name()), Path.of(System.getProperty("java.io.tmpdir")));
        StoreManager.Opening first = manager.open(new DirectoryDatasetFiles(data.getParent()), "events.json",
                StoreManager.Progress.NONE, d -> {
                    heard.add("checked");
                    checked.add(d);
                });
        assertThat(first.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(heard).as("shown before the build begins").startsWith("checked", "CREATE");
        assertThat(checked).hasSize(1);
        assertThat(checked.get(0).events()).hasSize(4);
        assertThat(first.store().loadDataset()).isSameAs(checked.get(0));
        closed(first);

        // A store that holds the dataset already has nothing to hand over early.
        StoreManager.Opening second = closed(manager.open(new DirectoryDatasetFiles(data.getParent()), "events.json",
                StoreManager.Progress.NONE, checked::add));
        assertThat(second.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(checked).hasSize(1);

        // Nor has a dataset with problems.
        Fixtures.edit(data, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        StoreManager.Opening third = closed(manager.open(new DirectoryDatasetFiles(data.getParent()), "events.json",
                StoreManager.Progress.NONE, checked::add));
        assertThat(third.status()).isEqualTo(StoreManager.Status.KEPT_PREVIOUS);
        assertThat(checked).hasSize(1);
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

    @Test
    void anEditedSourceTextIsNoticedAndTheLastGoodStoreIsKeptWithTheProblem() throws IOException {
        Path data = Fixtures.mini(dir);
        closed(open(data));
        Files.writeString(dir.resolve("sources/article.txt"), " (edited)", java.nio.file.StandardOpenOption.APPEND);
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.KEPT_PREVIOUS);
        assertThat(opening.problems()).extracting(p -> p.pointer()).containsExactly("/sources/1/sha256");
        assertThat(opening.store().loadDataset().events()).hasSize(4);
        closed(opening);
    }

    @Test
    void aDeletedSourceTextIsNoticed() throws IOException {
        Path data = Fixtures.mini(dir);
        closed(open(data));
        Files.delete(dir.resolve("sources/speech.txt"));
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.KEPT_PREVIOUS);
        assertThat(opening.problems()).extracting(p -> p.message()).anyMatch(m -> m.contains("source file not found"));
        closed(opening);
    }

    @Test
    void aSourceRestoredAfterAnEditIsUpToDateAgain() throws IOException {
        Path data = Fixtures.mini(dir);
        closed(open(data));
        Path source = dir.resolve("sources/article.txt");
        byte[] original = Files.readAllBytes(source);
        Files.writeString(source, "changed");
        closed(open(data));
        Files.write(source, original);
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(opening.problems()).isEmpty();
        closed(opening);
    }

    @Test
    void fileStatesAreRecordedOnlyForFilesLastChangedWellBeforeTheyWereRead() throws IOException {
        Path data = Fixtures.mini(dir);
        StoreManager.Opening built = open(data);
        assertThat(built.store().metaStartingWith(DatasetFingerprint.STATE_KEY))
                .as("files copied just now could change again within the file system's time granularity").isEmpty();
        closed(built);
        ageDatasetFiles();
        StoreManager.Opening opening = open(data);
        assertThat(opening.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(opening.store().metaStartingWith(DatasetFingerprint.STATE_KEY)).containsOnlyKeys(
                "file_state:events.json", "file_state:sources/speech.txt", "file_state:sources/article.txt");
        closed(opening);
    }

    @Test
    void aFileWhoseRecordedStateIsUnchangedIsNotHashedAgain() throws IOException {
        Path data = Fixtures.mini(dir);
        ageDatasetFiles();
        closed(open(data));
        // The same size and modification time, in place: only a hash would see it, and that is the
        // point of recording the state (git's index makes the same trade).
        Path source = dir.resolve("sources/article.txt");
        FileTime time = Files.getLastModifiedTime(source);
        byte[] bytes = Files.readAllBytes(source);
        bytes[0] = (byte) (bytes[0] == 'A' ? 'B' : 'A');
        Files.write(source, bytes);
        Files.setLastModifiedTime(source, time);
        StoreManager.Opening same = open(data);
        assertThat(same.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        closed(same);
        // Any other change of state makes the hash decide.
        Files.setLastModifiedTime(source, FileTime.from(time.toInstant().plusSeconds(1)));
        StoreManager.Opening changed = open(data);
        assertThat(changed.status()).isEqualTo(StoreManager.Status.KEPT_PREVIOUS);
        closed(changed);
    }

    /** Sets every dataset file's modification time an hour back, as for files not edited lately. */
    private void ageDatasetFiles() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!f.startsWith(dir.resolve("store"))) {
                    Files.setLastModifiedTime(f, hourAgo);
                }
            }
        }
    }

    private long leftoverTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
