package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
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

    @Test
    void aStoreFromANewerCorridorIsRefusedNotDamaged() throws SQLException {
        Path file = dir.resolve("future.db");
        try (Store s = Store.open(file); Statement st = s.connection().createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this version of Corridor knows");
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
