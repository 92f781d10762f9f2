package app.corridor.bench;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.Dataset;
import app.corridor.store.FilterIndex;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a start does with the store built, before it can draw: open the store (checking the
 * dataset files it was built from and its integrity), read the dataset back and index it for the
 * filters. {@code cold} is one such start per fresh JVM (as the app pays it), {@code warm} the
 * steady cost; both read only the packed events once the store is recorded sound.
 * {@code coldWholeCheck} is a start after the store file changed (or a crash just after a build):
 * its pages, every row of its tables, and its packed events against them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StoreOpenBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private Path folder;
    private Path storeDir;

    @Setup
    public void build() {
        folder = BenchData.folder(events);
        storeDir = Path.of("target", "bench-data", "store-" + events);
        open().store().close(); // builds it when missing: what follows is a start with the store built
    }

    private StoreManager.Opening open() {
        return new StoreManager(storeDir, new DatasetLoader())
                .open(new DirectoryDatasetFiles(folder), DatasetLoader.DATASET_FILE, StoreManager.Progress.NONE);
    }

    private FilterIndex openReadAndIndex() {
        Store store = open().store();
        try {
            Dataset d = store.loadDataset();
            return new FilterIndex(d);
        } finally {
            store.close();
        }
    }

    /** The store not recorded sound: the next start checks it whole. */
    @State(Scope.Benchmark)
    public static class Unrecorded {
        @Setup(Level.Iteration)
        public void forget(StoreOpenBench bench) throws IOException {
            // PageCheckRecord's file beside the store (package-private there).
            Files.deleteIfExists(bench.storeDir.resolve("corridor.db.checked"));
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx2g"})
    public FilterIndex coldWholeCheck(Unrecorded unrecorded) {
        return openReadAndIndex();
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public FilterIndex warm() {
        return openReadAndIndex();
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx2g"})
    public FilterIndex cold() {
        return openReadAndIndex();
    }
}
