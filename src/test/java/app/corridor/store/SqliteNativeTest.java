package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/** The driver's library is taken out of its jar once, into the cache, and a store opens from it. */
class SqliteNativeTest {

    private static byte[] inTheJar() throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsWrittenOnceAndFoundThereAfter(@TempDir Path cache) throws IOException {
        Path file = SqliteNative.prepare(cache).orElseThrow();
        assertThat(file).startsWith(cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()));
        assertThat(Files.readAllBytes(file)).isEqualTo(inTheJar());
        assertThat(Files.list(file.getParent())).as("no half-written file left").containsExactly(file);

        FileTime long_ago = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, long_ago);
        assertThat(SqliteNative.prepare(cache)).contains(file);
        assertThat(Files.getLastModifiedTime(file)).as("not written again").isEqualTo(long_ago);
    }

    @Test
    void aLibraryCutShortIsWrittenAgain(@TempDir Path cache) throws IOException {
        Path file = SqliteNative.prepare(cache).orElseThrow();
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(SqliteNative.prepare(cache)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(inTheJar());
    }

    @Test
    void aLibraryDamagedInPlaceIsWrittenAgain(@TempDir Path cache) throws IOException {
        Path file = SqliteNative.prepare(cache).orElseThrow();
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x55; // the same size: only the jar's CRC-32 tells
        Files.write(file, damaged);
        assertThat(SqliteNative.prepare(cache)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(inTheJar());
    }

    /** Where the temporary folder cannot take the library, the driver alone could not load it. */
    @Test
    void aStoreOpensWhereTheTemporaryFolderCannotTakeTheLibrary(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        List<String> options = List.of("-Djava.io.tmpdir=" + dir.resolve("no-such-folder"),
                "-Duser.home=" + home);
        try (ChildJvm child = ChildJvm.start(options, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                OpenInMemory.class, dir.resolve("out.txt"))) {
            assertThat(child.await(Duration.ofSeconds(60))).as(child.output()).isZero();
            assertThat(child.output()).contains("sqlite " + SQLiteJDBCLoader.getVersion());
        }
        assertThat(dir.resolve("cache").resolve("corridor").resolve("sqlite-" + SQLiteJDBCLoader.getVersion()))
                .isDirectory();
    }

    /** Opens a database the way the store does, and says the driver's version. */
    public static final class OpenInMemory {
        public static void main(String[] args) throws Exception {
            Class.forName(Store.class.getName()); // what any use of the store does first
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                System.out.println("sqlite " + c.getMetaData().getDriverVersion());
            }
        }
    }
}
