package app.corridor.curate;

import app.corridor.dataset.Dto.EventDto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one edit costs the thread that makes it (curator mode's UI thread) on a big dataset: the
 * edit, its place in canonical order, its entry in the undo history and the recovery journal, and
 * the state the editor reads next. Six kinds of edit, ten rounds each; prints the median and range of
 * the last seven rounds, then the heap each edit keeps (the undo history's step). Not a test. The dataset file is copied first (edits leave a recovery file
 * beside it): {@code ./corridor generate --events 100000 -o DIR}, then {@code java -cp
 * "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" app.corridor.curate.EditBench
 * DIR/events.json}.
 */
public final class EditBench {

    private static final int ROUNDS = Integer.getInteger("rounds", 10);
    private static final int WARM_UP = 3;

    private EditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path given = Path.of(args[0]).toAbsolutePath();
        Path copy = given.resolveSibling("edit-bench-" + ProcessHandle.current().pid() + ".json");
        Files.copy(given, copy);
        Map<String, List<Double>> times = new TreeMap<>();
        double keptPerEdit;
        try (EditSession session = EditSession.open(copy)) {
            int n = session.document().events().size();
            for (int round = 0; round < ROUNDS; round++) {
                List<EventDto> events = session.document().events();
                EventDto e = events.get((round * 7919) % n);
                time(times, "retitle an event", session, new Edit.PutEvent(e.id(), with(e, e.title() + " (edited)",
                        e.date())));
                EventDto far = session.document().events().get(n - 1 - (round * 104_729) % (n / 2));
                EventDto moved = session.document().events().stream().filter(x -> x.id().equals(e.id())).findFirst()
                        .orElseThrow();
                time(times, "redate an event (it moves)", session, new Edit.PutEvent(moved.id(),
                        with(moved, moved.title(), far.date())));
                EventDto added = new EventDto("bench-" + round, "Added by the bench", "call", e.date(), null,
                        List.of(), null, null, List.of());
                time(times, "add an event", session, new Edit.PutEvent(null, added));
                time(times, "delete an event", session, new Edit.DeleteEvent(added.id()));
                long t0 = System.nanoTime();
                session.undo();
                session.state();
                record(times, "undo", t0);
                t0 = System.nanoTime();
                session.redo();
                session.state();
                record(times, "redo", t0);
            }
            // What the undo history and the journal keep per edit: heap after 200 more edits.
            long before = heapAfterCollection();
            for (int i = 0; i < 200; i++) {
                EventDto e = session.document().events().get((i * 7919) % n);
                session.apply(new Edit.PutEvent(e.id(), with(e, e.title() + " (kept)", e.date())));
            }
            keptPerEdit = (heapAfterCollection() - before) / 200 / 1e3;
            session.revert();
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(Journal.pathFor(copy));
        }
        times.forEach((what, ms) -> {
            List<Double> last = new ArrayList<>(ms.subList(WARM_UP, ms.size()));
            Collections.sort(last);
            System.out.printf("%-28s median %7.2f ms  (%.2f–%.2f)%n", what, last.get(last.size() / 2), last.get(0),
                    last.get(last.size() - 1));
        });
        System.out.printf("heap kept per edit: %.1f KB (200 edits)%n", keptPerEdit);
    }

    private static long heapAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void time(Map<String, List<Double>> times, String what, EditSession session, Edit edit)
            throws EditRefusedException {
        long t0 = System.nanoTime();
        session.apply(edit);
        session.state();
        record(times, what, t0);
    }

    private static void record(Map<String, List<Double>> times, String what, long t0) {
        times.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
    }

    private static EventDto with(EventDto e, String title, String date) {
        return new EventDto(e.id(), title, e.kind(), date, e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }
}
