package app.corridor.store;

import app.corridor.io.TempFiles;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds a store for a valid dataset in a temporary file beside its final place, then moves it
 * there in one step: a failure or a kill at any point leaves the previous store as it was. The
 * temporary file ({@code corridor.db.<pid>.<random>.tmp}) is written without a rollback journal
 * and without syncing each transaction (it is thrown away unless complete) and synced once, before
 * the move; it is removed when the build fails or the JVM shuts down, and by a later start if a
 * kill left it.
 */
final class StoreBuilder {

    /** The steps of a build, in order. */
    enum Step { CREATE, SCHEMA, SOURCES, ACTORS, EVENTS, SNAPSHOT, SEARCH_INDEX, META, COMMIT, CLOSE, SYNC, MOVE }

    /** Hears each step before it runs; tests inject a failure (or a kill) at each one. */
    @FunctionalInterface
    interface StepListener {
        StepListener NONE = step -> { };

        void reached(Step step);
    }

    /**
     * Temporary build files: this version's ({@code corridor.db.<pid>.<random>.tmp}) and, with no
     * owner, those of earlier versions ({@code corridor.db.<digits>.tmp}), each with SQLite's
     * companion files.
     */
    static final Pattern LEFTOVER = Pattern.compile(Pattern.quote(StoreLocation.FILE_NAME)
            + "\\.(?:(?<" + TempFiles.OWNER_GROUP + ">\\d+)\\.[0-9a-z]+|\\d+)\\.tmp(?:-journal|-wal|-shm)?");

    /** SQLite's companion files of a database, by suffix. */
    static final List<String> COMPANIONS = List.of("-journal", "-wal", "-shm");

    /**
     * Settings for a file nobody reads until it is complete: pages of 16 KiB rather than 4 (a
     * quarter as many pages to write, and as many system calls: building the store of 100,000
     * events took 14% less time), no rollback journal on disk (a failed build is deleted, not
     * rolled back), no sync per commit (one sync before the move), and a page cache of 8 MiB: the
     * rows go in at the ends of their tables (only the events' ids, a small index, go to random
     * places), and the indexes that would take them all over are made after them (32 MiB built
     * the store of 100,000 events no faster, and the 24 MiB more fell at a first start's peak, the
     * end of the build). The page size is the file's own: a store built earlier keeps its 4 KiB
     * until it is built again.
     */
    private static final List<String> BUILD_PRAGMAS = List.of(
            "PRAGMA page_size = 16384", // before anything is written: it cannot change after
            "PRAGMA journal_mode = MEMORY",
            "PRAGMA synchronous = OFF",
            "PRAGMA locking_mode = EXCLUSIVE",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA cache_size = -8192");

    private final StepListener steps;

    StoreBuilder(StepListener steps) {
        this.steps = steps;
    }

    /**
     * Builds a store of {@code dataset} and moves it to {@code target}, replacing what is there.
     *
     * @param extraMeta further values to record (the dataset files' fingerprints)
     */
    void build(Dataset dataset, String contentHash, Map<String, String> extraMeta, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(target.getFileName() + "." + TempFiles.ownerTag() + ".tmp");
        Store fresh = null;
        boolean moved = false;
        try {
            steps.reached(Step.CREATE);
            Files.createDirectories(dir);
            TempFiles.deleteOnExit(temp);
            COMPANIONS.forEach(suffix -> TempFiles.deleteOnExit(companion(temp, suffix)));
            steps.reached(Step.SCHEMA);
            fresh = Store.open(temp, Migrations.LATEST, BUILD_PRAGMAS);
            StoreImporter.importDataset(fresh, dataset, contentHash, extraMeta, steps);
            steps.reached(Step.CLOSE);
            Store closing = fresh;
            fresh = null;
            closing.close();
            steps.reached(Step.SYNC);
            sync(temp);
            steps.reached(Step.MOVE);
            moveIntoPlace(temp, target);
            moved = true;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new StoreException("cannot write the store in " + dir + ": " + e.getMessage(), e);
        } finally {
            Store.closeQuietly(fresh);
            if (!moved) {
                TempFiles.deleteQuietly(temp);
            }
            TempFiles.forget(temp);
            COMPANIONS.forEach(suffix -> TempFiles.deleteQuietly(companion(temp, suffix)));
        }
    }

    static Path companion(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /**
     * Moves the finished store over the old one. A rollback journal the old one left (a process
     * killed while writing it) would be played back into the new file by the next open and damage
     * it, so it goes first: it belongs to the file being replaced.
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        for (String suffix : COMPANIONS) {
            Files.deleteIfExists(companion(target, suffix));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the finished file to disk, so that the move never puts an incomplete file in place. */
    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the store is derived data, rebuilt if a power cut loses the rename.
        }
    }
}
