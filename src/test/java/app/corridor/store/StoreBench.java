package app.corridor.store;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Hashing;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Source;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figures for the store on generated datasets: a first start (validate + import) and a start with
 * the store built (the dataset files' check, the integrity check, reading the dataset back).
 * Not a test: run it by hand, e.g. on 1k, 10k and 100k events, each size in a fresh JVM so that
 * every first start is a cold one:
 * <pre>./mvnw -q test-compile && for n in 1000 10000 100000; do java -Xmx2g -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" app.corridor.store.StoreBench /tmp/store-bench $n; done</pre>
 * Arguments: a work folder (datasets are generated there once), then sizes (default 1000 10000
 * 100000), optionally {@code --repeat R} to run each measurement R times (min and median shown).
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/store-bench");
        List<Integer> sizes = new ArrayList<>();
        int repeat = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        System.out.printf("%7s %3s | %8s %8s %8s | %9s %9s %9s | %6s | %8s %8s %8s %8s%n", "events", "run",
                "validate", "import", "first", "heap val", "heap imp", "RSS peak", "store", "hash", "states",
                "verify", "open");
        for (int n : sizes) {
            Path data = work.resolve("d" + n);
            if (!Files.exists(data.resolve("events.json"))) {
                app.corridor.dataset.DatasetWriter.write(app.corridor.dataset.DatasetGenerator.generate(n, 1), data,
                        false);
            }
            for (int r = 0; r < repeat; r++) {
                run(n, r, data, work.resolve("s" + n));
            }
        }
    }

    private static void run(int n, int round, Path data, Path storeDir) throws IOException {
        deleteStore(storeDir);
        DirectoryDatasetFiles files = new DirectoryDatasetFiles(data);
        resetPeaks(true);
        Instant readAt = Instant.now();
        long t0 = System.nanoTime();
        LoadResult result = new DatasetLoader().load(files, "events.json");
        long t1 = System.nanoTime();
        long heapValidate = heapPeak();
        if (!result.isValid()) {
            throw new IllegalStateException("the generated dataset has problems: " + result.problems().get(0).format());
        }
        List<String> paths = new ArrayList<>(List.of("events.json"));
        result.dataset().sources().stream().map(Source::file).forEach(paths::add);
        Path target = storeDir.resolve(StoreLocation.FILE_NAME);
        resetPeaks(false);
        long t2 = System.nanoTime();
        new StoreBuilder(StoreBuilder.StepListener.NONE).build(result.dataset(), result.contentHash(),
                DatasetFingerprint.states(files, paths, readAt), target);
        long t3 = System.nanoTime();
        long heapImport = heapPeak();
        long rssPeak = rssPeak();
        result = null;

        // A start with the store built: what each part of StoreManager's check costs.
        long hashAll = time(() -> paths.forEach(p -> hash(data.resolve(p))));
        long statesOnly;
        long verify;
        try (Store store = Store.open(target)) {
            List<DatasetFingerprint.FileHash> built = store.builtFrom("events.json");
            Map<String, String> states = store.metaStartingWith(DatasetFingerprint.STATE_KEY);
            statesOnly = time(() -> DatasetFingerprint.check(files, built, states));
            verify = time(store::verify);
        }
        long open = time(() -> new StoreManager(storeDir, new DatasetLoader())
                .open(files, "events.json", StoreManager.Progress.NONE).store().close());
        System.out.printf("%7d %3d | %6.2f s %6.2f s %6.2f s | %6d MB %6d MB %6d MB | %3d MB | %5.0f ms %5.1f ms %5.0f ms %5.0f ms%n",
                n, round + 1, (t1 - t0) / 1e9, (t3 - t2) / 1e9, (t1 - t0 + t3 - t2) / 1e9, heapValidate >> 20,
                heapImport >> 20, rssPeak >> 20, Files.size(target) >> 20, hashAll / 1e6, statesOnly / 1e6,
                verify / 1e6, open / 1e6);
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static void hash(Path p) {
        try {
            Hashing.sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteStore(Path storeDir) throws IOException {
        if (Files.isDirectory(storeDir)) {
            try (var files = Files.list(storeDir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Resets the heap's peak (after a GC, so the peak is of what this phase allocates) and, if asked, the RSS peak. */
    private static void resetPeaks(boolean rss) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        if (!rss) {
            return;
        }
        try {
            // Linux: resets the process's peak resident set size (VmHWM) to its current size.
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // elsewhere the RSS peak is the whole run's
        }
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Peak resident set size in bytes from /proc/self/status, or a negative number where there is none. */
    private static long rssPeak() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.split("\\s+")[1]) << 10).findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
