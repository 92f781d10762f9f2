package app.corridor.store;

/** The store could not be opened, read or written; the message says which file and what failed. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
