package app.corridor.dataset;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import java.io.IOException;

/**
 * Where a dataset's files are read from: a directory on disk, or the dataset bundled in the app.
 * Paths are relative to the dataset file's own directory, so a dataset can be moved as one folder.
 */
public interface DatasetFiles {

    /**
     * The bytes of {@code relativePath}, which must be a regular file of at most
     * {@link DatasetLoader#MAX_DATASET_BYTES}.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws RefusedFileException when it is not a regular file or is too large
     */
    byte[] read(String relativePath) throws IOException;

    /**
     * The bytes of {@code relativePath}, refused (before anything is read) unless it is a regular
     * file of at most {@code maxBytes} bytes that lies, once every link is followed, inside the
     * folder {@code within} (relative to the dataset's folder; null for anywhere). A named pipe, a
     * device or a folder is never opened, so a read can neither block nor run out of memory.
     *
     * <p>The default suits sources that cannot contain links (the bundled dataset): it checks the
     * size only.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws RefusedFileException saying why the file was refused
     */
    default byte[] read(String relativePath, String within, long maxBytes) throws IOException {
        byte[] bytes = read(relativePath);
        if (bytes.length > maxBytes) {
            throw RefusedFileException.tooLarge(bytes.length, maxBytes);
        }
        return bytes;
    }

    /**
     * {@code relativePath} to read as a stream, with the checks of {@link #read(String)}; the caller
     * closes it. The default reads the whole file first, which suits small files (the bundled dataset).
     */
    default InputStream open(String relativePath) throws IOException {
        return new ByteArrayInputStream(read(relativePath));
    }

    /** How to name {@code relativePath} in a message, e.g. {@code data/sources/x.txt}. */
    String display(String relativePath);
}
