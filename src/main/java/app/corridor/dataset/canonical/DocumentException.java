package app.corridor.dataset.canonical;

import app.corridor.dataset.Problem;

/**
 * A file that cannot be read as a dataset document at all (not UTF-8, not JSON, a key twice, a
 * key the format does not have, a number where text belongs), so it cannot be formatted or edited
 * without losing something: the problem says where, as {@code corridor validate} does.
 */
public final class DocumentException extends Exception {

    private final transient Problem problem;

    public DocumentException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    /** Where and what: file, line, column, JSON path and message. */
    public Problem problem() {
        return problem;
    }
}
