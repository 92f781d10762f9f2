package app.corridor.curate;

import app.corridor.i18n.Messages;
import app.corridor.i18n.Phrase;

/** A file that cannot be imported as a source; the message says why and what to do. Nothing was written. */
public final class ImportRefusedException extends Exception {

    private final transient Phrase reason;

    /** Refused for {@code reason}; {@link #getMessage()} says it in English. */
    public ImportRefusedException(Phrase reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** Why, in the language of {@code words}. */
    public String getMessage(Messages words) {
        return reason.in(words);
    }
}
