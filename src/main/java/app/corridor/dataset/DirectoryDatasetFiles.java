package app.corridor.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A dataset in a directory on disk. */
public record DirectoryDatasetFiles(Path directory) implements DatasetFiles {

    @Override
    public byte[] read(String relativePath) throws IOException {
        return Files.readAllBytes(directory.resolve(relativePath));
    }

    @Override
    public String display(String relativePath) {
        Path path = directory.resolve(relativePath).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : path.toString();
    }
}
