package app.corridor.curate;

import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import app.corridor.model.Dataset;
import java.util.List;

/**
 * The validator's verdict on a document being edited: the same problems, in the same words and
 * at the same lines, as {@code corridor validate} would print for it once saved, each with the
 * field it is about.
 *
 * @param result   what the loader made of the document (a {@link Dataset} when it is valid)
 * @param problems every problem with its field, in the order of the file
 */
public record Validation(LoadResult result, List<FieldProblem> problems) {

    /** A problem and where in the document it is. */
    public record FieldProblem(Problem problem, FieldRef field) {
    }

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return result.isValid();
    }

    /** The validated dataset, for the timeline and filters; null while the document has problems. */
    public Dataset dataset() {
        return result.dataset();
    }
}
