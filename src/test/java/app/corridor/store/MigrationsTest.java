package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void anOlderStoreIsUpgradedKeepingItsDataAndGainsSearch() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Store v1 = Store.open(file, 1); Statement st = v1.connection().createStatement()) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            st.execute("INSERT INTO meta VALUES ('dataset_hash', 'abc')");
            st.execute("INSERT INTO actors (id, name, country, kind) VALUES ('xi-jinping', 'Xi Jinping', 'CN', 'person')");
            st.execute("INSERT INTO events (seq, id, title, kind, date, start_day, end_day, summary) VALUES "
                    + "(1, 'xi-visit-2015', 'Xi Jinping visits Pakistan', 'state-visit', '2015-04-20/2015-04-21', "
                    + "16545, 16546, 'A historic visit.')");
            st.execute("INSERT INTO event_actors VALUES (1, 'xi-jinping', 'guest', 0)");
        }
        try (Store upgraded = Store.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThan(1);
            assertThat(upgraded.meta("dataset_hash")).contains("abc");
            assertThat(upgraded.matchingEventIds(EventFilter.all().withText("historic"))).containsExactly("xi-visit-2015");
            assertThat(upgraded.loadDataset().actors().get(0).nativeName()).isNull();
        }
    }

    /** Version 3: the search index keeps only the index, not a second copy of every title, summary and quote. */
    @Test
    void aVersion2StoreDropsTheIndexsCopyOfTheWordsAndStillFindsThem() throws SQLException {
        Path file = dir.resolve("v2.db");
        try (Store v2 = Store.open(file, 2); Statement st = v2.connection().createStatement()) {
            st.execute("INSERT INTO events (seq, id, title, kind, date, start_day, end_day, summary) VALUES "
                    + "(1, 'xi-visit-2015', 'Xi Jinping visits Pakistan', 'state-visit', '2015-04-20/2015-04-21', "
                    + "16545, 16546, 'A historic visit.')");
            st.execute("INSERT INTO sources (id, file, sha256, title, text) VALUES ('speech', 'sources/speech.txt', '"
                    + "0".repeat(64) + "', 'A speech', 'ironclad friends')");
            st.execute("INSERT INTO quotes VALUES (1, 0, 'speech', 'ironclad friends', 0, 16)");
            st.execute(Migrations.FILL_SEARCH_INDEX);
            assertThat(tables(v2)).contains("event_text_content");
        }
        try (Store upgraded = Store.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(tables(upgraded)).contains("event_text").doesNotContain("event_text_content");
            assertThat(upgraded.matchingEventIds(EventFilter.all().withText("ironclad historic")))
                    .containsExactly("xi-visit-2015");
        }
    }

    /**
     * Version 4: the events packed for a fast start. A store built before has them packed once, from
     * its tables (each value checked as a start read them before), and then reads them back as the
     * tables hold them, search and all.
     */
    @Test
    void aVersion3StoreHasItsEventsPackedFromItsTablesOnce() throws Exception {
        Dataset generated = DatasetGenerator.generate(EventSnapshot.EVENTS_PER_CHUNK + 500, 11);
        Path file = dir.resolve("v3.db");
        try (Store built = Store.open(file); Statement st = built.connection().createStatement()) {
            StoreImporter.importDataset(built, generated, "hash");
            // As version 3 left a store: the same tables, no packed events.
            st.execute("DROP TABLE event_snapshot");
            st.execute("PRAGMA user_version = 3");
        }
        try (Store upgraded = Store.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(count(upgraded, "SELECT count(*) FROM event_snapshot")).isEqualTo(2);
            upgraded.verify();
            assertThat(upgraded.loadDataset()).isEqualTo(generated);
            Event last = generated.events().get(generated.events().size() - 1);
            assertThat(upgraded.matchingEventIds(EventFilter.all().withText(last.title()))).contains(last.id());
        }
    }

    /** Version 5: the search index keeps which events hold each word, not where; it finds them as before. */
    @Test
    void aVersion4StoresSearchIndexIsBuiltAgainWithoutTheWordsPlaces() throws Exception {
        Dataset generated = DatasetGenerator.generate(300, 5);
        Path file = dir.resolve("v4.db");
        try (Store v4 = Store.open(file, 4)) {
            StoreImporter.importDataset(v4, generated, "hash");
            assertThat(searchIndexSql(v4)).doesNotContain("detail");
        }
        try (Store upgraded = Store.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(5);
            assertThat(searchIndexSql(upgraded)).contains("detail = none");
            upgraded.verify();
            for (Event e : List.of(generated.events().get(0), generated.events().get(299))) {
                assertThat(upgraded.matchingEventIds(EventFilter.all().withText(e.title()))).contains(e.id());
            }
        }
    }

    private static String searchIndexSql(Store store) throws SQLException {
        return Column.of(store.connection(), "SELECT sql FROM sqlite_schema WHERE name = 'event_text'", String.class).get(0);
    }

    /** A version-3 store whose rows hold a value no dataset can is found damaged as it is upgraded. */
    @Test
    void aVersion3StoreWithABadValueIsFoundDamagedNotUpgraded() throws Exception {
        Path file = dir.resolve("v3-bad.db");
        try (Store built = Store.open(file); Statement st = built.connection().createStatement()) {
            StoreImporter.importDataset(built, DatasetGenerator.generate(20, 3), "hash");
            st.execute("DROP TABLE event_snapshot");
            st.execute("PRAGMA user_version = 3");
            st.execute("UPDATE events SET kind = 'postcard' WHERE seq = 7");
        }
        assertThatThrownBy(() -> Store.open(file).close()).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("a row of events").hasMessageContaining("postcard");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.version(c)).as("the step is undone whole").isEqualTo(3);
        }
    }

    private static int count(Store store, String sql) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static List<String> tables(Store store) throws SQLException {
        return Column.of(store.connection(), "SELECT name FROM sqlite_schema WHERE type = 'table'", String.class);
    }

    @Test
    void aStoreFromANewerCorridorIsRefusedNotDamaged() throws Exception {
        Path file = dir.resolve("future.db");
        try (Store s = Store.open(file); Statement st = s.connection().createStatement()) {
            st.execute("INSERT INTO meta VALUES ('dataset_hash', 'abc')");
            st.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this version of Corridor knows");
        assertThat(Files.readAllBytes(file)).as("the newer store, byte for byte").isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.LATEST + 1);
        }
        assertThat(OpenFiles.supported() ? OpenFiles.under(dir) : List.of()).as("no connection left open").isEmpty();
    }

    @Test
    void aFailingMigrationClosesTheConnectionAndRollsItsStepBack() throws Exception {
        Path file = dir.resolve("half.db");
        // Another program's table where step 1 creates its own: the step fails half-way.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sources (x)");
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("table sources already exists");
        if (OpenFiles.supported()) {
            assertThat(OpenFiles.under(dir)).as("no connection left open").isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'")) {
            assertThat(rs.getString(1)).as("the failed step's tables are rolled back").isEqualTo("sources");
        }
    }

    @Test
    void closingQuietlyLogsAFailureInsteadOfThrowingIt() {
        Connection failing = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        throw new SQLException("disk I/O error");
                    }
                    return null;
                });
        Store store = new Store(dir.resolve("x.db"), failing);
        boolean[] afterClose = {false};
        store.afterClose(() -> afterClose[0] = true);
        assertThatThrownBy(store::close).isInstanceOf(StoreException.class).hasMessageContaining("disk I/O error");
        Store again = new Store(dir.resolve("x.db"), failing);
        assertThatCode(() -> Store.closeQuietly(again)).doesNotThrowAnyException();
        assertThatCode(() -> Store.closeQuietly(null)).doesNotThrowAnyException();
        assertThat(afterClose[0]).as("a temporary store is removed even when closing fails").isTrue();
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Store s = Store.open(dir.resolve("fk.db"))) {
            assertThatThrownBy(() -> {
                try (Statement st = s.connection().createStatement()) {
                    st.execute("INSERT INTO event_actors VALUES (99, 'nobody', 'host', 0)");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("FOREIGN KEY");
        }
    }
}
