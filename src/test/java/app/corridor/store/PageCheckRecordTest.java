package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page check is skipped only while the store file is exactly as it was when the check passed. */
class PageCheckRecordTest {

    @TempDir
    Path dir;

    private Path store;
    private final FileTime hourAgo = FileTime.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600));

    @BeforeEach
    void storeLeftAloneForAnHour() throws IOException {
        store = Files.write(dir.resolve("corridor.db"), new byte[8192]);
        Files.setLastModifiedTime(store, hourAgo);
    }

    @Test
    void aCheckOfAFileLeftAloneIsRemembered() {
        assertThat(PageCheckRecord.holds(store)).as("never checked").isFalse();
        PageCheckRecord.remember(store, Instant.now());
        assertThat(PageCheckRecord.holds(store)).isTrue();
    }

    @Test
    void anyWriteToTheFileForgetsIt() throws IOException {
        PageCheckRecord.remember(store, Instant.now());
        Files.write(store, new byte[] {1}, StandardOpenOption.APPEND);
        assertThat(PageCheckRecord.holds(store)).isFalse();
    }

    @Test
    void aWriteThatKeepsSizeAndTimeStillForgetsItWhenTheFileIsReplaced() throws IOException {
        PageCheckRecord.remember(store, Instant.now());
        Path copy = dir.resolve("copy");
        Files.copy(store, copy);
        Files.setLastModifiedTime(copy, hourAgo);
        Files.move(copy, store, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.getLastModifiedTime(store)).isEqualTo(hourAgo);
        assertThat(PageCheckRecord.holds(store)).as("another file (inode) of the same size and time").isFalse();
    }

    @Test
    void aFileWrittenJustBeforeItsCheckIsNotRemembered() throws IOException {
        PageCheckRecord.remember(store, Instant.now());
        // A write in the same tick of the file system's clock could leave the time as it was.
        Files.setLastModifiedTime(store, FileTime.from(Instant.now()));
        PageCheckRecord.remember(store, Instant.now());
        assertThat(PageCheckRecord.holds(store)).isFalse();
        assertThat(PageCheckRecord.record(store)).doesNotExist();
    }

    @Test
    void aDamagedRecordIsNoRecord() throws IOException {
        Files.writeString(PageCheckRecord.record(store), "\u0000garbage");
        assertThat(PageCheckRecord.holds(store)).isFalse();
    }
}
