package app.corridor.store;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Coded;
import app.corridor.model.Country;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import app.corridor.model.SourceText;
import app.corridor.model.SourceTexts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite store the app reads. Opening a store brings its schema up to date; reads go through
 * one connection, so calls are serialised (callers run them off the UI thread). A value the store
 * cannot hold (an unknown kind, a date that does not parse) or a damaged page surfaces as a
 * {@link StoreDamagedException}, never as a parsing exception.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());

    private final Path file;
    private final Connection connection;
    private Runnable afterClose = () -> { };
    /** The dataset read back (or imported): the store never changes once built, so it is read once. */
    private Dataset dataset;

    /** Wraps an open connection; {@link #open} is the way in, tests use this to fake a failing one. */
    Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the store at {@code file} and applies any pending migrations. */
    public static Store open(Path file) {
        return open(file, Migrations.LATEST, List.of());
    }

    /**
     * A store in memory holding {@code dataset}, never written to disk: what the window reads while a
     * dataset is being edited, so the timeline, filters and search run the very queries they run on
     * the saved store. Each call makes a new, independent store.
     *
     * @param standsFor the saved store this one stands in for: {@link #file()} names it, so what is
     *                  kept beside the store (the export dialog's choices) stays in its folder
     */
    public static Store inMemory(Dataset dataset, String contentHash, Path standsFor) {
        Store store = connect("jdbc:sqlite::memory:", standsFor, Migrations.LATEST, List.of());
        try {
            StoreImporter.importDataset(store, dataset, contentHash);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens the store migrated only up to {@code version}: how tests make an old store. */
    static Store open(Path file, int version) {
        return open(file, version, List.of());
    }

    /**
     * Opens the store at {@code file}, runs {@code pragmas} (before any migration, so that settings
     * such as the journal mode apply to it too), then migrates it up to {@code version}. The
     * connection is closed again when anything fails.
     */
    static Store open(Path file, int version, List<String> pragmas) {
        return connect("jdbc:sqlite:" + file.toAbsolutePath(), file, version, pragmas);
    }

    private static Store connect(String url, Path file, int version, List<String> pragmas) {
        Connection c = null;
        try {
            c = DriverManager.getConnection(url);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                for (String pragma : pragmas) {
                    st.execute(pragma);
                }
                // Fails fast on a file that is not a SQLite database.
                st.execute("PRAGMA schema_version");
            }
            Migrations.migrate(c, version);
            return new Store(file, c);
        } catch (SQLException e) {
            closeAfterFailure(c, e);
            throw StoreDamagedException.isDamage(e)
                    ? new StoreDamagedException(file, e)
                    : new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfterFailure(c, e);
            throw e;
        }
    }

    private static void closeAfterFailure(Connection c, Exception cause) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs {@code action} once this store is closed (a temporary store removes its folder). */
    void afterClose(Runnable action) {
        this.afterClose = action;
    }

    public Path file() {
        return file;
    }

    /** The schema version this store is at. */
    public synchronized int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    /** A value recorded at import (see {@link StoreImporter}), e.g. the dataset's content hash. */
    public synchronized Optional<String> meta(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + key, e);
        }
    }

    /** Meta values whose key starts with {@code prefix}, by key. */
    synchronized Map<String, String> metaStartingWith(String prefix) {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT key, value FROM meta WHERE substr(key, 1, length(?)) = ?")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return values;
        } catch (SQLException e) {
            throw failure("read the recorded file states", e);
        }
    }

    /** Records {@code values} in meta, replacing earlier ones, in one transaction. */
    synchronized void putMeta(Map<String, String> values) {
        try {
            Transactions.run(connection, () -> Transactions.putMeta(connection, values));
        } catch (SQLException e) {
            throw failure("record the file states", e);
        }
    }

    /** The dataset file and each source file the store was built from, with the SHA-256 each had. */
    synchronized List<DatasetFingerprint.FileHash> builtFrom(String datasetFile) {
        List<DatasetFingerprint.FileHash> files = new ArrayList<>();
        meta(StoreImporter.META_HASH).ifPresent(hash -> files.add(new DatasetFingerprint.FileHash(datasetFile, hash)));
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT file, sha256 FROM sources ORDER BY rowid")) {
            while (rs.next()) {
                files.add(new DatasetFingerprint.FileHash(rs.getString(1), rs.getString(2)));
            }
            return files;
        } catch (SQLException e) {
            throw failure("read the source files", e);
        }
    }

    /** Ids of the events {@code filter} keeps, in date order. */
    public synchronized List<String> matchingEventIds(EventFilter filter) {
        SqlFilter where = SqlFilter.of(filter, null);
        String sql = "SELECT e.id FROM events e WHERE " + where.where + " ORDER BY e.seq";
        try (PreparedStatement ps = prepare(sql, where.parameters); ResultSet rs = ps.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw failure("filter the events", e);
        }
    }

    /**
     * The seq of every event whose title, summary or quotes hold every word of {@code text} (each
     * as the start of a word), as the filter's search matches them: the full-text index alone.
     */
    public synchronized long[] textMatchSeqs(String text) {
        String match = SqlFilter.ftsQuery(text == null ? "" : text);
        if (match.isEmpty()) {
            return new long[0];
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT rowid FROM event_text WHERE event_text MATCH ?")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                long[] seqs = new long[64];
                int n = 0;
                while (rs.next()) {
                    if (n == seqs.length) {
                        seqs = java.util.Arrays.copyOf(seqs, n * 2);
                    }
                    seqs[n++] = rs.getLong(1);
                }
                return java.util.Arrays.copyOf(seqs, n);
            }
        } catch (SQLException e) {
            throw failure("search the events", e);
        }
    }

    /**
     * For each seq (the array's index), where {@code positionOfId} puts the event stored under it
     * (-1 for none): how the store's rows map to the events held in memory.
     */
    synchronized int[] positionsBySeq(java.util.function.Function<String, Integer> positionOfId) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, id FROM events ORDER BY seq")) {
            int[] positions = new int[1024];
            java.util.Arrays.fill(positions, -1);
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (seq < 0 || seq >= Integer.MAX_VALUE - 8) {
                    continue;
                }
                if (seq >= positions.length) {
                    int old = positions.length;
                    positions = java.util.Arrays.copyOf(positions, (int) Math.max(seq + 1, Math.min(Integer.MAX_VALUE - 8, 2L * old)));
                    java.util.Arrays.fill(positions, old, positions.length, -1);
                }
                Integer at = positionOfId.apply(rs.getString(2));
                positions[(int) seq] = at == null ? -1 : at;
            }
            return positions;
        } catch (SQLException e) {
            throw failure("read the events' order", e);
        }
    }

    /**
     * The words of a search that match no event on their own (as typed, in order): what to name
     * when a search finds nothing. Each word is looked up as the search looks it up, as a prefix.
     */
    public synchronized List<String> wordsWithoutMatch(String text) {
        List<String> missing = new ArrayList<>();
        String sql = "SELECT 1 FROM event_text WHERE event_text MATCH ? LIMIT 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (String word : SqlFilter.words(text == null ? "" : text)) {
                ps.setString(1, SqlFilter.ftsTerm(word));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() && !missing.contains(word)) {
                        missing.add(word);
                    }
                }
            }
            return missing;
        } catch (SQLException e) {
            throw failure("look up the search words", e);
        }
    }

    /** For each actor, how many events it would show with the filter's other facets as they are. */
    public synchronized Map<String, Integer> actorCounts(EventFilter filter) {
        SqlFilter where = SqlFilter.of(filter, SqlFilter.Facet.ACTORS);
        String sql = "SELECT ea.actor_id, COUNT(DISTINCT e.seq) FROM events e JOIN event_actors ea ON ea.event_seq = e.seq"
                + " WHERE " + where.where + " GROUP BY ea.actor_id";
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = prepare(sql, where.parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count events per actor", e);
        }
    }

    /** For each kind, how many events it would show with the filter's other facets as they are. */
    public synchronized Map<EventKind, Integer> kindCounts(EventFilter filter) {
        SqlFilter where = SqlFilter.of(filter, SqlFilter.Facet.KINDS);
        String sql = "SELECT e.kind, COUNT(*) FROM events e WHERE " + where.where + " GROUP BY e.kind";
        Map<EventKind, Integer> counts = new EnumMap<>(EventKind.class);
        try (PreparedStatement ps = prepare(sql, where.parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString(1);
                counts.put(row("events", "kind " + kind, () -> Coded.require(EventKind.class, kind)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count events per kind", e);
        }
    }

    /**
     * Reads the whole dataset back: what the app holds in memory to draw and show. The store does
     * not change once built, so this reads it once and hands out the same dataset afterwards.
     *
     * @throws StoreDamagedException when a row holds a value Corridor cannot read or a page is damaged
     */
    public synchronized Dataset loadDataset() {
        if (dataset == null) {
            try {
                String title = meta(StoreImporter.META_TITLE).orElse("Corridor");
                Map<String, byte[]> texts = new LinkedHashMap<>();
                List<Source> sources = readSources(texts);
                List<Actor> actors = readActors();
                SourceTexts kept = SourceTexts.ofUtf8(texts);
                List<Event> events = readEvents(kept);
                dataset = new Dataset(title, sources, actors, events, kept);
            } catch (SQLException e) {
                throw failure("read the dataset", e);
            }
        }
        return dataset;
    }

    /** The store was just built from {@code imported}: reading it back would give the same dataset. */
    synchronized void remember(Dataset imported) {
        this.dataset = imported;
    }

    /**
     * Checks the whole file for damage ({@code PRAGMA quick_check}: every page and index) and that
     * every row reads back as a valid value. The page check runs on a second, read-only connection
     * while this one reads the dataset back: on two cores the check costs little more than the read
     * the app needs anyway.
     *
     * @throws StoreDamagedException with what is wrong
     */
    public void verify() {
        verify(true);
    }

    /**
     * Like {@link #verify()}, the page check only when {@code checkPages} (it can be skipped while
     * the file is as it was when its pages were last found sound, see {@link PageCheckRecord}).
     */
    synchronized void verify(boolean checkPages) {
        if (!checkPages) {
            loadDataset();
            return;
        }
        FutureTask<List<String>> pages = new FutureTask<>(this::integrityErrors);
        Thread checker = new Thread(pages, "corridor-store-check");
        checker.setDaemon(true);
        checker.start();
        RuntimeException readFailure = null;
        try {
            loadDataset();
        } catch (RuntimeException e) {
            readFailure = e;
        }
        List<String> errors = awaitCheck(pages);
        if (!errors.equals(List.of("ok"))) {
            throw new StoreDamagedException(file, "the integrity check found " + String.join("; ", errors), readFailure);
        }
        if (readFailure != null) {
            throw readFailure;
        }
    }

    /** {@code PRAGMA quick_check}'s findings (just "ok" when there are none), through its own connection. */
    private List<String> integrityErrors() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> errors = new ArrayList<>();
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(5)")) {
            while (rs.next()) {
                errors.add(rs.getString(1));
            }
            return errors;
        } catch (SQLException e) {
            throw failure("check the store", e);
        }
    }

    private static List<String> awaitCheck(FutureTask<List<String>> pages) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return pages.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the check holds a connection: let it finish first
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The sources; their texts into {@code texts}, as the UTF-8 the store holds (see {@link SourceTexts}). */
    private List<Source> readSources(Map<String, byte[]> texts) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, file, sha256, title, author, author_role, outlet, published, url, note, text"
                        + " FROM sources ORDER BY rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                sources.add(row("sources", id, () -> new Source(id, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        partial(rs.getString(8)), rs.getString(9), rs.getString(10))));
                texts.put(id, row("sources", id, () -> Objects.requireNonNull(rs.getBytes(11), "the source has no text")));
            }
        }
        return sources;
    }

    private List<Actor> readActors() throws SQLException {
        Map<String, List<Role>> roles = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT actor_id, title, date_from, date_to FROM actor_roles ORDER BY actor_id, ord")) {
            while (rs.next()) {
                String actor = rs.getString(1);
                roles.computeIfAbsent(actor, k -> new ArrayList<>()).add(row("actor_roles", actor,
                        () -> new Role(rs.getString(2), partial(rs.getString(3)), partial(rs.getString(4)))));
            }
        }
        List<Actor> actors = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, name, native_name, country, kind FROM actors ORDER BY rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                actors.add(row("actors", id, () -> new Actor(id, rs.getString(2), rs.getString(3),
                        Coded.require(Country.class, rs.getString(4)), Coded.require(ActorKind.class, rs.getString(5)),
                        roles.getOrDefault(id, List.of()))));
            }
        }
        return actors;
    }

    /**
     * The events, each quote a span of its source's text in {@code texts}. The events and the rows
     * of their participants and quotes are read side by side in the order of the events, each
     * event's rows taken as its turn comes: no map from event to rows, and no key boxed per row.
     */
    private List<Event> readEvents(SourceTexts texts) throws SQLException {
        // Each row's text is a new string: the ids of the few actors and sources that 100,000 events
        // name over and over, and their recurring places and titles, are kept once (about 25 MB).
        Map<String, String> kept = new HashMap<>();
        UnaryOperator<String> once = text -> text == null ? null : kept.computeIfAbsent(text, k -> k);
        List<Event> events = new ArrayList<>();
        // Ordered by event only: by its order too would make SQLite sort the participants, whose
        // index is by event and actor (a group is put in order as it is read).
        try (Statement sp = connection.createStatement(); ResultSet participantRows = sp.executeQuery(
                     "SELECT event_seq, ord, actor_id, part FROM event_actors ORDER BY event_seq");
             Statement sq = connection.createStatement(); ResultSet quoteRows = sq.executeQuery(
                     "SELECT event_seq, ord, source_id, text, start_offset, end_offset FROM quotes ORDER BY event_seq");
             Statement se = connection.createStatement(); ResultSet rs = se.executeQuery(
                     "SELECT seq, id, title, kind, date, location, summary, note FROM events ORDER BY seq")) {
            EventRows<Participation> participants = new EventRows<>("event_actors", participantRows,
                    () -> new Participation(once.apply(participantRows.getString(3)),
                            Coded.require(Part.class, participantRows.getString(4))));
            EventRows<Quote> quotes = new EventRows<>("quotes", quoteRows, () -> span(texts,
                    once.apply(quoteRows.getString(3)), quoteRows.getBytes(4), quoteRows.getInt(5), quoteRows.getInt(6)));
            while (rs.next()) {
                long seq = rs.getLong(1);
                String id = rs.getString(2);
                List<Participation> taking = participants.of(seq);
                List<Quote> quoted = quotes.of(seq);
                events.add(row("events", id, () -> new Event(id, once.apply(rs.getString(3)),
                        Coded.require(EventKind.class, rs.getString(4)), EventDate.parse(rs.getString(5)),
                        once.apply(rs.getString(6)), taking, rs.getString(7), rs.getString(8), quoted)));
            }
        }
        return events;
    }

    /**
     * The rows of a table that belong to events ({@code event_seq, ord, …}, ordered by event), read
     * one event's group at a time as the events are read in the same order. Rows of an event the
     * store does not hold are passed over, as a map by event would have left them unread.
     */
    private final class EventRows<T> {
        private final String table;
        private final ResultSet rows;
        private final RowReader<T> reader;
        private boolean more;
        private long seq;
        /** The orders of the group being read, in the group's order. */
        private int[] ords = new int[8];

        EventRows(String table, ResultSet rows, RowReader<T> reader) throws SQLException {
            this.table = table;
            this.rows = rows;
            this.reader = reader;
            advance();
        }

        /** Event {@code event}'s rows in their order; {@code event} comes after every event asked before. */
        List<T> of(long event) throws SQLException {
            while (more && seq < event) {
                advance();
            }
            if (!more || seq != event) {
                return List.of();
            }
            List<T> group = new ArrayList<>(2);
            try {
                do {
                    // Each row goes in after those of lower order read before it: in order as read,
                    // a row just appended.
                    int ord = rows.getInt(2);
                    int at = group.size();
                    while (at > 0 && ords[at - 1] > ord) {
                        at--;
                    }
                    if (group.size() == ords.length) {
                        ords = Arrays.copyOf(ords, ords.length * 2);
                    }
                    System.arraycopy(ords, at, ords, at + 1, group.size() - at);
                    ords[at] = ord;
                    group.add(at, reader.read());
                    advance();
                } while (more && seq == event);
            } catch (RuntimeException e) {
                throw damaged(table, "event " + event, e);
            }
            return group;
        }

        private void advance() throws SQLException {
            more = rows.next();
            seq = more ? rows.getLong(1) : Long.MAX_VALUE;
        }
    }

    /**
     * The quote that is the span {@code start..end} of its source, once its words as stored are
     * found to be that span: a quote keeps only its place, so a place or words damaged in the store
     * would otherwise show other words than the source's.
     */
    private static Quote span(SourceTexts texts, String sourceId, byte[] words, int start, int end) {
        SourceText source = texts.source(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("the quote's source " + sourceId + " is not in the store");
        }
        if (words == null || !source.spanEquals(start, end, words)) {
            throw new IllegalArgumentException("the quote's words are not those of its source at "
                    + start + ".." + end);
        }
        return Quote.spanOf(sourceId, source, start, end);
    }

    private static PartialDate partial(String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
    }

    /** Reads one row's values; a value no valid dataset can hold means the store is damaged. */
    private <T> T row(String table, String key, RowReader<T> reader) throws SQLException {
        try {
            return reader.read();
        } catch (RuntimeException e) {
            throw damaged(table, key, e);
        }
    }

    private StoreDamagedException damaged(String table, String key, RuntimeException e) {
        return new StoreDamagedException(file, "a row of " + table + " (" + key + ") holds a value Corridor cannot "
                + "read: " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read() throws SQLException;
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
        return ps;
    }

    Connection connection() {
        return connection;
    }

    private StoreException failure(String what, SQLException e) {
        if (StoreDamagedException.isDamage(e)) {
            return new StoreDamagedException(file, e);
        }
        return new StoreException("cannot " + what + " in the store " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            afterClose.run();
        }
    }

    /** Closes {@code store} (null: nothing), logging rather than throwing a failure: for clean-up paths. */
    static void closeQuietly(Store store) {
        if (store == null) {
            return;
        }
        try {
            store.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot close the store " + store.file(), e);
        }
    }
}
