package app.corridor.store;

import app.corridor.AppInfo;
import app.corridor.HeapGrowth;
import app.corridor.dataset.DatasetFiles;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import app.corridor.io.TempFiles;
import app.corridor.model.Dataset;
import app.corridor.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Keeps the store in step with a dataset without ever losing a good store or a file the user has:
 * <ul>
 * <li>the store is rebuilt only when the dataset file or a source file it names changed and the
 * dataset is valid; it is built in a temporary file and moved into place in one step, so a crash
 * or a bad dataset leaves the previous store as it was;</li>
 * <li>a file at the store's place that is not a Corridor store, or is damaged (checked on open:
 * structure, {@code PRAGMA quick_check}, every value read back), is moved aside to
 * {@code corridor.db.broken-<time>}, never deleted, and the store is built again;</li>
 * <li>a store made by a newer Corridor is never touched: this run builds one in a temporary folder,
 * removed when the store is closed or the program exits;</li>
 * <li>temporary files a killed run left are removed (see {@link TempFiles}).</li>
 * </ul>
 * What happened is reported as {@link Notice}s on the {@link Opening}.
 */
public final class StoreManager {

    private static final Logger LOG = Logger.getLogger(StoreManager.class.getName());

    /** Temporary stores (for a newer Corridor's store) in the system's temporary folder. */
    static final String TEMPORARY_STORE_PREFIX = "corridor-store-";
    private static final Pattern TEMPORARY_STORE = Pattern.compile(Pattern.quote(TEMPORARY_STORE_PREFIX)
            + "(?<" + TempFiles.OWNER_GROUP + ">\\d+)-\\d+");

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
     * Something the user should know about the store file, besides the dataset's problems.
     *
     * @param path    the file to look at: where the unusable store now is, or the temporary store
     * @param message a sentence naming the files and what was done
     */
    public record Notice(Kind kind, Path path, String message) {
        /** What happened. */
        public enum Kind {
            /** The store file could not be used (not a store, damaged) and was moved aside to {@code path}. */
            MOVED_ASIDE,
            /** The store is from a newer Corridor and was left alone; this run uses a temporary store at {@code path}. */
            TEMPORARY_STORE
        }
    }

    /**
     * The result of {@link #open}.
     *
     * @param store    the store to read, or null when {@code status} is {@link Status#NO_STORE}
     * @param problems what is wrong with the dataset when it could not be used
     * @param notices  what happened to the store file, for the user (a message on the command line,
     *                 a banner in the app)
     */
    public record Opening(Store store, Status status, List<Problem> problems, List<Notice> notices) {
        public Opening {
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }

