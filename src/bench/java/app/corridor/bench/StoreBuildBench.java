package app.corridor.bench;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.io.TempFiles;
import app.corridor.model.Dataset;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Making a store. {@code importInMemory}: a checked dataset written into a store in memory, rows
 * and search index, as curator mode does for each edit that passes validation (the import a first
 * start also does, without the file's sync and move). {@code firstStart}: what a first start does
 * before search works, once per fresh JVM: read and check the dataset, then build its store on disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StoreBuildBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private Path folder;
    private Dataset dataset;
    private Path storeDir;

    @Setup
    public void prepare() {
        folder = BenchData.folder(events);
        dataset = BenchData.dataset(events);
    }

    /** Each first start finds an empty store folder. */
    @Setup(Level.Invocation)
    public void emptyStore() throws IOException {
        storeDir = Files.createTempDirectory("corridor-bench-store");
    }

    @TearDown(Level.Invocation)
    public void removeStore() throws IOException {
        try (var files = Files.list(storeDir)) {
            files.forEach(TempFiles::deleteQuietly);
        }
        Files.deleteIfExists(storeDir);
    }

    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Path importInMemory() {
        try (Store store = Store.inMemory(dataset, "bench", storeDir.resolve("corridor.db"))) {
            return store.file();
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx3g"})
    public Path firstStart() {
        StoreManager.Opening opening = new StoreManager(storeDir, new DatasetLoader())
                .open(new DirectoryDatasetFiles(folder), DatasetLoader.DATASET_FILE, StoreManager.Progress.NONE);
        if (opening.status() != StoreManager.Status.BUILT) {
            throw new IllegalStateException("no store built: " + opening.status() + " " + opening.problems());
        }
        try (Store store = opening.store()) {
            return store.file();
        }
    }
}
