package app.corridor.bench;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.DocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * Formatting a whole generated dataset file, as {@code corridor fmt} does and as curator mode reads
 * a dataset to edit: read it as a document, write its canonical form, read that back to make sure
 * nothing changed. {@code cold} is once per fresh JVM, what a command-line run pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class FormatBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private byte[] file;

    @Setup
    public void read() {
        try {
            file = Files.readAllBytes(BenchData.folder(events).resolve(DatasetLoader.DATASET_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public CanonicalJson.Formatted warm() throws DocumentException {
        return CanonicalJson.format(file, DatasetLoader.DATASET_FILE);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx3g"})
    public CanonicalJson.Formatted cold() throws DocumentException {
        return CanonicalJson.format(file, DatasetLoader.DATASET_FILE);
    }
}
