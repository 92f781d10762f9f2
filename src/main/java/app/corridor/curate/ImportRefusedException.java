package app.corridor.curate;

import app.corridor.i18n.Phrase;

/** A file that cannot be imported as a source; the message says why and what to do. Nothing was written. */
public final class ImportRefusedException extends WordedException {

    /** Refused for {@code reason}; {@link #getMessage()} says it in English. */
    public ImportRefusedException(Phrase reason) {
        super(reason);
    }
}
