package app.corridor.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Looks at what is at the store's place before Corridor uses it, through a read-only connection:
 * nothing is migrated, written or rolled back, so another program's database or a newer Corridor's
 * store is left exactly as it was.
 */
final class StoreInspector {

    static {
        SqliteNative.prepare(); // before the driver's first connection, which loads its library
    }

    /** What the file is. */
    enum Verdict {
        /** No file, an empty file or a database without any table: nothing to keep. */
        ABSENT,
        /** A Corridor store of this version's schema or an older one. */
        USABLE,
        /** A Corridor store with a newer schema than this version knows: never touched. */
        NEWER,
        /** Not a Corridor store: another program's database, or not a database at all. */
        FOREIGN,
        /** A Corridor store with a damaged page or a missing table or column. */
        DAMAGED
    }

    /**
     * The finding.
     *
     * @param reason        why the file cannot be used, in words (null when it can)
     * @param schemaVersion the store's {@code user_version}
     * @param madeBy        the Corridor version recorded in a newer store, or null when it has none
     */
    record Finding(Verdict verdict, String reason, int schemaVersion, String madeBy) {
        static Finding of(Verdict verdict, String reason) {
            return new Finding(verdict, reason, 0, null);
        }
    }

    /** Each schema version's tables and their columns, from an in-memory database migrated to it. */
    private static final Map<Integer, Map<String, Set<String>>> REFERENCE = new ConcurrentHashMap<>();

    private StoreInspector() {
    }

    /**
     * What {@code file} is.
     *
     * @throws StoreException when it cannot be read at all (no permission, an I/O error): that says
     *                        nothing about its content, so it must not be moved aside
     */
    static Finding inspect(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Finding.of(Verdict.ABSENT, null);
        }
        if (!Files.isRegularFile(file)) {
            return Finding.of(Verdict.FOREIGN, "it is not a regular file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return inspect(c);
        } catch (SQLException e) {
            if (StoreDamagedException.isDamage(e)) {
                return Finding.of(Verdict.DAMAGED, StoreDamagedException.plain(e));
            }
            if (e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK) {
                // Reading it would play the journal back, a write; both files go aside together instead.
                return Finding.of(Verdict.DAMAGED, "a write to it was never finished: a program stopped while "
                        + "writing left its rollback journal beside it");
            }
            throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static Finding inspect(Connection c) throws SQLException {
        int applicationId = Transactions.pragma(c, "application_id");
        int version = Transactions.pragma(c, "user_version");
        Map<String, Set<String>> tables = tables(c);
        if (applicationId != 0 && applicationId != Migrations.APPLICATION_ID) {
            return Finding.of(Verdict.FOREIGN, String.format("it is another program's database (application id 0x%08x)",
                    applicationId));
        }
        boolean corridors = applicationId == Migrations.APPLICATION_ID || hasCorridorMeta(c, tables);
        if (version == 0) {
            return tables.isEmpty() ? Finding.of(Verdict.ABSENT, null)
                    : Finding.of(Verdict.FOREIGN, "it is another program's SQLite database (its tables: "
                    + String.join(", ", new TreeSet<>(tables.keySet())) + ")");
        }
        if (version > Migrations.LATEST || version < 0) {
            return corridors ? new Finding(Verdict.NEWER, null, version, meta(c, StoreImporter.META_CORRIDOR_VERSION))
                    : Finding.of(Verdict.FOREIGN, "it is another program's SQLite database (user version " + version + ")");
        }
        List<String> missing = missing(reference(version), tables);
        if (!missing.isEmpty()) {
            return Finding.of(corridors ? Verdict.DAMAGED : Verdict.FOREIGN, corridors
                    ? "it lacks " + String.join(", ", missing)
                    : "it is another program's SQLite database (it has no " + String.join(", ", missing) + ")");
        }
        return new Finding(Verdict.USABLE, null, version, meta(c, StoreImporter.META_CORRIDOR_VERSION));
    }

    /** What {@code expected} has that {@code actual} lacks: "table events", "column events.kind". */
    private static List<String> missing(Map<String, Set<String>> expected, Map<String, Set<String>> actual) {
        List<String> missing = new ArrayList<>();
        expected.forEach((table, columns) -> {
            Set<String> have = actual.get(table);
            if (have == null) {
                missing.add("the table " + table);
            } else {
                columns.stream().filter(col -> !have.contains(col)).forEach(col -> missing.add("the column "
                        + table + "." + col));
            }
        });
        return missing;
    }

    private static Map<String, Set<String>> reference(int version) {
        return REFERENCE.computeIfAbsent(version, v -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Migrations.migrate(c, v);
                return tables(c);
            } catch (SQLException e) {
                throw new IllegalStateException("the migrations to version " + v + " fail on an empty database", e);
            }
        });
    }

    /** Every table (virtual ones and their shadow tables included) with its column names. */
    private static Map<String, Set<String>> tables(Connection c) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            Set<String> columns = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                if (StoreDamagedException.isDamage(e)) {
                    throw e;
                }
                // A virtual table of a module this SQLite lacks: its name is all there is to compare.
            }
            tables.put(name, columns);
        }
        return tables;
    }

    /** A store from before application ids is recognised by its meta table with a dataset hash. */
    private static boolean hasCorridorMeta(Connection c, Map<String, Set<String>> tables) throws SQLException {
        Set<String> meta = tables.get("meta");
        return meta != null && meta.containsAll(Set.of("key", "value")) && meta(c, StoreImporter.META_HASH) != null;
    }

    private static String meta(Connection c, String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // a newer store's meta may look different: the version is then unknown
        }
    }
}
