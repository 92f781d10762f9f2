package app.corridor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A dataset in a directory on disk. */
public record DirectoryDatasetFiles(Path directory) implements DatasetFiles {

    @Override
    public byte[] read(String relativePath) throws IOException {
        return read(relativePath, null, DatasetLoader.MAX_DATASET_BYTES);
    }

    @Override
    public byte[] read(String relativePath, String within, long maxBytes) throws IOException {
        Path path;
        try {
            path = directory.resolve(relativePath);
        } catch (InvalidPathException e) {
            throw new RefusedFileException("is not a file name this system accepts (" + e.getReason() + ")");
        }
        // Links are followed once, here, and every check is made on where they lead.
        Path real = path.toRealPath();
        if (within != null) {
            Path folder = directory.toRealPath().resolve(within);
            if (!real.startsWith(folder)) {
                throw new RefusedFileException("leads outside " + within + "/ (to " + real + "); a source file "
                        + "must lie in the dataset's " + within + "/ folder, links included");
            }
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new RefusedFileException("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedFileException("is not a regular file (a device, a named pipe or a socket cannot be read "
                    + "as a dataset file)");
        }
        if (attributes.size() > maxBytes) {
            throw RefusedFileException.tooLarge(attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(real)) {
            // The file may have grown since it was measured: never read more than the limit.
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw RefusedFileException.tooLarge(Files.size(real), maxBytes);
            }
            return bytes;
        }
    }

    @Override
    public String display(String relativePath) {
        Path path;
        try {
            path = directory.resolve(relativePath).normalize();
        } catch (InvalidPathException e) {
            return directory.resolve("?").toString();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : path.toString();
    }
}
