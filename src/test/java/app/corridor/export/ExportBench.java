package app.corridor.export;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.Dataset;
import app.corridor.render.Theme;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times exports of the curated data and reports the peak heap of each (not a test). Run after
 * {@code ./mvnw -q package -DskipTests}:
 *
 * <pre>
 * java -Xmx1g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" \
 *     app.corridor.export.ExportBench /tmp/bench
 * </pre>
 *
 * Each case runs once to warm up, then three times; the best time and the highest peak heap
 * (heap in use after a GC before the run, plus what the run added at its peak) are printed.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/corridor-bench");
        Files.createDirectories(dir);
        Dataset d = new DatasetLoader().load(new DirectoryDatasetFiles(Path.of("data")), "events.json").dataset();
        ExportRange range = ExportRange.spanning(d.events());
        String filters = d.events().size() + " events \u00b7 no filters";
        Object[][] cases = {
                {"png-3000-2x.png", ExportRequest.of(ExportFormat.PNG, range).withWidth(3000).withScale(2)},
                {"png-20000-1x.png", ExportRequest.of(ExportFormat.PNG, range).withWidth(20000).withScale(1)},
                {"png-20000-3x.png", ExportRequest.of(ExportFormat.PNG, range).withWidth(20000).withScale(3)},
                {"svg-1600.svg", ExportRequest.of(ExportFormat.SVG, range)},
                {"pdf-a4.pdf", ExportRequest.of(ExportFormat.PDF, range)},
                {"png-1600-dark.png", ExportRequest.of(ExportFormat.PNG, range).withScale(1).withTheme(Theme.dark())},
                {"chronology-a4.pdf", ExportRequest.of(ExportFormat.PDF, range).withLayout(ExportLayout.CHRONOLOGY)},
                {"chronology.md", ExportRequest.of(ExportFormat.MARKDOWN, range)},
        };
        ExportService service = new ExportService();
        System.out.printf(Locale.ROOT, "%-20s %12s %10s %10s %12s%n", "case", "size", "best ms", "peak MB", "file KB");
        for (Object[] c : cases) {
            Path target = dir.resolve((String) c[0]);
            ExportRequest request = ((ExportRequest) c[1]).withTitle(d.title());
            long best = Long.MAX_VALUE;
            long peak = 0;
            ExportResult result = null;
            for (int run = 0; run < 4; run++) {
                System.gc();
                long base = heapUsed();
                resetPeaks();
                long t0 = System.nanoTime();
                result = service.export(request, d.events(), id -> d.actor(id).orElse(null), d.sources(), filters,
                        target, true, ExportProgress.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (run > 0) {
                    best = Math.min(best, ms);
                    peak = Math.max(peak, Math.max(base, peakHeap()));
                }
            }
            System.out.printf(Locale.ROOT, "%-20s %12s %10d %10.1f %12d%n", c[0],
                    result.pixelWidth() + "x" + result.pixelHeight(), best, peak / 1048576.0, result.bytes() / 1024);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
