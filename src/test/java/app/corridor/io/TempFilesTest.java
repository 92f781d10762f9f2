package app.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Pattern OURS = Pattern.compile("x\\.(?:(?<pid>\\d+)\\.[0-9a-z]+|\\d+)\\.tmp");

    @TempDir
    Path dir;

    private static FileTime ago(Duration d) {
        return FileTime.from(NOW.minus(d));
    }

    @Test
    void aFileOfThisProcessIsNeverStale() {
        assertThat(TempFiles.isStale(TempFiles.pid(), ago(Duration.ofDays(30)), NOW)).isFalse();
    }

    @Test
    void aFileOfAProcessThatEndedIsStaleAtOnce() throws Exception {
        long ended = finishedProcessId();
        assertThat(TempFiles.isStale(ended, ago(Duration.ZERO), NOW)).isTrue();
    }

    @Test
    void aFileOfARunningProcessIsKeptUntilItIsADayOld() throws Exception {
        Process running = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                Idle.class.getName()).start();
        try {
            long pid = running.pid();
            assertThat(TempFiles.isStale(pid, ago(Duration.ofHours(23)), NOW)).isFalse();
            // A day without a change: the id now belongs to some other program.
            assertThat(TempFiles.isStale(pid, ago(Duration.ofHours(25)), NOW)).isTrue();
        } finally {
            running.destroyForcibly();
            running.waitFor();
        }
    }

    @Test
    void aFileWithoutAnOwnerIsStaleAfterAnHour() {
        assertThat(TempFiles.isStale(null, ago(Duration.ofMinutes(59)), NOW)).isFalse();
        assertThat(TempFiles.isStale(null, ago(Duration.ofMinutes(61)), NOW)).isTrue();
    }

    @Test
    void aSweepRemovesOnlyStaleNamesOfItsOwnPattern() throws Exception {
        long ended = finishedProcessId();
        Path stale = Files.writeString(dir.resolve("x." + ended + ".k3x9.tmp"), "left by a killed run");
        Path mine = Files.writeString(dir.resolve("x." + TempFiles.pid() + ".a1.tmp"), "being written");
        Path oldNoOwner = Files.writeString(dir.resolve("x.123456789.tmp"), "from an earlier version");
        Path newNoOwner = Files.writeString(dir.resolve("x.987654321.tmp"), "from an earlier version, recent");
        Path staleFolder = Files.createDirectories(dir.resolve("x." + ended + ".f0.tmp").resolve("inner"));
        Files.writeString(staleFolder.resolve("file"), "inside");
        List<Path> notOurs = List.of(Files.writeString(dir.resolve("x"), "the real file"),
                Files.writeString(dir.resolve("x." + ended + ".k3x9.tmp.bak"), "not our name"),
                Files.writeString(dir.resolve("y." + ended + ".k3x9.tmp"), "not our name"));
        for (Path p : List.of(stale, mine, oldNoOwner, staleFolder.getParent())) {
            Files.setLastModifiedTime(p, ago(Duration.ofHours(2)));
        }
        Files.setLastModifiedTime(newNoOwner, FileTime.from(NOW));
        for (Path p : notOurs) {
            Files.setLastModifiedTime(p, ago(Duration.ofDays(400)));
        }

        List<Path> removed = TempFiles.sweep(dir, OURS, NOW);

        assertThat(removed).containsExactlyInAnyOrder(stale, oldNoOwner, staleFolder.getParent());
        assertThat(namesIn(dir)).containsExactlyInAnyOrder(mine.getFileName().toString(),
                newNoOwner.getFileName().toString(), "x", "x." + ended + ".k3x9.tmp.bak", "y." + ended + ".k3x9.tmp");
    }

    @Test
    void aFolderThatDoesNotExistHasNothingToSweep() {
        assertThat(TempFiles.sweep(dir.resolve("absent"), OURS)).isEmpty();
    }

    @Test
    void deleteQuietlyRemovesAFolderTreeButNoFileALinkPointsTo() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("f"), "x");
        Files.createSymbolicLink(dir.resolve("tree/link"), outside);
        TempFiles.deleteQuietly(dir.resolve("tree"));
        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(outside).hasContent("keep me");
    }

    /** A process that runs until its input closes. */
    public static final class Idle {
        public static void main(String[] args) throws Exception {
            System.in.read();
        }
    }

    private static long finishedProcessId() throws Exception {
        Process p = new ProcessBuilder(javaBin(), "-version").start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
        return p.pid();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
