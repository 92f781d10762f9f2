package app.corridor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** The dataset bundled in the application, read from the class path under {@code root}. */
public record ClasspathDatasetFiles(ClassLoader loader, String root) implements DatasetFiles {

    /** The dataset built into the jar from the repository's {@code data/} folder. */
    public static ClasspathDatasetFiles bundled() {
        return new ClasspathDatasetFiles(ClasspathDatasetFiles.class.getClassLoader(), "app/corridor/bundled");
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        return read(relativePath, null, DatasetLoader.MAX_DATASET_BYTES);
    }

    /** Resources hold no links, so only the size is checked, while reading. */
    @Override
    public byte[] read(String relativePath, String within, long maxBytes) throws IOException {
        String name = root + "/" + relativePath;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new NoSuchFileException(display(relativePath));
            }
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw RefusedFileException.tooLarge(bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream()), maxBytes);
            }
            return bytes;
        }
    }

    @Override
    public String display(String relativePath) {
        return "(bundled) " + relativePath;
    }
}
