package app.corridor.curate;

/**
 * An edit that cannot be made to the document as it is (an id already taken, an actor still taking
 * part in events); the message says why and what to do. The document is unchanged.
 */
public final class EditRefusedException extends Exception {

    public EditRefusedException(String message) {
        super(message);
    }
}
