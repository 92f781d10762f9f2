package app.corridor.curate;

/** A file that cannot be imported as a source; the message says why and what to do. Nothing was written. */
public final class ImportRefusedException extends Exception {

    public ImportRefusedException(String message) {
        super(message);
    }
}
