package app.corridor.curate;

import app.corridor.i18n.Messages;
import app.corridor.i18n.Phrase;

/**
 * An exception whose reason the user reads: kept as a {@link Phrase}, so the window says it in the
 * reader's language while {@link #getMessage()} (logs, the command line) says it in English.
 */
public abstract class WordedException extends Exception {

    private final transient Phrase reason;

    protected WordedException(Phrase reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** The reason in the language of {@code words}. */
    public String getMessage(Messages words) {
        return reason.in(words);
    }
}
