package app.corridor.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/**
 * The store file is damaged or is not a store Corridor can read: a damaged page, a missing table, a
 * value no valid dataset holds. Unlike other {@link StoreException}s (no permission, disk full), the
 * remedy is to move the file aside and build the store again.
 */
public final class StoreDamagedException extends StoreException {

    private final Path file;
    private final String reason;

    public StoreDamagedException(Path file, String reason, Throwable cause) {
        super("the store " + file + " is damaged: " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** SQLite found {@code file} malformed or not a database. */
    StoreDamagedException(Path file, SQLException cause) {
        this(file, plain(cause), cause);
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }

    /** SQLite's own words ("database disk image is malformed") without the driver's "[SQLITE_CORRUPT] …". */
    static String plain(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int open = m.lastIndexOf('(');
        return m.endsWith(")") && open >= 0 ? m.substring(open + 1, m.length() - 1) : m;
    }

    /** Whether SQLite refused {@code e} because the file is not a database or is malformed. */
    static boolean isDamage(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code
                || primary == SQLiteErrorCode.SQLITE_FORMAT.code;
    }
}
