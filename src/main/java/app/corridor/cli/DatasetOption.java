package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Which dataset a command works on: the file given, else {@code data/events.json} when run from a
 * checkout, else the dataset bundled in the app.
 */
final class DatasetOption {

    static final Path CHECKOUT_DATASET = Path.of("data", DatasetLoader.DATASET_FILE);

    private DatasetOption() {
    }

    /** Resolves {@code file} (may be null); a named file that does not exist is a usage error. */
    static DatasetRef resolve(CommandLine commandLine, Path file) {
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(commandLine, file + ": no such file");
            }
            return DatasetRef.of(file);
        }
        return standard();
    }

    /**
     * The dataset {@code named} on a command line read without picocli (null: the standard one); null
     * when it is not a regular file, for picocli to say so.
     */
    static DatasetRef namedOrStandard(String named) {
        if (named == null) {
            return standard();
        }
        try {
            Path file = Path.of(named);
            return Files.isRegularFile(file) ? DatasetRef.of(file) : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The dataset when none is named: {@code data/events.json} in a checkout, else the bundled one. */
    static DatasetRef standard() {
        return Files.isRegularFile(CHECKOUT_DATASET) ? DatasetRef.of(CHECKOUT_DATASET) : DatasetRef.bundled();
    }
}
