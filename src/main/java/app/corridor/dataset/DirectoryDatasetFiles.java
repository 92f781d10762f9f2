package app.corridor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        return readAtMost(real, (int) attributes.size(), maxBytes);
    }

    /** Reads {@code size} bytes into an array of that size (no growing buffers), refusing a file that grew past the limit. */
    private static byte[] readAtMost(Path file, int size, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // Into one array of the file's size: readNBytes(int) would gather chunks and copy them.
            byte[] bytes = new byte[size];
            int read = in.readNBytes(bytes, 0, size);
            if (read < size) {
                return java.util.Arrays.copyOf(bytes, read); // it shrank since it was measured
            }
            if (in.read() >= 0) {
                // It grew since it was measured: read the rest only up to the limit.
                long more = 1 + in.transferTo(OutputStream.nullOutputStream());
                if (size + more > maxBytes) {
                    throw RefusedFileException.tooLarge(size + more, maxBytes);
                }
                return Files.readAllBytes(file);
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
