package app.corridor.store;

import app.corridor.AppInfo;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a validated dataset into an empty store, in one transaction: all of it or nothing. Rows go
 * in batches; the full-text index is filled in one statement after them (an insert trigger per row
 * costs about ten times more).
 */
final class StoreImporter {

    static final String META_HASH = "dataset_hash";
    static final String META_TITLE = "dataset_title";
    static final String META_IMPORTED_AT = "imported_at";
    /** The version of Corridor that built the store, so that an older Corridor can say which made it. */
    static final String META_CORRIDOR_VERSION = "corridor_version";
    /** The schema version the store was built at (also in {@code PRAGMA user_version}). */
    static final String META_SCHEMA_VERSION = "schema_version";

    private static final int BATCH = 1000;

    /**
     * How much of the search index FTS5 gathers in memory before writing it out as a segment: 4 MiB
     * rather than its 1 MiB, so that filling it for 100,000 events writes fewer segments and merges
     * them less (with the words' places, the fill took 1.2 s, 0.85 s with 16 MiB). Without the places
     * 4 MiB fills it as fast as 16, and the 12 MiB less falls at a first start's peak, which is the
     * end of the build. Kept in the index's configuration, where it only matters to writing.
     */
    private static final String SEARCH_INDEX_BUFFER = "INSERT INTO event_text (event_text, rank) VALUES ('hashsize', "
            + (4 << 20) + ")";

    /**
     * A text parameter bound as its UTF-8 bytes and stored as text (SQLite reads a blob cast to
     * text in the database's encoding, UTF-8): source texts and quotes are kept as UTF-8, and binding
     * them as strings decoded and encoded each one again (importing 100,000 events allocated 384 MB
     * that way, 185 MB this way).
     */
    private static final String UTF8_TEXT = "CAST(? AS TEXT)";

    private StoreImporter() {
    }

    static void importDataset(Store store, Dataset dataset, String contentHash) {
        importDataset(store, dataset, contentHash, Map.of(), step -> { });
    }

    /**
     * Imports {@code dataset}, recording its hash, the Corridor and schema versions and {@code extraMeta};
     * {@code steps} hears each step before it runs (how tests inject a failure at each one).
     */
    static void importDataset(Store store, Dataset dataset, String contentHash, Map<String, String> extraMeta,
                              StoreBuilder.StepListener steps) {
        importDataset(store, dataset, contentHash, extraMeta, steps, true);
    }

    /**
     * Imports {@code dataset} into a store that is only ever read in memory, where it was made: without
     * the packed copy of the events, which only a start from the store's file reads (0.1–0.2 s of
     * each check of 100,000 events in curator mode).
     */
    static void importInMemory(Store store, Dataset dataset, String contentHash) {
        importDataset(store, dataset, contentHash, Map.of(), step -> { }, false);
    }

