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
        String name = root + "/" + relativePath;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new NoSuchFileException(display(relativePath));
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String display(String relativePath) {
        return "(bundled) " + relativePath;
    }
}
