package app.corridor.curate;

import java.nio.file.Path;

/**
 * The dataset file changed on disk after it was opened (another program, a git pull), so saving
 * would replace someone's changes: the editor asks before {@link EditSession#saveReplacingChangesOnDisk}.
 */
public final class ChangedOnDiskException extends Exception {

    private static final String MESSAGE = "%s has changed on disk since it was opened (in another program, or by a "
            + "git pull); saving now would replace those changes. Open it again to see them, or save anyway: the "
            + "version on disk is then kept in %s.";

    public ChangedOnDiskException(Path file, String backupFolder) {
        super(String.format(MESSAGE, file, backupFolder));
    }
}
