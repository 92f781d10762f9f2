package app.corridor.cli;

import app.corridor.dataset.DatasetRef;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The desktop app's start when the arguments are only its own options ({@code --dataset FILE},
 * {@code --store-dir DIR}, each at most once), read without picocli. picocli is compiled for Java 5,
 * too old for a class archive: its 175 classes, read and verified from its jar, took 0.13-0.16 s
 * before the toolkit could start. Anything else, a dataset that is not a file among them, is left to
 * picocli ({@link CorridorCommand#commandLine(GuiLauncher, String...)}), whose messages say what is wrong.
 *
 * @param dataset  the dataset to show
 * @param storeDir the store's directory, or null for the default
 */
public record AppStart(DatasetRef dataset, Path storeDir) {

    private static final String DATASET = "--dataset";
    private static final String STORE_DIR = "--store-dir";

    /** The start {@code args} ask for, or null when they are not the app's options alone, well formed. */
    public static AppStart of(String... args) {
        String dataset = null;
        String storeDir = null;
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals < 0 ? args[i] : args[i].substring(0, equals);
            String value = equals >= 0 ? args[i].substring(equals + 1) : ++i < args.length ? args[i] : null;
            if (value == null || value.isEmpty() || value.startsWith("-") || CorridorCommand.isCommand(value)) {
                return null;
            }
            if (name.equals(DATASET) && dataset == null) {
                dataset = value;
            } else if (name.equals(STORE_DIR) && storeDir == null) {
                storeDir = value;
            } else {
                return null;
            }
        }
        try {
            DatasetRef ref = DatasetOption.namedOrStandard(dataset);
            return ref == null ? null : new AppStart(ref, storeDir == null ? null : Path.of(storeDir));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
