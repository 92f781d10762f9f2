package app.corridor.export;

import java.nio.file.Path;

/**
 * An export that could not be done, with a message a user can act on: which file, what failed.
 * No partial file is left behind when this is thrown.
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public ExportException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public ExportException(Path target, String message) {
        this(target, message, null);
    }

    /** The file the export was to write. */
    public Path target() {
        return target;
    }
}
