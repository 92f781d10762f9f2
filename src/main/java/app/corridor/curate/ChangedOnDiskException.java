package app.corridor.curate;

import app.corridor.i18n.Phrase;
import java.nio.file.Path;

/**
 * The dataset file changed on disk after it was opened (another program, a git pull), so saving
 * would replace someone's changes: the editor asks before {@link EditSession#saveReplacingChangesOnDisk}.
 */
public final class ChangedOnDiskException extends WordedException {

    private static final String MESSAGE = "curate.changed-on-disk";

    public ChangedOnDiskException(Path file, String backupFolder) {
        super(Phrase.of(MESSAGE, file.toString(), backupFolder));
    }
}
