package app.corridor.ui;

import app.corridor.dataset.DatasetRef;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A dataset's store, opened on a thread of its own: opening it, reading the data and indexing it
 * take as long as the toolkit's start, and need no toolkit, so the start dataset's begins as soon
 * as the app is launched. The window, once shown, takes what it brings with {@link #whenDone}: the
 * progress so far, the checked dataset when the store has to be built first (shown while it is),
 * then the result.
 */
final class EarlyOpen {

    private final DatasetRef dataset;
    private final Path storeDir;
    private final CompletableFuture<CorridorApp.Loaded> result = new CompletableFuture<>();
    /** Where progress goes: nowhere until the window asks (only the latest is kept meanwhile). */
    private volatile StoreManager.Progress progress = StoreManager.Progress.NONE;
    private volatile double lastFraction = -1;
    private volatile String lastMessage;
    /** Where the checked dataset goes, once the window asks; until then it is kept here. */
    private Consumer<CorridorApp.Checked> checkedTo;
    private CorridorApp.Checked checked;

    private EarlyOpen(DatasetRef dataset, Path storeDir) {
        this.dataset = dataset;
        this.storeDir = storeDir;
    }

    /** Starts opening {@code dataset}'s store in {@code storeDir} now, on a daemon thread. */
    static EarlyOpen begin(DatasetRef dataset, Path storeDir) {
        EarlyOpen open = new EarlyOpen(dataset, storeDir);
        Thread thread = new Thread(open::run, "corridor-open");
        thread.setDaemon(true);
        thread.start();
        return open;
    }

    private void run() {
        try {
            result.complete(CorridorApp.openStore(dataset, storeDir, (fraction, message) -> {
                lastFraction = fraction;
                lastMessage = message;
                progress.update(fraction, message);
            }, this::checked));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private synchronized void checked(CorridorApp.Checked found) {
        if (checkedTo != null) {
            checkedTo.accept(found);
        } else {
            checked = found;
        }
    }

    /** True when this opens {@code ref} (the same file) in {@code dir}. */
    boolean isFor(DatasetRef ref, Path dir) {
        return storeDir.equals(dir) && dataset.equals(ref);
    }

    DatasetRef dataset() {
        return dataset;
    }

    Path storeDir() {
        return storeDir;
    }

    /** The store opened, or what stopped it (no store: the dataset has problems). */
    CompletableFuture<CorridorApp.Loaded> result() {
        return result;
    }

    /**
     * Sends progress to {@code to} from now on (the latest so far at once), the dataset to
     * {@code onChecked} when the store has to be built first (at once if it was checked already and
     * the store is not built yet), then the result to {@code onSuccess} or what went wrong to
     * {@code onFailure}; on the opening thread, or this one for what happened already.
     */
    void whenDone(StoreManager.Progress to, Consumer<CorridorApp.Checked> onChecked,
                  Consumer<CorridorApp.Loaded> onSuccess, Consumer<Throwable> onFailure) {
        progress = to;
        String message = lastMessage;
        if (message != null && !result.isDone()) {
            to.update(lastFraction, message);
        }
        synchronized (this) {
            checkedTo = onChecked;
            if (checked != null && !result.isDone()) {
                onChecked.accept(checked);
            }
            checked = null;
        }
        result.whenComplete((loaded, failure) -> {
            if (failure != null) {
                onFailure.accept(failure);
            } else {
                onSuccess.accept(loaded);
            }
        });
    }
}
