package app.corridor.store;

import app.corridor.io.FileBytes;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The SQLite driver's native library, taken out of the driver's jar once, into Corridor's cache
 * folder, and loaded from there. Left to itself, the driver writes the library into the temporary
 * folder at every start: 1.1 MB inflated, written, then compared byte by byte, about 0.1 s of each
 * start on the development machine. Where the temporary folder may not hold programs (a
 * {@code /tmp} mounted {@code noexec}, as hardened systems have it) it could not open a store at all.
 *
 * <p>Nothing here is needed for the driver to work: when the cache cannot be written, or the
 * library there cannot be loaded, the driver does as it always did.
 */
final class SqliteNative {

    /** The driver's own settings: the folder and the file name of the library it loads. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static final Logger LOG = Logger.getLogger(SqliteNative.class.getName());
    private static boolean prepared;

    private SqliteNative() {
    }

    /** Points the driver at the cached library, taking it out of the jar first if it is not there; once per run. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // the driver's own setting says where its library is
        }
        try {
            prepare(StoreLocation.cacheDirectory()).ifPresent(file -> {
                System.setProperty(PATH_PROPERTY, file.getParent().toString());
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "the SQLite library is left to the driver to place", e);
        }
    }

    /**
     * The library for this system in {@code cache}, written there if it is missing or differs from
     * the one in the jar (by size, and by the CRC-32 the jar records); empty when the driver has none
     * for this system.
     */
    static Optional<Path> prepare(Path cache) throws IOException {
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
        if (resource == null) {
            return Optional.empty(); // the driver says what it lacks, in its own words
        }
        URLConnection entry = resource.openConnection();
        entry.setUseCaches(false); // else the jar stays open, and locked on Windows
        long size = entry.getContentLengthLong();
        // The jar records each entry's CRC-32: a copy damaged since it was written is told from a good
        // one for the cost of reading 1.1 MB, where the size alone would not tell.
        long crc = entry instanceof JarURLConnection jar && jar.getJarEntry() != null ? jar.getJarEntry().getCrc() : -1;
        // One folder per driver version: an upgrade never loads the library of another version.
        Path dir = cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file) && size >= 0 && Files.size(file) == size && (crc < 0 || crc32(file) == crc)) {
            return Optional.of(file);
        }
        Files.createDirectories(dir);
        // Written whole under another name, then renamed: another Corridor starting meanwhile never
        // loads half a library.
        Path part = Files.createTempFile(dir, name, ".part");
        try {
            try (InputStream in = entry.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return Optional.of(file);
    }

    private static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(FileBytes.read(file));
        return crc.getValue();
    }
}
