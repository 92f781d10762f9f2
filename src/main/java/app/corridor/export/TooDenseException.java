package app.corridor.export;

import java.nio.file.Path;

/**
 * The events are too many to draw legibly at the chosen size; nothing was written. The verdict
 * says how dense and what would help; the caller asks the user, or passes
 * {@link ExportRequest#withAllowDense(boolean)} to draw it anyway.
 */
public final class TooDenseException extends ExportException {

    private static final long serialVersionUID = 1L;

    private final transient Density verdict;

    public TooDenseException(Path target, Density verdict) {
        super(target, verdict.summary() + "; nothing was written");
        this.verdict = verdict;
    }

    public Density verdict() {
        return verdict;
    }
}
