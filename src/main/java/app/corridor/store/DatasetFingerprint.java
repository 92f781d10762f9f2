package app.corridor.store;

import app.corridor.dataset.DatasetFiles;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tells cheaply whether the files a store was built from (the dataset file and every source file
 * it names) are unchanged. The truth is each file's SHA-256: the dataset file's is recorded at
 * import, each source's is in the store's {@code sources} table (a valid dataset's sources match
 * their recorded checksums). Hashing a 100,000-event dataset on every start costs tens of
 * milliseconds, so the store also records each file's size, modification time and file key; a file
 * whose three are as recorded is taken as unchanged, any other is hashed again.
 *
 * <p>A modification time is only trusted when it lies {@link #RACY} before the file was read: an
 * edit within a file system's time granularity (two seconds on FAT) of that read could otherwise
 * leave the time as recorded. Such a file is hashed at the next start and recorded then.
 */
final class DatasetFingerprint {

    /** The meta key prefix of a file's recorded state; the rest of the key is its relative path. */
    static final String STATE_KEY = "file_state:";

    static final Duration RACY = Duration.ofSeconds(2);

    /** A file the store was built from, and the SHA-256 it had. */
    record FileHash(String path, String sha256) {
    }

    /**
     * What the check found.
     *
     * @param changed the first file that differs (or is gone), null when none does
     * @param refresh states to record for files that were hashed again and found unchanged
     */
    record Check(String changed, Map<String, String> refresh) {
        boolean unchanged() {
            return changed == null;
        }
    }

    private DatasetFingerprint() {
    }

    /** Checks {@code recorded} (from the store) against the files as they are now. */
    static Check check(DatasetFiles files, List<FileHash> recorded, Map<String, String> recordedStates) {
        Map<String, String> refresh = new LinkedHashMap<>();
        for (FileHash f : recorded) {
            Instant readAt = Instant.now();
            String state = state(files, f.path(), Instant.MAX);
            if (state != null && state.equals(recordedStates.get(STATE_KEY + f.path()))) {
                continue;
            }
            String hash = hash(files, f.path());
            if (!f.sha256().equals(hash)) {
                return new Check(f.path(), Map.of());
            }
            String trusted = state(files, f.path(), readAt);
            if (trusted != null) {
                refresh.put(STATE_KEY + f.path(), trusted);
            }
        }
        return new Check(null, refresh);
    }

    /**
     * The states to record for {@code paths}, read (validated) from {@code readAt} on: only those
     * whose modification time is safely before it.
     */
    static Map<String, String> states(DatasetFiles files, List<String> paths, Instant readAt) {
        Map<String, String> states = new LinkedHashMap<>();
        for (String path : paths) {
            String state = state(files, path, readAt);
            if (state != null) {
                states.put(STATE_KEY + path, state);
            }
        }
        return states;
    }

    /**
     * {@code size:mtime-ns:file-key} of a file on disk, or null: for files not on disk (the bundled
     * dataset, always hashed), a file that is gone, or one modified less than {@link #RACY} before
     * {@code readAt}.
     */
    private static String state(DatasetFiles files, String path, Instant readAt) {
        if (!(files instanceof DirectoryDatasetFiles dir)) {
            return null;
        }
        return state(dir.directory().resolve(path), readAt);
    }

    /** {@code size:mtime-ns:file-key} of {@code file}, or null: gone, or modified less than {@link #RACY} before {@code readAt}. */
    static String state(Path file, Instant readAt) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile() || !a.lastModifiedTime().toInstant().isBefore(readAt.minus(RACY))) {
                return null;
            }
            return a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":" + a.fileKey();
        } catch (IOException | RuntimeException e) {
            return null; // gone or unreadable: hashing will say so
        }
    }

    private static String hash(DatasetFiles files, String path) {
        try {
            return Hashing.sha256(files.read(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
