package app.corridor.curate;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.model.EntryDiff;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo over immutable documents. Only the current document is held whole; each step keeps
 * the entries it replaced and the ones it put in their place, by position, to go back and forth
 * (a document of 100,000 events kept whole per step cost 420 KB of references each, 420 MB at the
 * limit). Stepping rebuilds the neighbouring document from the current one: the same entries in the
 * same order, so it equals the document it was. At most {@link #LIMIT} steps are kept; the oldest go
 * first.
 */
final class History {

    /** How many steps can be undone. */
    static final int LIMIT = 1000;

    private record Step(String label, Patch back, Patch forward) {
    }

    private final List<Step> steps = new ArrayList<>();
    private int position;
    private DatasetDto current;

    History(DatasetDto origin) {
        this.current = origin;
    }

    void push(String label, DatasetDto document) {
        steps.subList(position, steps.size()).clear();
        steps.add(new Step(label, Patch.between(document, current), Patch.between(current, document)));
        if (steps.size() > LIMIT) {
            steps.remove(0);
        }
        current = document;
        position = steps.size();
    }

    DatasetDto current() {
        return current;
    }

    /**
     * Puts {@code same}, a document equal to the current one, in its place: the document as saved,
     * which an editor may tell by identity, once undo or redo has rebuilt its equal.
     */
    void replaceCurrent(DatasetDto same) {
        if (!same.equals(current)) {
            throw new IllegalArgumentException("not the current document");
        }
        current = same;
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
        current = steps.get(position).back().applyTo(current);
        return current;
    }

    /** Steps forward again; returns the document after the step redone. */
    DatasetDto redo() {
        if (position == steps.size()) {
            throw new IllegalStateException("nothing to redo");
        }
        current = steps.get(position).forward().applyTo(current);
        position++;
        return current;
    }

    /** What turns one document into another: its title and version, and each collection's change. */
    private record Patch(BigInteger schemaVersion, String title, ListPatch<SourceDto> sources,
                         ListPatch<ActorDto> actors, ListPatch<EventDto> events) {

        static Patch between(DatasetDto from, DatasetDto to) {
            return new Patch(to.schemaVersion(), to.title(), ListPatch.between(from.sources(), to.sources()),
                    ListPatch.between(from.actors(), to.actors()), ListPatch.between(from.events(), to.events()));
        }

        DatasetDto applyTo(DatasetDto document) {
            return new DatasetDto(schemaVersion, title, sources.applyTo(document.sources()),
                    actors.applyTo(document.actors()), events.applyTo(document.events()));
        }
    }

    /** What turns one version of a collection into another. */
    private sealed interface ListPatch<T> {

        List<T> applyTo(List<T> list);

        static <T> ListPatch<T> between(List<T> from, List<T> to) {
            if (from == to) {
                return new Same<>();
            }
            EntryDiff diff = from == null || to == null ? null : EntryDiff.between(from, to).orElse(null);
            if (diff == null) {
                return new Whole<>(to);
            }
            List<T> added = new ArrayList<>(diff.added().length);
            for (int i : diff.added()) {
                added.add(to.get(i));
            }
            return new Entries<>(diff.removed(), diff.added(), added);
        }
    }

    /** The collection is the same list. */
    private record Same<T>() implements ListPatch<T> {
        @Override
        public List<T> applyTo(List<T> list) {
            return list;
        }
    }

    /** A change to more entries than {@link EntryDiff#FEW}: the collection after it, whole. */
    private record Whole<T>(List<T> list) implements ListPatch<T> {
        @Override
        public List<T> applyTo(List<T> ignored) {
            return list;
        }
    }

    /**
     * A few entries out and others in.
     *
     * @param removed positions in the list before of the entries taken out, ascending
     * @param addedAt positions in the list after of the entries put in, ascending
     * @param added   those entries, in that order
     */
    private record Entries<T>(int[] removed, int[] addedAt, List<T> added) implements ListPatch<T> {
        @Override
        public List<T> applyTo(List<T> list) {
            int size = list.size() - removed.length + added.size();
            List<T> out = new ArrayList<>(size);
            int from = 0;
            int r = 0;
            int a = 0;
            while (out.size() < size) {
                if (a < addedAt.length && addedAt[a] == out.size()) {
                    out.add(added.get(a++));
                    continue;
                }
                while (r < removed.length && removed[r] == from) {
                    r++;
                    from++;
                }
                out.add(list.get(from++));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
