package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A store file Corridor cannot use is never deleted or changed: it is moved aside, and the user told where. */
class StoreDamageTest {

    @TempDir
    Path dir;

    private Path data;
    private Path storeDir;
    private Path storeFile;
    private Path temporaryRoot;

    @BeforeEach
    void goodStore() throws IOException {
        data = Fixtures.mini(dir.resolve("data"));
        storeDir = dir.resolve("store");
        storeFile = storeDir.resolve(StoreLocation.FILE_NAME);
        temporaryRoot = Files.createDirectories(dir.resolve("tmp"));
        try (Store s = open().store()) {
            assertThat(s).isNotNull();
        }
    }

    private StoreManager.Opening open() {
        return new StoreManager(storeDir, new DatasetLoader(), StoreBuilder.StepListener.NONE, temporaryRoot)
                .open(new DirectoryDatasetFiles(data.getParent()), "events.json", StoreManager.Progress.NONE);
    }

    /** A start after a pass reads only the packed events; any change to the file brings the whole check back. */
    @ParameterizedTest
    @EnumSource(value = StoreDamage.class, names = {"OVERWRITTEN_PAGE", "UNKNOWN_EVENT_KIND", "QUOTE_PLACE_SHIFTED",
            "TITLE_EDITED_IN_THE_TABLES", "PACKED_EVENTS_ALTERED"})
    void damageDoneAfterAPassedCheckIsFoundAtTheNextStart(StoreDamage damage) throws Exception {
        Files.setLastModifiedTime(storeFile, FileTime.from(Instant.now().minusSeconds(3600)));
        StoreManager.Opening checked = open();
        checked.store().close();
        assertThat(checked.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(PageCheckRecord.holds(storeFile)).as("the pass is remembered").isTrue();

        damage.apply(storeFile);
        StoreManager.Opening opening = open();
        opening.store().close();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(opening.notices()).extracting(StoreManager.Notice::kind)
                .containsExactly(StoreManager.Notice.Kind.MOVED_ASIDE);
    }

    /**
     * Bytes changed in place with the file's time put back (bit rot, or a tool that keeps times):
     * the record still holds, so only the packed events are read, and their checksum finds it.
     */
    @Test
    void packedEventsChangedUnseenByTheRecordAreFoundByTheirChecksum() throws Exception {
        Files.setLastModifiedTime(storeFile, FileTime.from(Instant.now().minusSeconds(3600)));
        open().store().close();
        assertThat(PageCheckRecord.holds(storeFile)).as("the pass is remembered").isTrue();

        FileTime recorded = Files.getLastModifiedTime(storeFile);
        byte[] bytes = Files.readAllBytes(storeFile);
        byte[] words = "commercial flights".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int changed = 0;
        for (int i = 0; i + words.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + words.length, words, 0, words.length)) {
                bytes[i + words.length - 1] = 'S';
                changed++;
            }
        }
        assertThat(changed).isPositive();
        Files.write(storeFile, bytes);
        Files.setLastModifiedTime(storeFile, recorded);
        assertThat(PageCheckRecord.holds(storeFile)).as("the change is unseen by the record").isTrue();

