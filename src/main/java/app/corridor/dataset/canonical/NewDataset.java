package app.corridor.dataset.canonical;

import app.corridor.dataset.DatasetFiles;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.SourceDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates dataset folders: an empty one ({@code events.json} with a schema version, a title and no
 * sources, actors or events, in canonical form, and an empty {@code sources/} folder), as
 * {@code corridor new} and File → New dataset… do; or a copy of another dataset to edit, as
 * "Save as a copy to edit…" does for the bundled one.
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
        return new DatasetDto(java.math.BigInteger.valueOf(DatasetLoader.SCHEMA_VERSION), title, List.of(), List.of(),
                List.of());
    }

    /**
     * Creates the dataset in {@code folder}, which must not exist or be empty; returns its
     * {@code events.json}.
     *
     * @throws IOException with a message to show when the folder holds anything or cannot be created
     */
    public static Path create(Path folder, String title) throws IOException {
        requireEmpty(folder);
        Files.createDirectories(folder.resolve(SOURCES));
        Path events = folder.resolve(DatasetLoader.DATASET_FILE);
        SafeSave.writeAtomically(events, CanonicalJson.bytes(emptyDocument(title)));
        return events;
    }

    /**
     * Copies a dataset (the bundled one, which opens read-only, or any other) into {@code folder},
     * which must not exist or be empty, to be edited there: its source texts byte for byte, then its
     * {@code events.json} in canonical form. Returns the new {@code events.json}.
     *
     * @throws DocumentException when the dataset file cannot be held whole in a document
     * @throws IOException       when the folder holds anything, or a file cannot be read or written
     */
    public static Path copy(DatasetFiles from, String fileName, Path folder) throws IOException, DocumentException {
        requireEmpty(folder);
        DatasetDto document = DatasetDocuments.read(from.read(fileName), from.display(fileName));
        Files.createDirectories(folder.resolve(SOURCES));
        for (SourceDto source : document.sources() == null ? List.<SourceDto>of() : document.sources()) {
            Path target = folder.resolve(source.file()).normalize();
            if (!target.startsWith(folder.resolve(SOURCES).normalize())) {
                continue; // the validator reports a file outside sources/; it is not copied out of the folder
            }
            Files.createDirectories(target.getParent());
            Files.write(target, from.read(source.file()));
        }
        Path events = folder.resolve(DatasetLoader.DATASET_FILE);
        SafeSave.writeAtomically(events, CanonicalJson.bytes(document));
        return events;
    }

    private static void requireEmpty(Path folder) throws IOException {
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
    }
}
