package app.corridor.ui.edit;

import app.corridor.curate.Edit;
import app.corridor.curate.EditSession;
import app.corridor.curate.Validation;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.store.Store;
import java.nio.file.Path;

/**
 * What one check of curator mode costs on a big dataset: the first check when it starts from the
 * dataset the window shows; then, for six edits in a row, validating the edited document by the
 * loader's rules (the first whole, as with nothing shown to start from) and making the store in
 * memory the window then shows (built for the first version, changed in place for the next ones). Prints figures; not a
 * test. Make a dataset first with {@code ./corridor generate --events 10000 -o DIR}, then run
 * {@code java -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)"
 * app.corridor.ui.edit.CheckBench DIR/events.json}.
 */
public final class CheckBench {

    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        // Entering curator mode on the dataset the window shows; the first round below checks it whole.
        LoadResult shown = new DatasetLoader().load(new DirectoryDatasetFiles(file.getParent()),
                file.getFileName().toString());
        try (EditSession session = EditSession.open(file)) {
            long t0 = System.nanoTime();
            Validation from = session.validate(shown.dataset(), shown.contentHash());
            System.out.printf("first check, from the dataset shown: %.0f ms (%s)%n", (System.nanoTime() - t0) / 1e6,
                    from.result().contentHash() == null ? "taken" : "not taken: checked whole");
        }
        Store store = null;
        try (EditSession session = EditSession.open(file)) {
            for (int round = 0; round < 6; round++) {
                EventDto e = session.document().events().get(round);
                long t0 = System.nanoTime();
                session.apply(new Edit.PutEvent(e.id(), new EventDto(e.id(), e.title() + " (checked)", e.kind(),
                        e.date(), e.location(), e.actors(), e.summary(), e.note(), e.quotes())));
                long t1 = System.nanoTime();
                Validation v = session.validate();
                long t2 = System.nanoTime();
                // As curator mode does: the store shown changed in place when it can be, else built.
                boolean changed = store != null && store.update(v.dataset());
                if (!changed) {
                    if (store != null) {
                        store.close();
                    }
                    store = Store.inMemory(v.dataset(), v.result().contentHash(), file.resolveSibling("x.db"));
                }
                long t3 = System.nanoTime();
                System.out.printf("%d events: edit %.1f ms, validate %.0f ms, store in memory %s %.0f ms, %d problems%n",
                        session.document().events().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        changed ? "changed" : "built", (t3 - t2) / 1e6, v.problems().size());
            }
            session.revert();
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }
}
