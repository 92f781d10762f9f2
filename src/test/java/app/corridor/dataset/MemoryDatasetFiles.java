package app.corridor.dataset;

import java.nio.file.NoSuchFileException;
import java.util.Map;

/** A dataset held in memory, for tests that build thousands of them. */
record MemoryDatasetFiles(Map<String, byte[]> files) implements DatasetFiles {

    @Override
    public byte[] read(String relativePath) throws NoSuchFileException {
        byte[] bytes = files.get(relativePath);
        if (bytes == null) {
            throw new NoSuchFileException(relativePath);
        }
        return bytes.clone();
    }

    @Override
    public String display(String relativePath) {
        return "mem/" + relativePath;
    }
}
