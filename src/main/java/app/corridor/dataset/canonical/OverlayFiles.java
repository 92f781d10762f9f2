package app.corridor.dataset.canonical;

import app.corridor.dataset.DatasetFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * A dataset's files with the dataset file itself held in memory: how a document that is being
 * edited, and not yet saved, is checked by the very loader that checks files
 * ({@code new DatasetLoader().load(overlay, fileName)}), its source texts read from where they are.
 *
 * @param fileName the dataset file's name ({@code events.json})
 * @param content  the dataset file's bytes, as they would be saved
 * @param others   where every other file is read from, or null for nowhere
 */
public record OverlayFiles(String fileName, byte[] content, DatasetFiles others, String display)
        implements DatasetFiles {

    /** {@code content} as {@code fileName}, named in messages as {@code others} would name it. */
    public static OverlayFiles over(DatasetFiles others, String fileName, byte[] content) {
        return new OverlayFiles(fileName, content, others, others.display(fileName));
    }

    /** {@code content} alone, with no source texts: enough to locate problems in the file itself. */
    public static OverlayFiles alone(String display, byte[] content) {
        return new OverlayFiles(display, content, null, display);
    }

    @Override
    public byte[] read(String relativePath) throws IOException {
        if (relativePath.equals(fileName)) {
            return content.clone();
        }
        if (others == null) {
            throw new NoSuchFileException(relativePath);
        }
        return others.read(relativePath);
    }

    /** Every other file as {@code others} reads it, with its checks (links, folder, size), not only the size's. */
    @Override
    public byte[] read(String relativePath, String within, long maxBytes) throws IOException {
        if (relativePath.equals(fileName) || others == null) {
            return DatasetFiles.super.read(relativePath, within, maxBytes);
        }
        return others.read(relativePath, within, maxBytes);
    }

    @Override
    public String display(String relativePath) {
        if (relativePath.equals(fileName)) {
            return display;
        }
        return others == null ? relativePath : others.display(relativePath);
    }
}
