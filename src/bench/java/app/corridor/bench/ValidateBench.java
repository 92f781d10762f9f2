package app.corridor.bench;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and checking a whole generated dataset, as {@code corridor validate} and the app's first
 * start do: {@code warm} in a JVM that has done it before (the steady cost), {@code cold} once per
 * fresh JVM (what the app's first start pays, JIT compilation included, JVM start excluded), and
 * {@code command} as the command runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ValidateBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private Path dir;

    @Setup
    public void write() {
        dir = BenchData.folder(events);
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public LoadResult warm() {
        return valid(new DatasetLoader().load(new DirectoryDatasetFiles(dir), DatasetLoader.DATASET_FILE));
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx3g"})
    public LoadResult cold() {
        return valid(new DatasetLoader().load(new DirectoryDatasetFiles(dir), DatasetLoader.DATASET_FILE));
    }

    /**
     * What {@code ./corridor validate} runs: a loader for checking only (no content hash), in a fresh
     * JVM on the quick compiler alone and the parallel collector, tenuring at once, as the script
     * starts it.
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx3g", "-XX:TieredStopAtLevel=1", "-XX:MaxTenuringThreshold=0", "-XX:+UseParallelGC"})
    public LoadResult command() {
        return valid(DatasetLoader.forChecking().load(new DirectoryDatasetFiles(dir), DatasetLoader.DATASET_FILE));
    }

    private static LoadResult valid(LoadResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("problems: " + result.problems().get(0));
        }
        return result;
    }
}
