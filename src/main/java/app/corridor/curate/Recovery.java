package app.corridor.curate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Unsaved work found beside a dataset when it is opened: the edits a crashed or killed session
 * journaled. The editor offers it back ({@link EditSession#recover}) or sets it aside
 * ({@link EditSession#discardRecovery}).
 *
 * @param journal              the recovery file
 * @param labels               each edit in words, oldest first ("Edit event “…”", "Undo …")
 * @param written              when the last edit was journaled
 * @param datasetChangedSince  true when the dataset file changed after those edits began (another
 *                             program, a git pull): they will be applied to the file as it is now
 * @param lastEditCut          true when the last edit was being written as the process died, and is lost
 */
public record Recovery(Path journal, List<String> labels, Instant written, boolean datasetChangedSince,
                       boolean lastEditCut) {

    public Recovery {
        labels = List.copyOf(labels);
    }

    /** How many edits can be brought back. */
    public int edits() {
        return labels.size();
    }
}
