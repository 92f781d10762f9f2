package app.corridor.export;

/**
 * How the caller of an export watches it and stops it. Called on the exporting thread; a GUI
 * forwards {@link #update} to its task's progress and answers {@link #isCancelled} from its
 * task's state.
 */
public interface ExportProgress {

    /** Ignores progress and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction how much is done, from 0 to 1 (never decreasing)
     * @param message  what is being done, for a status line
     */
    void update(double fraction, String message);

    /**
     * Asked often while exporting; once it answers true the export stops, removes what it had
     * written and throws {@link ExportCancelledException}.
     */
    boolean isCancelled();
}
