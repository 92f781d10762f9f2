package app.corridor.dataset;

import java.io.IOException;
import java.util.Locale;

/**
 * A dataset file that was not read because of what it is (a folder, a device, a named pipe), where
 * it lies (outside the dataset's {@code sources/} once links are followed) or its size. The message
 * is a plain sentence fragment for the user, e.g. "is a folder, not a file".
 */
public final class RefusedFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long limit;

    public RefusedFileException(String message) {
        this(message, -1, -1);
    }

    private RefusedFileException(String message, long size, long limit) {
        super(message);
        this.size = size;
        this.limit = limit;
    }

    /** A file of {@code size} bytes where at most {@code limit} are allowed. */
    public static RefusedFileException tooLarge(long size, long limit) {
        return new RefusedFileException("is " + size(size) + "; the limit is " + size(limit), size, limit);
    }

    /** True when the file was refused for its size alone. */
    public boolean isTooLarge() {
        return limit >= 0;
    }

    /** The file's size in bytes when {@link #isTooLarge()}, else -1. */
    public long size() {
        return size;
    }

    /** {@code 256 MB}, {@code 3.0 GB}, {@code 512 bytes}: binary units, as file managers mostly show. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
