package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo over immutable documents: each step keeps the document after it (documents share
 * every entry they did not change, so a step costs a list of references, not a copy). At most
 * {@link #LIMIT} steps are kept; the oldest go first.
 */
final class History {

    /** How many steps can be undone. */
    static final int LIMIT = 1000;

    private record Step(String label, DatasetDto document) {
    }

    private final List<Step> steps = new ArrayList<>();
    private int position;
    private DatasetDto origin;

    History(DatasetDto origin) {
        this.origin = origin;
    }

    void push(String label, DatasetDto document) {
        steps.subList(position, steps.size()).clear();
        steps.add(new Step(label, document));
        if (steps.size() > LIMIT) {
            origin = steps.remove(0).document();
        }
        position = steps.size();
    }

    DatasetDto current() {
        return position == 0 ? origin : steps.get(position - 1).document();
    }

    Optional<String> undoLabel() {
        return position == 0 ? Optional.empty() : Optional.of(steps.get(position - 1).label());
    }

    Optional<String> redoLabel() {
        return position == steps.size() ? Optional.empty() : Optional.of(steps.get(position).label());
    }

    /** Steps back; returns the document before the step undone. */
    DatasetDto undo() {
        if (position == 0) {
            throw new IllegalStateException("nothing to undo");
        }
        position--;
        return current();
    }

    /** Steps forward again; returns the document after the step redone. */
    DatasetDto redo() {
        if (position == steps.size()) {
            throw new IllegalStateException("nothing to redo");
        }
        position++;
        return current();
    }
}
