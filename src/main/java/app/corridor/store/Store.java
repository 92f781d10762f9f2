package app.corridor.store;

import app.corridor.AppInfo;
import app.corridor.model.Actor;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Source;
import app.corridor.model.SourceTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    static {
        SqliteNative.prepare(); // before the driver's first connection, which loads its library
    }

    private final Path file;
    private final Connection connection;
    private final TableReader tables;
    private Runnable afterClose = () -> { };
    /** The dataset read back (or imported): the store never changes once built, so it is read once. */
    private Dataset dataset;
    /** Made by {@link #inMemory}: never written to a file, so it may be changed in place ({@link #update}). */
    private boolean inMemory;
    /** Whether seqs follow the events' time order, as a build numbers them; not after {@link #update}. */
    private boolean seqsInTimeOrder = true;
    /** The position of each event id in time order, when seqs no longer tell it; made when first needed. */
    private Map<String, Integer> timeOrder;
    /** {@code PRAGMA data_version} when this run built the store or found it sound; null otherwise. */
    private Long soundAtVersion;

    /** Wraps an open connection; {@link #open} is the way in, tests use this to fake a failing one. */
    Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.tables = new TableReader(connection, file);
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
     * @param contentHash the SHA-256 of the dataset file it was read from, or null when not known
     * @param standsFor the saved store this one stands in for: {@link #file()} names it, so what is
     *                  kept beside the store (the export dialog's choices) stays in its folder
     */
    public static Store inMemory(Dataset dataset, String contentHash, Path standsFor) {
        Store store = connect("jdbc:sqlite::memory:", standsFor, Migrations.LATEST, List.of());
        try {
            StoreImporter.importInMemory(store, dataset, contentHash);
            store.remember(dataset); // its events are not packed: read back, they are these
            store.inMemory = true;
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * A store in memory holding a copy of the store file {@code from}, whose dataset is
     * {@code dataset}, checked from the file with SHA-256 {@code contentHash}: its pages copied as
     * they are, a tenth of a second at 100,000 events where {@link #inMemory} builds one in
     * seconds. Empty, with nothing left open, when the file cannot be copied, is not a store of
     * this version, or no longer holds what was checked from {@code contentHash} (built again
     * since): then build one.
     *
     * @param standsFor as for {@link #inMemory}
     */
    public static Optional<Store> inMemoryCopy(Path from, Dataset dataset, String contentHash, Path standsFor) {
        String path = from.toAbsolutePath().toString();
        if (path.indexOf('"') >= 0 || !Files.isRegularFile(from)) {
            return Optional.empty(); // the driver's "restore from" takes a name in double quotes
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (Statement st = c.createStatement()) {
                st.executeUpdate("restore from \"" + path + "\"");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Store copy = new Store(standsFor, c);
            if (Migrations.version(c) != Migrations.LATEST || !copy.checkedHash().equals(Optional.of(contentHash))) {
                copy.close();
                return Optional.empty();
            }
            copy.remember(dataset);
            copy.inMemory = true;
            return Optional.of(copy);
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, e);
            LOG.log(Level.FINE, "cannot copy the store " + from + " into memory", e);
            return Optional.empty();
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
            Migrations.migrate(c, file, version);
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
            if (!seqsInTimeOrder) {
                ids.sort(Comparator.comparingInt(timeOrder()::get));
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
        String match = SqlFilter.ftsQuery(text);
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
            for (String word : SqlFilter.words(text)) {
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
                counts.put(tables.row("events", "kind " + kind, () -> Coded.require(EventKind.class, kind)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count events per kind", e);
        }
    }

    /**
     * Reads the whole dataset back: what the app holds in memory to draw and show. The store does
     * not change once built, so this reads it once and hands out the same dataset afterwards. The
     * events come from their packed copy ({@link EventSnapshot}), each chunk checked against its
     * checksum; {@link #verify()} also reads them from the tables and checks every value.
     *
     * @throws StoreDamagedException when a value cannot be read or a page is damaged
     */
    public synchronized Dataset loadDataset() {
        if (dataset == null) {
            dataset = readDataset(false);
        }
        return dataset;
    }

    /**
     * A store in memory ({@link #inMemory}) changed to hold {@code next} in place of the dataset it
     * holds, when the two differ only in some events: what each edit in curator mode makes, at a
     * cost that follows the edit rather than the dataset. False, and nothing changed, when they
     * differ in more, or the store is closed: then build a new one.
     */
    public synchronized boolean update(Dataset next) {
        if (!inMemory || dataset == null || !isOpen() || !StoreImporter.update(this, dataset, next)) {
            return false;
        }
        dataset = next;
        timeOrder = null;
        seqsInTimeOrder = false;
        return true;
    }

    /**
     * The SHA-256 of the dataset file this store holds the checked dataset of, when this version of
     * Corridor checked it (an older one may have checked less); empty otherwise, and for a store of
     * edits checked one by one.
     */
    public synchronized Optional<String> checkedHash() {
        return meta(StoreImporter.META_CORRIDOR_VERSION).filter(AppInfo.version()::equals)
                .flatMap(v -> meta(StoreImporter.META_HASH));
    }

    /** Whether the store can still be read (not closed). */
    public synchronized boolean isOpen() {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private Map<String, Integer> timeOrder() {
        if (timeOrder == null) {
            timeOrder = positionsById(dataset.events());
        }
        return timeOrder;
    }

    /** Each event's id to its place in {@code events}. */
    static Map<String, Integer> positionsById(List<Event> events) {
        Map<String, Integer> position = new HashMap<>(events.size() * 2);
        for (int i = 0; i < events.size(); i++) {
            position.put(events.get(i).id(), i);
        }
        return position;
    }

    /** The store was just built from {@code imported}: reading it back would give the same dataset. */
    synchronized void remember(Dataset imported) {
        this.dataset = imported;
    }

    /**
     * Checks the whole file for damage ({@code PRAGMA quick_check}: every page and index), that
     * every row of the tables reads back as a valid value, and that the packed events are the
     * events of the tables. The page check runs on a second, read-only connection while this one
     * reads the dataset back: on two cores the check costs little more than the reading.
     *
     * @throws StoreDamagedException with what is wrong
     */
    public void verify() {
        verify(true);
    }

    /**
     * Like {@link #verify()} when {@code checkAll}; otherwise only {@link #loadDataset()}, while the
     * file is as it was when it was last found sound (see {@link PageCheckRecord}).
     */
    synchronized void verify(boolean checkAll) {
        if (!checkAll) {
            loadDataset();
            return;
        }
        FutureTask<List<String>> pages = new FutureTask<>(this::integrityErrors);
        Thread checker = new Thread(pages, "corridor-store-check");
        checker.setDaemon(true);
        checker.start();
        RuntimeException readFailure = null;
        try {
            dataset = readDataset(true);
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

    /** The dataset, its events unpacked; when {@code checkTables} also read from the tables and compared. */
    private Dataset readDataset(boolean checkTables) {
        try {
            String title = meta(StoreImporter.META_TITLE).orElse("Corridor");
            Map<String, byte[]> texts = new LinkedHashMap<>();
            List<Source> sources = tables.sources(texts);
            List<Actor> actors = tables.actors();
            SourceTexts kept = SourceTexts.ofUtf8(texts);
            List<Event> rows = checkTables ? tables.events(kept) : null;
            List<Event> events = EventSnapshot.read(connection, kept, file);
            if (rows != null && !rows.equals(events)) {
                throw new StoreDamagedException(file, "its packed events are not the events of its tables"
                        + firstDifference(rows, events), null);
            }
            return new Dataset(title, sources, actors, events, kept);
        } catch (SQLException e) {
            throw failure("read the dataset", e);
        }
    }

    private static String firstDifference(List<Event> rows, List<Event> packed) {
        for (int i = 0; i < Math.min(rows.size(), packed.size()); i++) {
            if (!rows.get(i).equals(packed.get(i))) {
                return " (first at event " + rows.get(i).id() + ")";
            }
        }
        return " (" + rows.size() + " events in the tables, " + packed.size() + " packed)";
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

    /**
     * This run built the store, or has just found it sound whole ({@link #verify()}): as it closes,
     * the store is recorded as sound ({@link PageCheckRecord}) when no other connection has changed
     * it meanwhile, so that the next start need not check it whole. A store just written (built,
     * upgraded) is too recent to record at once; without this, the next start checked it anyway.
     */
    synchronized void recordSoundAtClose() {
        try {
            soundAtVersion = dataVersion();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "cannot read the data version of " + file, e);
        }
    }

    private void recordIfStillSound() {
        if (soundAtVersion == null) {
            return;
        }
        try {
            if (soundAtVersion == dataVersion()) {
                // A state too recent to trust (written less than two seconds before) is not recorded.
                PageCheckRecord.remember(file, Instant.now());
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "cannot read the data version of " + file, e);
        }
    }

    /** Changes by other connections since this one opened: SQLite counts up for each they commit. */
    private long dataVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Override
    public synchronized void close() {
        recordIfStillSound();
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
