package app.corridor.store;

import app.corridor.dataset.DatasetFiles;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.Hashing;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the store in step with a dataset without ever losing a good store: the store is rebuilt
 * only when the dataset's content hash changed and the new dataset is valid; it is built in a
 * temporary file and moved into place in one step, so a crash or a bad dataset leaves the previous
 * store as it was.
 */
public final class StoreManager {

    private static final Logger LOG = Logger.getLogger(StoreManager.class.getName());

    /** How the store was obtained. */
    public enum Status {
        /** The store already held this dataset. */
        UP_TO_DATE,
        /** The store was (re)built from the dataset. */
        BUILT,
        /** The dataset has problems; the previous store is in use. */
        KEPT_PREVIOUS,
        /** The dataset has problems and there is no previous store to fall back on. */
        NO_STORE
    }

    /**
     * The result of {@link #open}.
     *
     * @param store    the store to read, or null when {@code status} is {@link Status#NO_STORE}
     * @param problems what is wrong with the dataset when it could not be used
     */
    public record Opening(Store store, Status status, List<Problem> problems) {
        public Opening {
            problems = List.copyOf(problems);
        }
    }

    /** Receives progress: a fraction in [0, 1] and a short message. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (fraction, message) -> { };

        void update(double fraction, String message);
    }

    private final Path directory;
    private final DatasetLoader loader;

    public StoreManager(Path directory, DatasetLoader loader) {
        this.directory = directory;
        this.loader = loader;
    }

    public Path storeFile() {
        return directory.resolve(StoreLocation.FILE_NAME);
    }

    /** Opens the store for the dataset {@code datasetFile} in {@code files}, rebuilding it when needed. */
    public Opening open(DatasetFiles files, String datasetFile, Progress progress) {
        progress.update(0.05, "Checking the dataset");
        Path file = storeFile();
        Store previous = openExisting(file);
        String storedHash = previous == null ? null : previous.meta(StoreImporter.META_HASH).orElse(null);
        String currentHash = hashOf(files, datasetFile);
        if (previous != null && storedHash != null && storedHash.equals(currentHash)) {
            progress.update(1, "Store is up to date");
            return new Opening(previous, Status.UP_TO_DATE, List.of());
        }
        progress.update(0.2, "Reading and checking the dataset");
        LoadResult result = loader.load(files, datasetFile);
        if (!result.isValid()) {
            if (previous != null && storedHash != null) {
                return new Opening(previous, Status.KEPT_PREVIOUS, result.problems());
            }
            closeQuietly(previous);
            return new Opening(null, Status.NO_STORE, result.problems());
        }
        closeQuietly(previous);
        progress.update(0.5, "Building the store");
        build(result, file);
        progress.update(1, "Store built");
        return new Opening(Store.open(file), Status.BUILT, List.of());
    }

    /** Builds a store for {@code result} at {@code target}, replacing what was there only on success. */
    private void build(LoadResult result, Path target) {
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, StoreLocation.FILE_NAME + ".", ".tmp");
            Files.delete(temp); // SQLite creates the file itself; an empty file is fine too, but be clean
            try (Store fresh = Store.open(temp)) {
                StoreImporter.importDataset(fresh, result.dataset(), result.contentHash());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new StoreException("cannot write the store in " + directory + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot remove the temporary store " + temp, e);
                }
            }
        }
    }

    /** The store at {@code file} if there is a readable one; an unreadable file counts as none. */
    private static Store openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Store.open(file);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "ignoring unreadable store " + file + "; it will be rebuilt", e);
            return null;
        }
    }

    private static String hashOf(DatasetFiles files, String datasetFile) {
        try {
            return Hashing.sha256(files.read(datasetFile));
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            store.close();
        }
    }
}
