package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.SourceTexts;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packed events a start reads: read back as written, across chunks, and damage found, never unpacked wrong. */
class EventSnapshotTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private Dataset dataset;
    private Store store;

    @BeforeEach
    void pack() {
        // Three chunks: later ones refer to the dictionary entries (actors, places, titles) the first wrote.
        dataset = DatasetGenerator.generate(2 * EventSnapshot.EVENTS_PER_CHUNK + 100, 5);
        // In a file, as every store that packs its events (one in memory has no need to).
        store = Store.open(dir.resolve("packed.db"));
        StoreImporter.importDataset(store, dataset, "hash");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eventsOfSeveralChunksReadBackAsWrittenInTheTablesOrder() throws SQLException {
        assertThat(chunkSizes()).containsExactly(EventSnapshot.EVENTS_PER_CHUNK, EventSnapshot.EVENTS_PER_CHUNK, 100);
        List<Event> back = read();
        assertThat(back).isEqualTo(dataset.events());
        assertThat(back.get(back.size() - 1).quotes().get(0).text())
                .isEqualTo(dataset.events().get(back.size() - 1).quotes().get(0).text());
        // The actors that recur are one string each, the last chunk's those the first wrote.
        Map<String, String> firstChunks = new HashMap<>();
        back.subList(0, EventSnapshot.EVENTS_PER_CHUNK)
                .forEach(e -> e.participants().forEach(p -> firstChunks.putIfAbsent(p.actorId(), p.actorId())));
        List<Participation> again = back.subList(2 * EventSnapshot.EVENTS_PER_CHUNK, back.size()).stream()
                .flatMap(e -> e.participants().stream()).filter(p -> firstChunks.containsKey(p.actorId())).toList();
        assertThat(again).isNotEmpty().allSatisfy(p -> assertThat(p.actorId()).isSameAs(firstChunks.get(p.actorId())));
        // A date that is not an interval is one object for both its ends, as when the dataset was read.
        assertThat(back).filteredOn(e -> !e.date().isInterval()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().end()).isSameAs(e.date().start()));
        assertThat(back).filteredOn(e -> e.date().isInterval()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().end()).isNotEqualTo(e.date().start()));
    }

    @Test
    void participationsAndDatesThatRecurAreOneObjectEachAcrossChunks() throws SQLException {
        List<Event> back = read();
        Map<Participation, Participation> firstOf = new HashMap<>();
        Map<Object, Object> firstDate = new HashMap<>();
        int recurring = 0;
        for (Event e : back) {
            for (Participation p : e.participants()) {
                Participation first = firstOf.putIfAbsent(p, p);
                if (first != null) {
                    assertThat(p).isSameAs(first);
                    recurring++;
                }
            }
            // An interval is its own; its ends, and a single date whole, are shared.
            for (Object d : e.date().isInterval() ? List.of(e.date().start(), e.date().end()) : List.of(e.date())) {
                assertThat(d).isSameAs(firstDate.computeIfAbsent(d, k -> d));
            }
        }
        // What a start keeps at 100,000 events: a participation for each actor and part, not each event's.
        assertThat(recurring).isGreaterThan(back.size() / 2);
        assertThat(firstOf).hasSizeLessThan(back.size() / 4);
        assertThat(back).isEqualTo(dataset.events());
    }

    @Test
    void aChunkNotAsWrittenIsFoundByItsChecksumBeforeItIsUnpacked() throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("UPDATE event_snapshot SET data = zeroblob(length(data)) WHERE chunk = 1");
        }
        assertThatThrownBy(this::read).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("chunk 1 of its packed events is not as it was written");
    }

    /** Bytes that pass the checksum but are no events (a bug, or a hand edit that kept the sum right). */
    @Test
    void aChunkCutShortOrRunningOnIsDamageNotATrace() throws SQLException {
        byte[][] written = new byte[1][];
        rewrite(0, data -> {
            written[0] = data;
            return Arrays.copyOf(data, data.length - 3);
        });
        assertThatThrownBy(this::read).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("chunk 0 of its packed events holds an event Corridor cannot read");
        rewrite(0, data -> Arrays.copyOf(written[0], written[0].length + 2));
        assertThatThrownBy(this::read).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("2 bytes follow its " + EventSnapshot.EVENTS_PER_CHUNK + " events");
    }

    @Test
    void aMissingChunkOrEventsTheTablesDoNotHoldAreFound() throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("DELETE FROM event_snapshot WHERE chunk = 2");
        }
        assertThatThrownBy(this::read).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("it holds " + dataset.events().size() + " events but "
                        + 2 * EventSnapshot.EVENTS_PER_CHUNK + " packed ones");
        try (Statement st = store.connection().createStatement()) {
            st.execute("UPDATE event_snapshot SET chunk = 3 WHERE chunk = 1");
        }
        assertThatThrownBy(this::read).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("its packed events lack chunk 1");
    }

    private List<Event> read() throws SQLException {
        return EventSnapshot.read(store.connection(), (SourceTexts) dataset.sourceTexts(), store.file());
    }

    private List<Integer> chunkSizes() throws SQLException {
        return Column.of(store.connection(), "SELECT events FROM event_snapshot ORDER BY chunk", Integer.class);
    }

    /** Replaces chunk {@code chunk}'s bytes, with the checksum of the new ones. */
    private void rewrite(int chunk, UnaryOperator<byte[]> change) throws SQLException {
        byte[] data;
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT data FROM event_snapshot WHERE chunk = " + chunk)) {
            assertThat(rs.next()).isTrue();
            data = change.apply(rs.getBytes(1));
        }
        CRC32C crc = new CRC32C();
        crc.update(data);
        try (PreparedStatement ps = store.connection().prepareStatement(
                "UPDATE event_snapshot SET data = ?, crc = ? WHERE chunk = ?")) {
            ps.setBytes(1, data);
            ps.setLong(2, crc.getValue());
            ps.setInt(3, chunk);
            ps.executeUpdate();
        }
    }
}
