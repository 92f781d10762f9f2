package app.corridor.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    /**
     * The files for a command that names its own ({@code validate}, {@code fmt}): {@code own}, else the
     * {@code --dataset} given before the command. picocli accepts the app's options before any command and
     * would leave them unread: {@code corridor --dataset mine.json validate} checked the default dataset
     * and said "no problems". So a file named both ways, or {@code --store-dir} (such a command keeps no
     * store), is a usage error.
     */
    List<Path> datasetsFor(CommandLine command, List<Path> own) {
        refuse(command, "--store-dir", storeDir);
        if (dataset != null && !own.isEmpty()) {
            throw new ParameterException(command, "name the dataset once: --dataset " + dataset + " before "
                    + command.getCommandName() + ", or " + own.get(0) + " after it");
        }
        return dataset != null ? List.of(dataset) : own;
    }

    /** Refuses these options before a command that reads no dataset and keeps no store ({@code new}, {@code generate}). */
    void refuseFor(CommandLine command) {
        refuse(command, "--dataset", dataset);
        refuse(command, "--store-dir", storeDir);
    }

    private static void refuse(CommandLine command, String option, Path value) {
        if (value != null) {
            throw new ParameterException(command, option + " does not apply to " + command.getCommandName());
        }
    }
}