    private static void importDataset(Store store, Dataset dataset, String contentHash, Map<String, String> extraMeta,
                                      StoreBuilder.StepListener steps, boolean packed) {
        Connection c = store.connection();
        Map<String, String> meta = new LinkedHashMap<>();
        if (contentHash != null) {
            meta.put(META_HASH, contentHash); // not known for a store in memory of data being edited
        }
        meta.put(META_TITLE, dataset.title());
        meta.put(META_IMPORTED_AT, Instant.now().toString());
        meta.put(META_CORRIDOR_VERSION, AppInfo.version());
        meta.put(META_SCHEMA_VERSION, Integer.toString(Migrations.LATEST));
        meta.putAll(extraMeta);
        try {
            // Row by row, the references' checks cost the rows a third of their time; they are all
            // checked at once after them instead (the pragma cannot change inside a transaction).
            boolean checksReferences = Transactions.pragma(c, "foreign_keys") == 1;
            setForeignKeys(c, false);
            try {
                Transactions.run(c, () -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
                    }
                    dropSecondaryIndexes(c);
                    steps.reached(StoreBuilder.Step.SOURCES);
                    writeSources(c, dataset);
                    steps.reached(StoreBuilder.Step.ACTORS);
                    writeActors(c, dataset);
                    steps.reached(StoreBuilder.Step.EVENTS);
                    writeEvents(c, dataset);
                    makeSecondaryIndexes(c);
                    requireReferencesHold(c);
                    steps.reached(StoreBuilder.Step.SNAPSHOT);
                    if (packed) {
                        EventSnapshot.write(c, dataset.events());
                    }
                    steps.reached(StoreBuilder.Step.SEARCH_INDEX);
                    try (Statement st = c.createStatement()) {
                        st.execute(SEARCH_INDEX_BUFFER);
                        st.execute(Migrations.FILL_SEARCH_INDEX);
                    }
                    steps.reached(StoreBuilder.Step.META);
                    Transactions.putMeta(c, meta);
                    steps.reached(StoreBuilder.Step.COMMIT);
                });
            } finally {
                setForeignKeys(c, checksReferences);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot import the dataset into " + store.file() + ": " + e.getMessage(), e);
        }
    }

    private static void setForeignKeys(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    /** The store is empty: its indexes beside the keys go, to be made once its rows are in. */
    private static void dropSecondaryIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String name : Migrations.SECONDARY_INDEXES.keySet()) {
                st.execute("DROP INDEX " + name);
            }
        }
    }

    private static void makeSecondaryIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String create : Migrations.SECONDARY_INDEXES.values()) {
                st.execute(create);
            }
        }
    }

    /** Fails the import when any row refers to a row that is not there (the dataset was checked: a bug). */
    private static void requireReferencesHold(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("a row of " + rs.getString(1) + " (rowid " + rs.getLong(2)
                        + ") refers to no row of " + rs.getString(3));
            }
        }
    }

    /** More events changed than this, and building the store anew is about as quick as changing it. */
    static final int MAX_CHANGED_EVENTS = 5_000;

    /**
     * Changes a store that holds {@code shown} to hold {@code next}, when the two differ only in some
     * events (an edit in curator mode): the rows and indexed words of the events that went or changed
     * are taken out, those of the events that came or changed put in, as new seqs. At 100,000 events
     * that is milliseconds where building the store is seconds. False, and nothing changed, when they
     * differ in more (the title, sources, actors or the texts kept) or in too many events.
     */
    static boolean update(Store store, Dataset shown, Dataset next) {
        if (shown.sourceTexts() != next.sourceTexts() || !shown.title().equals(next.title())
                || !shown.sources().equals(next.sources()) || !shown.actors().equals(next.actors())) {
            return false;
        }
        Map<String, Event> before = byId(shown.events());
        Map<String, Event> after = byId(next.events());
        List<Event> gone = new ArrayList<>();
        for (Event e : shown.events()) {
            Event now = after.get(e.id());
            if (now != e && (now == null || !now.equals(e))) {
                gone.add(e);
            }
        }
        List<Event> came = new ArrayList<>();
        for (Event e : next.events()) {
            Event then = before.get(e.id());
            if (then != e && (then == null || !then.equals(e))) {
                came.add(e);
            }
        }
        if (gone.size() + came.size() > MAX_CHANGED_EVENTS) {
            return false;
        }
        Connection c = store.connection();
        try {
            Transactions.run(c, () -> {
                long last;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM events")) {
                    last = rs.next() ? rs.getLong(1) : 0;
                }
                // A contentless index forgets a row when told the words it was given: the same query as the fill.
                try (PreparedStatement seqOf = c.prepareStatement("SELECT seq FROM events WHERE id = ?");
                     PreparedStatement forget = c.prepareStatement(FORGET_SEARCH_WORDS);
                     PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE seq = ?")) {
                    for (Event e : gone) {
                        seqOf.setString(1, e.id());
                        long seq;
                        try (ResultSet rs = seqOf.executeQuery()) {
                            if (!rs.next()) {
                                throw new SQLException("the store has no event " + e.id() + " to replace");
                            }
                            seq = rs.getLong(1);
                        }
                        forget.setLong(1, seq);
                        forget.executeUpdate();
                        delete.setLong(1, seq); // its actors and quotes go with it (ON DELETE CASCADE)
                        delete.executeUpdate();
                    }
                }
                writeEvents(c, came, last + 1);
                try (PreparedStatement index = c.prepareStatement(Migrations.FILL_SEARCH_INDEX + " WHERE e.seq > ?")) {
                    index.setLong(1, last);
                    index.executeUpdate();
                }
            });
            return true;
        } catch (SQLException e) {
            throw new StoreException("cannot change the store in memory of the data being edited: " + e.getMessage(), e);
        }
    }

    /** Tells the search index to forget the words of the event with seq {@code ?}, given as {@link Migrations#FILL_SEARCH_INDEX} gave them. */
    private static final String FORGET_SEARCH_WORDS = Migrations.FILL_SEARCH_INDEX
            .replace("INSERT INTO event_text (rowid,", "INSERT INTO event_text (event_text, rowid,")
            .replace("SELECT e.seq,", "SELECT 'delete', e.seq,") + " WHERE e.seq = ?";

    private static Map<String, Event> byId(List<Event> events) {
        Map<String, Event> byId = new HashMap<>(events.size() * 2);
        for (Event e : events) {
            byId.put(e.id(), e);
        }
        return byId;
    }

    private static void writeSources(Connection c, Dataset dataset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (id, file, sha256, title, author, "
                + "author_role, outlet, published, url, note, text) VALUES (?,?,?,?,?,?,?,?,?,?," + UTF8_TEXT + ")")) {
            for (Source s : dataset.sources()) {
                ps.setString(1, s.id());
                ps.setString(2, s.file());
                ps.setString(3, s.sha256());
                ps.setString(4, s.title());
                ps.setString(5, s.author());
                ps.setString(6, s.authorRole());
                ps.setString(7, s.outlet());
                ps.setString(8, s.published() == null ? null : s.published().toEdtf());
                ps.setString(9, s.url());
                ps.setString(10, s.note());
                ps.setBytes(11, dataset.sourceText(s.id()).utf8());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeActors(Connection c, Dataset dataset) throws SQLException {
        try (PreparedStatement actor = c.prepareStatement(
                "INSERT INTO actors (id, name, native_name, country, kind) VALUES (?,?,?,?,?)");
             PreparedStatement role = c.prepareStatement(
                     "INSERT INTO actor_roles (actor_id, ord, title, date_from, date_to) VALUES (?,?,?,?,?)")) {
            for (Actor a : dataset.actors()) {
                actor.setString(1, a.id());
                actor.setString(2, a.name());
                actor.setString(3, a.nativeName());
                actor.setString(4, a.country().code());
                actor.setString(5, a.kind().code());
                actor.addBatch();
                int ord = 0;
                for (Role r : a.roles()) {
                    role.setString(1, a.id());
                    role.setInt(2, ord++);
                    role.setString(3, r.title());
                    role.setString(4, r.from() == null ? null : r.from().toEdtf());
                    role.setString(5, r.to() == null ? null : r.to().toEdtf());
                    role.addBatch();
                }
            }
            actor.executeBatch();
            role.executeBatch();
        }
    }

    private static void writeEvents(Connection c, Dataset dataset) throws SQLException {
        writeEvents(c, dataset.events(), 1);
    }

    /** Writes {@code events} with their actors and quotes, the first as {@code firstSeq}, the next as the seq after. */
    private static void writeEvents(Connection c, List<Event> events, long firstSeq) throws SQLException {
        try (PreparedStatement event = c.prepareStatement("INSERT INTO events (seq, id, title, kind, date, "
                + "start_day, end_day, location, summary, note) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement actor = c.prepareStatement(
                     "INSERT INTO event_actors (event_seq, actor_id, part, ord) VALUES (?,?,?,?)");
             PreparedStatement quote = c.prepareStatement("INSERT INTO quotes (event_seq, ord, source_id, text, "
                     + "start_offset, end_offset) VALUES (?,?,?," + UTF8_TEXT + ",?,?)")) {
            long seq = firstSeq - 1;
            for (Event e : events) {
                seq++;
                event.setLong(1, seq);
                event.setString(2, e.id());
                event.setString(3, e.title());
                event.setString(4, e.kind().code());
                event.setString(5, e.date().toEdtf());
                event.setLong(6, e.date().firstDay().toEpochDay());
                event.setLong(7, e.date().lastDay().toEpochDay());
                event.setString(8, e.location());
                event.setString(9, e.summary());
                event.setString(10, e.note());
                event.addBatch();
                int ord = 0;
                for (Participation p : e.participants()) {
                    actor.setLong(1, seq);
                    actor.setString(2, p.actorId());
                    actor.setString(3, p.part().code());
                    actor.setInt(4, ord++);
                    actor.addBatch();
                }
                ord = 0;
                for (Quote q : e.quotes()) {
                    quote.setLong(1, seq);
                    quote.setInt(2, ord++);
                    quote.setString(3, q.sourceId());
                    quote.setBytes(4, q.utf8());
                    quote.setInt(5, q.start());
                    quote.setInt(6, q.end());
                    quote.addBatch();
                }
                if (seq % BATCH == 0) {
                    event.executeBatch();
                    actor.executeBatch();
                    quote.executeBatch();
                }
            }
            event.executeBatch();
            actor.executeBatch();
            quote.executeBatch();
        }
    }
}
