package app.corridor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --dataset} and {@code --store-dir}, shared by the app and the commands that read the store.
 */
final class DataOptions {

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Use this dataset file instead of the bundled one (or data/events.json in a checkout).")
    Path dataset;

    @Option(names = "--store-dir", paramLabel = "DIR",
            description = "Keep the store in DIR (default: $CORRIDOR_DATA_DIR, else the user data directory).")
    Path storeDir;

    /** These options, each falling back to {@code outer}'s (given before the subcommand) when not set here. */
    DataOptions orElse(DataOptions outer) {
        DataOptions merged = new DataOptions();
        merged.dataset = dataset != null ? dataset : outer.dataset;
        merged.storeDir = storeDir != null ? storeDir : outer.storeDir;
        return merged;
    }
}
