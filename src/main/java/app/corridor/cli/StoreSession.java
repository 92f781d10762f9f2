package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreException;
import app.corridor.store.StoreLocation;
import app.corridor.store.StoreManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Opens the store for a command that reads the data, as the app does: a dataset with problems
 * never replaces a good store (the command then works on the last good version, and warns), and
 * without one the command stops with the problems printed.
 */
final class StoreSession {

    /** What a command does with the open store and its dataset; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(Store store, Dataset data);
    }

    private StoreSession() {
    }

    /** Opens the store {@code where} names, runs {@code work} on it and closes it; returns the exit code. */
    static int run(CommandLine commandLine, DataOptions where, String command, Work work) {
        PrintWriter err = commandLine.getErr();
        DatasetRef ref = DatasetOption.resolve(commandLine, where.dataset);
        Path dir = where.storeDir;
        StoreManager.Opening opening;
        try {
            opening = new StoreManager(StoreLocation.directory(dir == null ? null : dir.toString()), new DatasetLoader())
                    .open(ref.files(), ref.fileName(), StoreManager.Progress.NONE);
        } catch (StoreException e) {
            err.println(command + ": " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        // What happened to the store file (moved aside, a temporary store): told, never fatal.
        opening.notices().forEach(n -> err.println(command + ": warning: " + n.message()));
        if (opening.status() == StoreManager.Status.NO_STORE) {
            opening.problems().forEach(p -> err.println(p.format()));
            err.printf("%s: %s has %s and there is no earlier good store to export from; nothing written%n", command,
                    ref.display(), count(opening.problems().size(), "problem"));
            return ExitCodes.PROBLEMS;
        }
        if (opening.status() == StoreManager.Status.KEPT_PREVIOUS) {
            err.printf("%s: warning: %s has %s (see corridor validate); exporting the last good version of the data%n",
                    command, ref.display(), count(opening.problems().size(), "problem"));
        }
        try (Store store = opening.store()) {
            return work.run(store, store.loadDataset());
        } catch (StoreException e) {
            err.println(command + ": " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
    }

    /** The events of {@code data} that pass {@code filter}, in the dataset's (time) order. */
    static List<Event> matching(Store store, Dataset data, EventFilter filter) {
        Set<String> ids = new HashSet<>(store.matchingEventIds(filter));
        return data.events().stream().filter(e -> ids.contains(e.id())).toList();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

}
