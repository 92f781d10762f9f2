package app.corridor.ui.edit;

import javafx.stage.Window;

/** What the editor asks of the window around it. */
public interface EditorHost {

    /**
     * Opens the source {@code sourceId} in the source viewer, in curator mode, for the event
     * {@code eventId} (null: a new event): with its quote number {@code quoteIndex} chosen, whose
     * ends can then be moved, or, with -1, to select words to quote.
     */
    void showInSource(String sourceId, String eventId, int quoteIndex);

    /** The timeline selects the event {@code eventId} where it shows it. */
    void selectEvent(String eventId);

    /** Asks for a document to import as a source, and imports it. */
    void importSource();

    /** Saves the dataset (asking first when the file changed on disk). */
    void save();

    /** The window dialogs belong to. */
    Window owner();
}
