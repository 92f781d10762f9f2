package app.corridor.dataset;

import java.nio.file.Path;

/**
 * A dataset to open: where its files are and the dataset file's name among them.
 *
 * @param fileName the dataset file, relative to {@code files} (usually {@code events.json})
 */
public record DatasetRef(DatasetFiles files, String fileName) {

    /** The dataset that ships with the app. */
    public static DatasetRef bundled() {
        return new DatasetRef(ClasspathDatasetFiles.bundled(), DatasetLoader.DATASET_FILE);
    }

    /** A dataset file on disk; its sources are found relative to its directory. */
    public static DatasetRef of(Path datasetFile) {
        Path absolute = datasetFile.toAbsolutePath();
        return new DatasetRef(new DirectoryDatasetFiles(absolute.getParent()), absolute.getFileName().toString());
    }

    /** How to name the dataset file in messages. */
    public String display() {
        return files.display(fileName);
    }
}
