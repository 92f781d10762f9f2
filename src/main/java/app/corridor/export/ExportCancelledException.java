package app.corridor.export;

import java.nio.file.Path;

/** The caller cancelled the export (see {@link ExportProgress#isCancelled()}); nothing was written. */
public final class ExportCancelledException extends ExportException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException(Path target) {
        super(target, "Export to " + target + " cancelled; nothing was written");
    }
}
