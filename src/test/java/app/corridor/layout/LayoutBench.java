package app.corridor.layout;

import app.corridor.model.Event;
import app.corridor.render.Theme;
import app.corridor.render.TimelinePainter;
import app.corridor.render.RecordingSurface;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints how long the timeline's per-frame work takes on generated data: a bench command, not a
 * test (timings on shared 2-core machines are noise for assertions). Run after {@code ./mvnw
 * test-compile}; the events are those {@code corridor generate} writes:
 * <pre>java -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" app.corridor.layout.LayoutBench [events]</pre>
 */
public final class LayoutBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Event> events = SyntheticEvents.generate(n, 1);
        TimelineLayoutEngine engine = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard());
        TimelinePainter painter = new TimelinePainter();
        LocalDate today = LocalDate.of(2026, 11, 23);
        double width = 1400;
        double height = 900;
        long t = System.nanoTime();
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, id -> null);
        System.out.printf("%,d events in %d lanes: grouping and indexing %.1f ms%n", n, lanes.size(),
                (System.nanoTime() - t) / 1e6);
        double start = LocalDate.of(1951, 1, 1).toEpochDay();
        double end = LocalDate.of(2027, 1, 1).toEpochDay();
        TimeScale fit = TimeScale.fit(start, end, width - 180, 20);
        for (double zoom : new double[] {1, 10, 100, 1000}) {
            TimeScale scale = fit.zoom(zoom, (width - 180) / 2, new TimeScale.ZoomLimits(1e-6, 1e6));
            // A zoom frame packs every lane again; a pan frame reuses the packing.
            TimeScale.ZoomLimits any = new TimeScale.ZoomLimits(1e-6, 1e6);
            int[] frame = {0};
            // Each frame a slightly different zoom, as during an animated zoom: every lane packs again.
            double zoomMs = time(() -> engine.layout(lanes, scale.zoom(1 + 1e-4 * (++frame[0] % 50), 0, any),
                    width, height, 0, today), 30);
            double panMs = time(() -> engine.layout(lanes, scale.pan(7), width, height, 0, today), 200);
            TimelineLayout layout = engine.layout(lanes, scale, width, height, 0, today);
            RecordingSurface surface = new RecordingSurface();
            double paintMs = time(() -> painter.paint(layout, surface, Theme.light(), TimelinePainter.Decorations.NONE),
                    200);
            System.out.printf("zoom x%-5.0f %8.1f days visible: %4d items, %3d clusters in view; zoom frame %6.2f ms, "
                            + "pan frame %5.2f ms, paint (no-op surface) %5.2f ms%n", zoom, scale.visibleDays(width - 180),
                    layout.items().size(), layout.clusters().size(), zoomMs, panMs, paintMs);
        }
    }

    /** Mean milliseconds of {@code runs} runs after as many warm-up runs. */
    private static double time(Runnable work, int runs) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        return (System.nanoTime() - t) / 1e6 / runs;
    }
}
