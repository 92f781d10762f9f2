package app.corridor.curate;

import app.corridor.i18n.Messages;
import app.corridor.i18n.Phrase;
import java.nio.file.Path;

/**
 * The dataset file changed on disk after it was opened (another program, a git pull), so saving
 * would replace someone's changes: the editor asks before {@link EditSession#saveReplacingChangesOnDisk}.
 */
public final class ChangedOnDiskException extends Exception {

    private static final String MESSAGE = "curate.changed-on-disk";

    private final transient Phrase reason;

    public ChangedOnDiskException(Path file, String backupFolder) {
        this(Phrase.of(MESSAGE, file.toString(), backupFolder));
    }

    private ChangedOnDiskException(Phrase reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** What happened and what can be done, in the language of {@code words}. */
    public String getMessage(Messages words) {
        return reason.in(words);
    }
}