        public Opening(Store store, Status status, List<Problem> problems) {
            this(store, status, problems, List.of());
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
    private final StoreBuilder builder;
    private final Path temporaryRoot;

    public StoreManager(Path directory, DatasetLoader loader) {
        this(directory, loader, StoreBuilder.StepListener.NONE, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** With a listener that hears each build step (tests inject faults) and where temporary stores go. */
    StoreManager(Path directory, DatasetLoader loader, StoreBuilder.StepListener steps, Path temporaryRoot) {
        this.directory = directory;
        this.loader = loader;
        this.builder = new StoreBuilder(steps);
        this.temporaryRoot = temporaryRoot;
    }

    public Path storeFile() {
        return directory.resolve(StoreLocation.FILE_NAME);
    }

    /** Opens the store for the dataset {@code datasetFile} in {@code files}, rebuilding it when needed. */
    public Opening open(DatasetFiles files, String datasetFile, Progress progress) {
        return open(files, datasetFile, progress, valid -> { });
    }

    /**
     * Like {@link #open(DatasetFiles, String, Progress)}; when the store has to be built, {@code checked}
     * receives the dataset as soon as it is found valid, before the build (a first start shows it
     * meanwhile: building takes as long again). The store built then holds that very dataset
     * ({@link Store#loadDataset} returns it).
     */
    public Opening open(DatasetFiles files, String datasetFile, Progress progress, Consumer<Dataset> checked) {
        return new Run(files, datasetFile, progress, checked).open();
    }

    /** One opening: what it found and told. */
    private final class Run {
        private final DatasetFiles files;
        private final String datasetFile;
        private final Progress progress;
        private final Consumer<Dataset> checked;
        private final List<Notice> notices = new ArrayList<>();
        private Path target = storeFile();
        private Path temporaryDir;
        private Store previous;

        Run(DatasetFiles files, String datasetFile, Progress progress, Consumer<Dataset> checked) {
            this.files = files;
            this.datasetFile = datasetFile;
            this.progress = progress;
            this.checked = checked;
        }

        Opening open() {
            try {
                return openOrBuild();
            } catch (RuntimeException e) {
                // Whatever failed (the build, the loader), nothing of this run stays open or on disk.
                Store.closeQuietly(previous);
                removeTemporaryDir();
                throw e;
            }
        }

        private Opening openOrBuild() {
            progress.update(0.05, "Checking the store");
            TempFiles.sweep(directory, StoreBuilder.LEFTOVER);
            previous = usableStore();
            if (previous != null && isCurrent() && verified()) {
                progress.update(1, "Store is up to date");
                return finish(previous, Status.UP_TO_DATE, List.of());
            }
            // The dataset parsed and its store built make a first start's peak: the heap grows sparingly.
            return HeapGrowth.sparingly(this::loadAndBuild);
        }

        private Opening loadAndBuild() {
            progress.update(0.2, "Reading and checking the dataset");
            Instant readAt = Instant.now();
            LoadResult result = loader.load(files, datasetFile);
            if (!result.isValid()) {
                if (previous != null && verified()) {
                    return finish(previous, Status.KEPT_PREVIOUS, result.problems());
                }
                removeTemporaryDir();
                return finish(null, Status.NO_STORE, result.problems());
            }
            Store.closeQuietly(previous);
            previous = null;
            checked.accept(result.dataset());
            progress.update(0.5, "Building the store");
            List<String> paths = new ArrayList<>(List.of(datasetFile));
            result.dataset().sources().stream().map(Source::file).forEach(paths::add);
            builder.build(result.dataset(), result.contentHash(), DatasetFingerprint.states(files, paths, readAt), target);
            Store built = Store.open(target);
            built.remember(result.dataset());
            built.recordSoundAtClose();
            if (temporaryDir != null) {
                Path dir = temporaryDir;
                built.afterClose(() -> TempFiles.deleteQuietly(dir));
            }
            progress.update(1, "Store built");
            return finish(built, Status.BUILT, List.of());
        }

        /** The opening, each moved-aside notice ending with what became of the store. */
        private Opening finish(Store store, Status status, List<Problem> problems) {
            String outcome = switch (status) {
                case BUILT -> " A new store was built from the dataset.";
                case NO_STORE -> " No new store could be built: the dataset has problems.";
                default -> "";
            };
            List<Notice> told = notices.stream().map(n -> n.kind() == Notice.Kind.MOVED_ASIDE
                    ? new Notice(n.kind(), n.path(), n.message() + outcome) : n).toList();
            return new Opening(store, status, problems, told);
        }

        /** The store at its place if Corridor can use it; otherwise null, having dealt with the file. */
        private Store usableStore() {
            Path file = storeFile();
            StoreInspector.Finding found = StoreInspector.inspect(file);
            switch (found.verdict()) {
                case ABSENT:
                    return null;
                case NEWER:
                    useTemporaryStore(file, found);
                    return null;
                case FOREIGN:
                case DAMAGED:
                    setAside(file, found.reason());
                    return null;
                default:
                    try {
                        return Store.open(file);
                    } catch (StoreDamagedException e) {
                        setAside(file, e.reason());
                        return null;
                    }
            }
        }

        /** Whether the previous store was built from the dataset files as they are now. */
        private boolean isCurrent() {
            try {
                if (previous.meta(StoreImporter.META_HASH).isEmpty()) {
                    return false;
                }
                DatasetFingerprint.Check check = DatasetFingerprint.check(files, previous.builtFrom(datasetFile),
                        previous.metaStartingWith(DatasetFingerprint.STATE_KEY));
                if (!check.unchanged()) {
                    LOG.fine(() -> files.display(check.changed()) + " changed since the store was built");
                    return false;
                }
                if (!check.refresh().isEmpty()) {
                    remember(previous, check.refresh());
                }
                return true;
            } catch (StoreDamagedException e) {
                discardPrevious(e);
                return false;
            }
        }

        /**
         * Whether the previous store reads back whole; a damaged one is closed and moved aside.
         * Its pages and tables are checked unless the file is as it was when they were last found sound.
         */
        private boolean verified() {
            try {
                Instant checkedFrom = Instant.now();
                boolean knownSound = PageCheckRecord.holds(previous.file());
                previous.verify(!knownSound);
                if (!knownSound) {
                    PageCheckRecord.remember(previous.file(), checkedFrom);
                    previous.recordSoundAtClose(); // recorded at close if too recently written to record now
                }
                return true;
            } catch (StoreDamagedException e) {
                discardPrevious(e);
                return false;
            }
        }

        private void discardPrevious(StoreDamagedException e) {
            Store.closeQuietly(previous);
            previous = null;
            setAside(storeFile(), e.reason());
        }

        /** Records file states; the store stays correct without them, so a failure only costs a hash later. */
        private void remember(Store store, Map<String, String> states) {
            try {
                store.putMeta(states);
            } catch (StoreException e) {
                LOG.log(Level.FINE, "cannot record the dataset files' states in " + store.file(), e);
            }
        }

        /**
         * Moves the unusable {@code file} (with any journal of it) aside under a name no earlier
         * one has. Where that fails, the file stays and this run uses a temporary store.
         */
        private void setAside(Path file, String reason) {
            try {
                Path aside = MovedAside.move(file);
                // The notice tells the user; the log keeps it for a bug report without printing it twice.
                LOG.fine(() -> "moved the unusable store " + file + " to " + aside + ": " + reason);
                notices.add(new Notice(Notice.Kind.MOVED_ASIDE, aside, "Corridor could not use its store " + file
                        + " (" + reason + "). The file was moved aside to " + aside + "; nothing in it is lost."));
            } catch (IOException e) {
                Path dir = temporaryStore();
                notices.add(new Notice(Notice.Kind.TEMPORARY_STORE, dir, "Corridor could not use its store " + file
                        + " (" + reason + ") and could not move it aside (" + e.getMessage() + "). It is left as it "
                        + "is; this session uses a temporary store in " + dir + ", removed on exit."));
            }
        }

        private void useTemporaryStore(Path file, StoreInspector.Finding found) {
            Path dir = temporaryStore();
            String madeBy = found.madeBy() == null ? "a newer Corridor" : "Corridor " + found.madeBy();
            notices.add(new Notice(Notice.Kind.TEMPORARY_STORE, dir, "The store " + file + " was made by " + madeBy
                    + " (store schema " + found.schemaVersion() + "; this Corridor " + AppInfo.version() + " reads up to "
                    + Migrations.LATEST + "). It is left as it is; this session uses a temporary store in " + dir
                    + ", removed on exit."));
        }

        /** A fresh folder for this run's store, removed on exit; stale ones of killed runs are swept first. */
        private Path temporaryStore() {
            TempFiles.sweep(temporaryRoot, TEMPORARY_STORE);
            try {
                Files.createDirectories(temporaryRoot);
                temporaryDir = Files.createTempDirectory(temporaryRoot, TEMPORARY_STORE_PREFIX + TempFiles.pid() + "-");
            } catch (IOException e) {
                throw new StoreException("cannot create a temporary store in " + temporaryRoot + ": " + e.getMessage(), e);
            }
            TempFiles.deleteOnExit(temporaryDir);
            target = temporaryDir.resolve(StoreLocation.FILE_NAME);
            return temporaryDir;
        }

        private void removeTemporaryDir() {
            if (temporaryDir != null) {
                TempFiles.deleteQuietly(temporaryDir);
            }
        }
    }
}
