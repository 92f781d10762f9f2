package app.corridor.dataset.canonical;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.Dto.DatasetDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates an empty dataset folder: {@code events.json} (schema version, title, no sources, actors
 * or events) in canonical form, and an empty {@code sources/} folder. What {@code corridor new}
 * and File → New dataset… do.
 */
public final class NewDataset {

    /** The folder for source texts inside a dataset folder. */
    public static final String SOURCES = "sources";

    private static final String NOT_EMPTY = "%s already exists and is not empty: choose a new or empty folder "
            + "(nothing was changed)";
    private static final String NOT_A_FOLDER = "%s exists and is not a folder (nothing was changed)";

    private NewDataset() {
    }

    /** The empty document a new dataset starts from. */
    public static DatasetDto emptyDocument(String title) {
        return new DatasetDto(DatasetLoader.SCHEMA_VERSION, title, List.of(), List.of(), List.of());
    }

    /**
     * Creates the dataset in {@code folder}, which must not exist or be empty; returns its
     * {@code events.json}.
     *
     * @throws IOException with a message to show when the folder holds anything or cannot be created
     */
    public static Path create(Path folder, String title) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new IOException(String.format(NOT_A_FOLDER, folder));
            }
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(String.format(NOT_EMPTY, folder));
                }
            }
        }
        Files.createDirectories(folder.resolve(SOURCES));
        Path events = folder.resolve(DatasetLoader.DATASET_FILE);
        SafeSave.writeAtomically(events, CanonicalJson.bytes(emptyDocument(title)));
        return events;
    }
}
