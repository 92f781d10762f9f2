package app.corridor.dataset;

import java.io.IOException;

/**
 * Where a dataset's files are read from: a directory on disk, or the dataset bundled in the app.
 * Paths are relative to the dataset file's own directory, so a dataset can be moved as one folder.
 */
public interface DatasetFiles {

    /**
     * The bytes of {@code relativePath}.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    byte[] read(String relativePath) throws IOException;

    /** How to name {@code relativePath} in a message, e.g. {@code data/sources/x.txt}. */
    String display(String relativePath);
}
