package app.corridor.export;

import java.nio.file.Path;

/**
 * The target file exists and the caller did not allow replacing it: the GUI asks the user, the
 * command line points to {@code --force}.
 */
public final class TargetExistsException extends ExportException {

    private static final long serialVersionUID = 1L;

    public TargetExistsException(Path target) {
        super(target, target + " already exists; it was left as it was");
    }
}
