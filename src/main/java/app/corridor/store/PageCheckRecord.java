package app.corridor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers, in a small file beside the store ({@code corridor.db.checked}), the state (size,
 * modification time, file key) the store had when it was last found sound: every page by
 * {@code PRAGMA quick_check}, every row of its tables read back as a valid value, its packed events
 * those of its tables ({@link Store#verify()}); or when this Corridor built it, or found it sound just
 * after writing to it (an upgrade), and closed it as it was ({@link Store#recordSoundAtClose()}).
 * While the file is in that state a start skips all that (two seconds of two cores at 100,000
 * events) and reads only the packed events, each chunk checked against its checksum. Any write to
 * the store, a copy or a replacement changes the state and the whole check runs again. A state too
 * recent to trust (see {@link DatasetFingerprint#RACY}) is not recorded.
 */
final class PageCheckRecord {

    private static final Logger LOG = Logger.getLogger(PageCheckRecord.class.getName());
    static final String SUFFIX = ".checked";

    private PageCheckRecord() {
    }

    /** True when {@code store} is in the state it had when it was last found sound. */
    static boolean holds(Path store) {
        String now = DatasetFingerprint.state(store, Instant.MAX);
        if (now == null) {
            return false;
        }
        try {
            return now.equals(Files.readString(record(store), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false; // no record (or an unreadable one): check
        }
    }

    /** Records that {@code store} was found sound by a check begun at {@code checkedFrom}. */
    static void remember(Path store, Instant checkedFrom) {
        String state = DatasetFingerprint.state(store, checkedFrom);
        try {
            if (state == null) {
                Files.deleteIfExists(record(store));
            } else {
                Files.writeString(record(store), state, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // Only a shortcut: without the record the next start checks the pages again.
            LOG.log(Level.FINE, "cannot record the page check of " + store, e);
        }
    }

    static Path record(Path store) {
        return store.resolveSibling(store.getFileName() + SUFFIX);
    }
}
