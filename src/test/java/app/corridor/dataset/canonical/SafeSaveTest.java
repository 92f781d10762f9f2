package app.corridor.dataset.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {

    @TempDir
    Path dir;

    private final SafeSave save = new SafeSave(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void everySaveKeepsThePreviousVersionAndNoEarlierBackupIsLost() throws Exception {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "one");
        SafeSave.Saved first = save.save(file, bytes("two"));
        SafeSave.Saved second = save.save(file, bytes("three"));
        assertThat(Files.readString(file)).isEqualTo("three");
        assertThat(Files.readString(first.backup())).isEqualTo("one");
        assertThat(Files.readString(second.backup())).isEqualTo("two");
        assertThat(first.backup().getParent().getFileName()).hasToString(SafeSave.BACKUP_FOLDER);
        assertThat(second.backup()).as("same clock, still a new name").isNotEqualTo(first.backup());
        assertThat(SafeSave.backups(dir.resolve(SafeSave.BACKUP_FOLDER), "events.json")).hasSize(2);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left").noneMatch(p -> p.toString().endsWith(".part"));
        }
    }

    /** A dataset shared with a group stays readable by it once saved (a temporary file is its owner's alone). */
    @Test
    void aSavedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("events.json");
        Files.writeString(file, "one");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        save.save(file, bytes("two"));

        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsThere() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path other = Files.createFile(dir.resolve("made by anyone"));
        Path file = dir.resolve("sources").resolve("new.txt");
        Files.createDirectories(file.getParent());

        SafeSave.writeAtomically(file, bytes("text"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(other));
    }

    @Test
    void savingTheSameBytesTouchesNothing() throws Exception {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "same");
        FileTime time = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, time);
        SafeSave.Saved saved = save.save(file, bytes("same"));
        assertThat(saved.written()).isFalse();
        assertThat(saved.backup()).isNull();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);
        assertThat(Files.exists(dir.resolve(SafeSave.BACKUP_FOLDER))).isFalse();
    }

    @Test
    void aBackupIdenticalToTheNewestIsNotMadeTwice() throws Exception {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "one");
        Path a = save.backUp(file);
        Path b = save.backUp(file);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aNewFileNeedsNoBackup() throws Exception {
        Path file = dir.resolve("new.json");
        SafeSave.Saved saved = save.save(file, bytes("x"));
        assertThat(saved.written()).isTrue();
        assertThat(saved.backup()).isNull();
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
