package app.corridor.curate;

import app.corridor.i18n.Phrase;

/**
 * An edit that cannot be made to the document as it is (an id already taken, an actor still taking
 * part in events); the message says why and what to do. The document is unchanged.
 */
public final class EditRefusedException extends WordedException {

    /** Refused for {@code reason}; {@link #getMessage()} says it in English. */
    public EditRefusedException(Phrase reason) {
        super(reason);
    }
}
