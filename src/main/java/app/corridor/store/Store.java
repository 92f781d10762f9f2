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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQLite store the app reads. Opening a store brings its schema up to date; reads go through
 * one connection, so calls are serialised (callers run them off the UI thread).
 */
public final class Store implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the store at {@code file} and applies any pending migrations. */
    public static Store open(Path file) {
        return open(file, Migrations.LATEST);
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
        Store store = connect("jdbc:sqlite::memory:", standsFor, Migrations.LATEST);
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
        return connect("jdbc:sqlite:" + file.toAbsolutePath(), file, version);
    }

    private static Store connect(String url, Path file, int version) {
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                // Fails fast on a file that is not a SQLite database.
                st.execute("PRAGMA schema_version");
            }
            Migrations.migrate(c, version);
            return new Store(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
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
                counts.put(Coded.require(EventKind.class, rs.getString(1)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count events per kind", e);
        }
    }

    /** Reads the whole dataset back: what the app holds in memory to draw and show. */
    public synchronized Dataset loadDataset() {
        try {
            String title = meta(StoreImporter.META_TITLE).orElse("Corridor");
            Map<String, String> texts = new HashMap<>();
            List<Source> sources = readSources(texts);
            List<Actor> actors = readActors();
            List<Event> events = readEvents();
            return new Dataset(title, sources, actors, events, texts);
        } catch (SQLException e) {
            throw failure("read the dataset", e);
        }
    }

    private List<Source> readSources(Map<String, String> texts) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, file, sha256, title, author, author_role, outlet, published, url, note, text"
                        + " FROM sources ORDER BY rowid")) {
            while (rs.next()) {
                String published = rs.getString(8);
                sources.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        published == null ? null : PartialDate.parse(published), rs.getString(9), rs.getString(10)));
                texts.put(rs.getString(1), rs.getString(11));
            }
        }
        return sources;
    }

    private List<Actor> readActors() throws SQLException {
        Map<String, List<Role>> roles = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT actor_id, title, date_from, date_to FROM actor_roles ORDER BY actor_id, ord")) {
            while (rs.next()) {
                roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Role(rs.getString(2), partial(rs.getString(3)), partial(rs.getString(4))));
            }
        }
        List<Actor> actors = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, name, native_name, country, kind FROM actors ORDER BY rowid")) {
            while (rs.next()) {
                actors.add(new Actor(rs.getString(1), rs.getString(2), rs.getString(3),
                        Coded.require(Country.class, rs.getString(4)), Coded.require(ActorKind.class, rs.getString(5)),
                        roles.getOrDefault(rs.getString(1), List.of())));
            }
        }
        return actors;
    }

    private List<Event> readEvents() throws SQLException {
        Map<Long, List<Participation>> participants = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT event_seq, actor_id, part FROM event_actors ORDER BY event_seq, ord")) {
            while (rs.next()) {
                participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Participation(rs.getString(2), Coded.require(Part.class, rs.getString(3))));
            }
        }
        Map<Long, List<Quote>> quotes = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT event_seq, source_id, text, start_offset, end_offset FROM quotes ORDER BY event_seq, ord")) {
            while (rs.next()) {
                quotes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Quote(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        Map<Long, Event> events = new LinkedHashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT seq, id, title, kind, date, location, summary, note FROM events ORDER BY seq")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                events.put(seq, new Event(rs.getString(2), rs.getString(3),
                        Coded.require(EventKind.class, rs.getString(4)), EventDate.parse(rs.getString(5)),
                        rs.getString(6), participants.getOrDefault(seq, List.of()), rs.getString(7), rs.getString(8),
                        quotes.getOrDefault(seq, List.of())));
            }
        }
        return new ArrayList<>(events.values());
    }

    private static PartialDate partial(String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
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
        return new StoreException("cannot " + what + " in the store " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
