package app.corridor.ui;

import app.corridor.dataset.DatasetRef;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The start dataset's store, opened on a thread of its own as soon as the app is launched: opening
 * it, reading the data and indexing it take as long as the toolkit's start, and need no toolkit. The
 * window, once shown, takes the result (or the progress so far, on a first start that builds the
 * store) with {@link #whenDone}.
 */
final class EarlyOpen {

    private final DatasetRef dataset;
    private final Path storeDir;
    private final CompletableFuture<CorridorApp.Loaded> result = new CompletableFuture<>();
    /** Where progress goes: nowhere until the window asks (only the latest is kept meanwhile). */
    private volatile StoreManager.Progress progress = StoreManager.Progress.NONE;
    private volatile double lastFraction = -1;
    private volatile String lastMessage;

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
            }));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
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

    /**
     * Sends progress to {@code to} from now on (the latest so far at once), then the result to
     * {@code onSuccess} or what went wrong to {@code onFailure}, on the opening thread (or this
     * one, when done already).
     */
    void whenDone(StoreManager.Progress to, Consumer<CorridorApp.Loaded> onSuccess, Consumer<Throwable> onFailure) {
        progress = to;
        String message = lastMessage;
        if (message != null && !result.isDone()) {
            to.update(lastFraction, message);
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