        StoreManager.Opening opening = open();
        opening.store().close();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(opening.notices()).singleElement().satisfies(n -> assertThat(n.message())
                .contains("packed events is not as it was written"));
    }

    @ParameterizedTest
    @EnumSource(StoreDamage.class)
    void aFileCorridorCannotUseIsMovedAsideUnchangedAndTheStoreIsRebuilt(StoreDamage damage) throws Exception {
        damage.apply(storeFile);
        byte[] damaged = Files.readAllBytes(storeFile);

        StoreManager.Opening opening = open();
        try (Store store = opening.store()) {
            assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
            assertThat(store.loadDataset().events()).hasSize(4);
            assertThat(store.file()).isEqualTo(storeFile);
        }
        assertThat(opening.notices()).hasSize(1);
        StoreManager.Notice notice = opening.notices().get(0);
        assertThat(notice.kind()).isEqualTo(StoreManager.Notice.Kind.MOVED_ASIDE);
        assertThat(notice.path().getFileName().toString()).matches("corridor\\.db\\.broken-\\d{8}-\\d{6}");
        assertThat(notice.path().getParent()).isEqualTo(storeDir);
        assertThat(Files.readAllBytes(notice.path())).as("the file moved aside is the user's, byte for byte")
                .isEqualTo(damaged);
        assertThat(notice.message()).contains(storeFile.toString()).contains(notice.path().toString())
                .contains("A new store was built").doesNotContain("Exception");
        assertThat(filesIn(storeDir)).containsExactlyInAnyOrder(StoreLocation.FILE_NAME,
                notice.path().getFileName().toString());
        // The rebuilt store is a good one: the next start uses it as it is.
        StoreManager.Opening again = open();
        again.store().close();
        assertThat(again.status()).isEqualTo(StoreManager.Status.UP_TO_DATE);
        assertThat(again.notices()).isEmpty();
    }

    @Test
    void anotherProgramsDatabaseIsNotMigratedInPlace() throws Exception {
        StoreDamage.ANOTHER_PROGRAMS_DATABASE.apply(storeFile);
        StoreManager.Opening opening = open();
        opening.store().close();
        Path aside = opening.notices().get(0).path();
        assertThat(tablesOf(aside)).containsExactly("notes");
        assertThat(opening.notices().get(0).message()).contains("another program's SQLite database (its tables: notes)");
    }

    @Test
    void aStoreFromANewerCorridorIsNeverTouchedAndThisRunUsesATemporaryStore() throws Exception {
        StoreDamage.sql(storeFile, "PRAGMA user_version = 99",
                "UPDATE meta SET value = '9.9.0' WHERE key = '" + StoreImporter.META_CORRIDOR_VERSION + "'");
        byte[] newer = Files.readAllBytes(storeFile);
        long modified = Files.getLastModifiedTime(storeFile).toMillis();

        StoreManager.Opening opening = open();
        Path temporary = opening.store().file();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(opening.store().loadDataset().events()).hasSize(4);
        assertThat(temporary).startsWith(temporaryRoot).exists();
        assertThat(opening.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(StoreManager.Notice.Kind.TEMPORARY_STORE);
            assertThat(n.path()).isEqualTo(temporary.getParent());
            assertThat(n.message()).contains(storeFile.toString()).contains("Corridor 9.9.0")
                    .contains("store schema 99").contains(temporary.getParent().toString()).contains("left as it is");
        });
        opening.store().close();
        assertThat(temporary.getParent()).as("removed when the store is closed").doesNotExist();
        assertThat(Files.readAllBytes(storeFile)).isEqualTo(newer);
        assertThat(Files.getLastModifiedTime(storeFile).toMillis()).isEqualTo(modified);
        assertThat(filesIn(storeDir)).containsExactly(StoreLocation.FILE_NAME);
    }

    @Test
    void aNewerStoreWithoutARecordedVersionSaysANewerCorridorMadeIt() throws Exception {
        StoreDamage.sql(storeFile, "PRAGMA user_version = 99",
                "DELETE FROM meta WHERE key = '" + StoreImporter.META_CORRIDOR_VERSION + "'");
        StoreManager.Opening opening = open();
        opening.store().close();
        assertThat(opening.notices().get(0).message()).contains("made by a newer Corridor (store schema 99");
    }

    @Test
    void aNewerStoreAndABrokenDatasetLeaveNoTemporaryStoreBehind() throws Exception {
        StoreDamage.sql(storeFile, "PRAGMA user_version = 99");
        Fixtures.edit(data, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        StoreManager.Opening opening = open();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.NO_STORE);
        assertThat(opening.notices()).singleElement().extracting(StoreManager.Notice::kind)
                .isEqualTo(StoreManager.Notice.Kind.TEMPORARY_STORE);
        assertThat(filesIn(temporaryRoot)).isEmpty();
    }

    @Test
    void aSecondUnusableStoreNeverReplacesTheFirstOneMovedAside() throws Exception {
        StoreDamage.RANDOM_BYTES.apply(storeFile);
        StoreManager.Opening first = open();
        first.store().close();
        StoreDamage.OVERWRITTEN_PAGE.apply(storeFile);
        byte[] second = Files.readAllBytes(storeFile);
        StoreManager.Opening next = open();
        next.store().close();
        Path firstAside = first.notices().get(0).path();
        Path secondAside = next.notices().get(0).path();
        assertThat(secondAside).isNotEqualTo(firstAside);
        assertThat(Files.readAllBytes(secondAside)).isEqualTo(second);
        assertThat(firstAside).exists();
    }

    @Test
    void theSameSecondGetsANumberedName() throws Exception {
        java.time.LocalDateTime now = java.time.LocalDateTime.of(2025, 2, 4, 9, 30, 0);
        Files.createDirectories(storeDir);
        Files.writeString(storeFile, "one");
        Path first = MovedAside.move(storeFile, now);
        Files.writeString(storeFile, "two");
        Path second = MovedAside.move(storeFile, now);
        assertThat(first.getFileName()).hasToString("corridor.db.broken-20250204-093000");
        assertThat(second.getFileName()).hasToString("corridor.db.broken-20250204-093000-2");
        assertThat(Files.readString(first)).isEqualTo("one");
        assertThat(Files.readString(second)).isEqualTo("two");
    }

    @Test
    void aJournalBesideTheUnusableFileGoesAsideWithIt() throws Exception {
        StoreDamage.RANDOM_BYTES.apply(storeFile);
        Path journal = storeDir.resolve(StoreLocation.FILE_NAME + "-journal");
        Files.writeString(journal, "a journal a killed writer left");
        StoreManager.Opening opening = open();
        opening.store().close();
        Path aside = opening.notices().get(0).path();
        assertThat(Files.readString(aside.resolveSibling(aside.getFileName() + "-journal")))
                .isEqualTo("a journal a killed writer left");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aDamagedStoreAndABrokenDatasetMoveTheFileAsideAndSaySoWithTheProblems() throws Exception {
        StoreDamage.UNKNOWN_EVENT_KIND.apply(storeFile);
        Fixtures.edit(data, "\"date\": \"2025-01\"", "\"date\": \"2025-00\"");
        StoreManager.Opening opening = open();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.NO_STORE);
        assertThat(opening.problems()).hasSize(1);
        assertThat(opening.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(StoreManager.Notice.Kind.MOVED_ASIDE);
            assertThat(n.message()).contains("unknown EventKind code 'postcard'")
                    .contains("No new store could be built: the dataset has problems");
        });
        assertThat(storeFile).doesNotExist();
    }

    @Test
    void anOutdatedStoreMissingATableIsMovedAsideNotSilentlyReplaced() throws Exception {
        Fixtures.edit(data, "\"title\": \"Airport opens\"", "\"title\": \"Gwadar airport opens\"");
        StoreDamage.DROPPED_TABLE.apply(storeFile);
        StoreManager.Opening opening = open();
        opening.store().close();
        assertThat(opening.status()).isEqualTo(StoreManager.Status.BUILT);
        assertThat(opening.notices()).extracting(StoreManager.Notice::kind)
                .containsExactly(StoreManager.Notice.Kind.MOVED_ASIDE);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> tablesOf(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return Column.of(c, "SELECT name FROM sqlite_master WHERE type = 'table'", String.class);
        }
    }
}
