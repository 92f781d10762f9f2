package app.corridor.dataset;

import app.corridor.io.FileBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
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
        return readAtMost(checked(relativePath, within, maxBytes), maxBytes);
    }

    /** A stream of the file; it is at most {@link DatasetLoader#MAX_DATASET_BYTES} when opened. */
    @Override
    public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(checked(relativePath, null, DatasetLoader.MAX_DATASET_BYTES).path());
    }

    /** A file found and measured: where its links lead, and its size then. */
    private record Checked(Path path, long size) {
    }

    /** Refuses {@code relativePath} unless it may be read, as {@link DatasetFiles#read(String, String, long)} says. */
    private Checked checked(String relativePath, String within, long maxBytes) throws IOException {
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
        return new Checked(real, attributes.size());
    }

    /** Reads {@code size} bytes into an array of that size (no growing buffers), refusing a file that grew past the limit. */
    private static byte[] readAtMost(Checked file, long maxBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file.path())) {
            byte[] bytes = FileBytes.readToEnd(channel, new byte[(int) file.size()], maxBytes);
            if (bytes.length > maxBytes) {
                // It grew since it was measured, past the limit: the rest is not read.
                throw RefusedFileException.tooLarge(Math.max(bytes.length, channel.size()), maxBytes);
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
