package app.corridor.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The store's schema history. A store records its version in {@code PRAGMA user_version}; opening
 * it applies every later step in order, each in its own transaction. Steps are never edited once
 * released: a change is a new step, so any older store can be brought up to date.
 */
final class Migrations {

    /**
     * One step: the statements that take a store from {@code version - 1} to {@code version}, then
     * what SQL alone cannot do ({@code fill}, given the store's file to name in what it reports).
     */
    record Step(int version, String description, List<String> statements, Fill fill) {
        Step(int version, String description, List<String> statements) {
            this(version, description, statements, (connection, file) -> { });
        }
    }

    /** Work of a step in Java, in the step's transaction. */
    @FunctionalInterface
    interface Fill {
        void run(Connection connection, Path file) throws SQLException;
    }

    /** Fills the full-text index from the tables; shared by migration 2 and every import. */
    static final String FILL_SEARCH_INDEX = """
            INSERT INTO event_text (rowid, title, summary, quotes)
            SELECT e.seq, e.title, e.summary,
                   COALESCE((SELECT group_concat(q.text, ' ') FROM quotes q WHERE q.event_seq = e.seq), '')
            FROM events e""";

    /**
     * The indexes besides the tables' keys, by name: an import makes them after its rows, sorting
     * each once, where kept up row by row they cost it as much again (made in step 1).
     */
    static final Map<String, String> SECONDARY_INDEXES = Map.of(
            "events_by_time", "CREATE INDEX events_by_time ON events (start_day, end_day)",
            "event_actors_by_actor", "CREATE INDEX event_actors_by_actor ON event_actors (actor_id)");

    static final List<Step> STEPS = List.of(
            new Step(1, "sources, actors, events, their actors and quotes", List.of(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    """
                    CREATE TABLE sources (
                        id TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, title TEXT NOT NULL,
                        author TEXT, author_role TEXT, outlet TEXT, published TEXT, url TEXT, note TEXT,
                        text TEXT NOT NULL)""",
                    """
                    CREATE TABLE actors (
                        id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, kind TEXT NOT NULL)""",
                    """
                    CREATE TABLE actor_roles (
                        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
                        ord INTEGER NOT NULL, title TEXT NOT NULL, date_from TEXT, date_to TEXT,
                        PRIMARY KEY (actor_id, ord))""",
                    """
                    CREATE TABLE events (
                        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                        kind TEXT NOT NULL, date TEXT NOT NULL,
                        start_day INTEGER NOT NULL, end_day INTEGER NOT NULL CHECK (end_day >= start_day),
                        location TEXT, summary TEXT NOT NULL, note TEXT)""",
                    SECONDARY_INDEXES.get("events_by_time"),
                    """
                    CREATE TABLE event_actors (
                        event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
                        actor_id TEXT NOT NULL REFERENCES actors(id),
                        part TEXT NOT NULL, ord INTEGER NOT NULL,
                        PRIMARY KEY (event_seq, actor_id))""",
                    SECONDARY_INDEXES.get("event_actors_by_actor"),
                    """
                    CREATE TABLE quotes (
                        event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
                        ord INTEGER NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id),
                        text TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                        PRIMARY KEY (event_seq, ord))""")),
            new Step(2, "actors' names in their own script; full-text search over titles, summaries, quotes", List.of(
                    "ALTER TABLE actors ADD COLUMN native_name TEXT",
                    """
                    CREATE VIRTUAL TABLE event_text USING fts5(
                        title, summary, quotes, tokenize = 'unicode61 remove_diacritics 2')""",
                    FILL_SEARCH_INDEX)),
            new Step(3, "the full-text index keeps no copy of the words it indexes (they are in the tables)", List.of(
                    "DROP TABLE event_text",
                    """
                    CREATE VIRTUAL TABLE event_text USING fts5(
                        title, summary, quotes, content = '', tokenize = 'unicode61 remove_diacritics 2')""",
                    FILL_SEARCH_INDEX)),
            new Step(4, "the events packed into a few blobs, read at each start instead of row by row",
                    List.of(EventSnapshot.CREATE_TABLE), EventSnapshot::fillFromTables),
            // A search is words, each a prefix term ("gwadar"*), all of which an event must hold
            // (SqlFilter.ftsQuery): no phrase, column or ranking needs the words' places, which were
            // most of the index (30 MB of a 100,000-event store, against 6 MB) and of its fill.
            new Step(5, "the full-text index keeps which events hold each word, not where in them", List.of(
                    "DROP TABLE event_text",
                    """
                    CREATE VIRTUAL TABLE event_text USING fts5(
                        title, summary, quotes, content = '', detail = none, columnsize = 0,
                        tokenize = 'unicode61 remove_diacritics 2')""",
                    FILL_SEARCH_INDEX)));

    /** The version a store has once every step is applied. */
    static final int LATEST = STEPS.get(STEPS.size() - 1).version();

    /**
     * {@code PRAGMA application_id} of a store ("CRDR"): marks the file as Corridor's for any tool
     * (the {@code file} command reads it) and lets Corridor tell its stores from other databases.
     */
    static final int APPLICATION_ID = 0x43524452;

    private Migrations() {
    }

    /** Brings a database in memory up to {@code target}. */
    static void migrate(Connection connection, int target) throws SQLException {
        migrate(connection, Path.of(":memory:"), target);
    }

    /**
     * Brings {@code connection}'s database, the store {@code file}, from its recorded version up to
     * {@code target}, a transaction per step.
     */
    static void migrate(Connection connection, Path file, int target) throws SQLException {
        int current = version(connection);
        if (current > LATEST) {
            throw new SQLException("the store has schema version " + current + ", newer than this version of "
                    + "Corridor knows (" + LATEST + ")");
        }
        for (Step step : STEPS) {
            if (step.version() > current && step.version() <= target) {
                Transactions.run(connection, () -> {
                    try (Statement st = connection.createStatement()) {
                        for (String sql : step.statements()) {
                            st.execute(sql);
                        }
                        step.fill().run(connection, file);
                        st.execute("PRAGMA user_version = " + step.version());
                    }
                });
            }
        }
    }

    static int version(Connection connection) throws SQLException {
        return Transactions.pragma(connection, "user_version");
    }
}
