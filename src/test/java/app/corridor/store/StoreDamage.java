package app.corridor.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;

/**
 * The kinds of file Corridor may find at its store's place and cannot use, each made from a good
 * store of the mini dataset: what a crash, a disk, another program or a hand edit can leave.
 */
enum StoreDamage {
    RANDOM_BYTES(store -> {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        Files.write(store, bytes);
    }),
    TRUNCATED_TO_ITS_HEADER(store -> Files.write(store, Arrays.copyOf(Files.readAllBytes(store), 3000))),
    TRUNCATED_TO_HALF(store -> {
        byte[] bytes = Files.readAllBytes(store);
        Files.write(store, Arrays.copyOf(bytes, bytes.length / 2));
    }),
    ANOTHER_PROGRAMS_DATABASE(store -> {
        Files.delete(store);
        sql(store, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                "INSERT INTO notes (body) VALUES ('my own notes')");
    }),
    A_DATABASE_WITH_ITS_OWN_EVENTS_TABLE(store -> {
        Files.delete(store);
        sql(store, "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)",
                "INSERT INTO events (what) VALUES ('mine')");
    }),
    ANOTHER_PROGRAMS_DATABASE_WITH_A_USER_VERSION(store -> {
        Files.delete(store);
        sql(store, "CREATE TABLE meta (key TEXT, value TEXT)", "PRAGMA user_version = 1");
    }),
    ANOTHER_APPLICATIONS_ID(store -> sql(store, "PRAGMA application_id = 1234")),
    UNKNOWN_EVENT_KIND(store -> sql(store, "UPDATE events SET kind = 'postcard' WHERE seq = 1")),
    UNPARSEABLE_EVENT_DATE(store -> sql(store, "UPDATE events SET date = '2024-13-45' WHERE seq = 2")),
    UNKNOWN_COUNTRY(store -> sql(store, "UPDATE actors SET country = 'XX' WHERE rowid = 1")),
    UNKNOWN_PART(store -> sql(store, "UPDATE event_actors SET part = 'spectator' WHERE rowid = 1")),
    UNPARSEABLE_PUBLISHED_DATE(store -> sql(store, "UPDATE sources SET published = 'last spring' WHERE rowid = 1")),
    // A quote keeps only its place in its source: words or a place that no longer agree must be found.
    QUOTE_WORDS_NOT_IN_ITS_SOURCE(store -> sql(store, "UPDATE quotes SET text = 'words no source holds' WHERE rowid = 1")),
    QUOTE_PLACE_SHIFTED(store -> sql(store,
            "UPDATE quotes SET start_offset = start_offset + 1, end_offset = end_offset + 1 WHERE rowid = 1")),
    QUOTE_PLACE_PAST_ITS_SOURCE(store -> sql(store, "UPDATE quotes SET end_offset = 99999999 WHERE rowid = 1")),
    QUOTE_OF_A_SOURCE_NOT_STORED(store -> sql(store, "UPDATE quotes SET source_id = 'nowhere' WHERE rowid = 1")),
    // The events a start reads are packed apart from the tables: they must be the tables' events.
    PACKED_EVENTS_ALTERED(store -> sql(store, "UPDATE event_snapshot SET data = zeroblob(length(data))")),
    PACKED_EVENTS_MISSING(store -> sql(store, "DELETE FROM event_snapshot")),
    TITLE_EDITED_IN_THE_TABLES(store -> sql(store, "UPDATE events SET title = 'A title no dataset gave' WHERE seq = 3")),
    OVERWRITTEN_PAGE(store -> overwritePage(store, 3)),
    ZEROED_PAGE(store -> {
        int size = pageSize(store);
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            f.seek(size * 4L);
            f.write(new byte[size]);
        }
    }),
    DROPPED_TABLE(store -> sql(store, "DROP TABLE quotes")),
    DROPPED_SEARCH_INDEX(store -> sql(store, "DROP TABLE event_text")),
    NO_DATASET_HASH_AND_NO_META(store -> sql(store, "DROP TABLE meta"));

    /** A change to a file, which may fail like any file or database operation. */
    @FunctionalInterface
    private interface Change {
        void apply(Path store) throws Exception;
    }

    private final Change change;

    StoreDamage(Change change) {
        this.change = change;
    }

    /** Damages the good store at {@code store} in place. */
    void apply(Path store) throws Exception {
        change.apply(store);
    }

    static void sql(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** Overwrites page {@code page} (1-based) with bytes that are no b-tree page. */
    static void overwritePage(Path db, int page) {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[pageSize(db)];
            new Random(page).nextBytes(junk);
            f.seek((long) junk.length * (page - 1));
            f.write(junk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database's page size, from its header (two bytes at offset 16; 1 stands for 65,536). */
    static int pageSize(Path db) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "r")) {
            f.seek(16);
            int size = f.readUnsignedShort();
            return size == 1 ? 65_536 : size;
        }
    }
}
