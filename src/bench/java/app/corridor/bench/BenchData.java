package app.corridor.bench;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetWriter;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated datasets every benchmark shares: written once per size and seed under
 * {@code target/bench-data/} (what {@code corridor generate --events N --seed 1} writes) and reused
 * by later runs, so a benchmark's setup costs a read, not a generation.
 */
public final class BenchData {

    /** The seed of every benchmark dataset: figures from different runs compare the same data. */
    public static final long SEED = 1;

    private BenchData() {
    }

    /** The folder of the generated dataset of {@code events} events (its {@code events.json} and {@code sources/}). */
    public static synchronized Path folder(int events) {
        Path dir = Path.of("target", "bench-data", events + "-" + SEED);
        if (!Files.exists(dir.resolve(DatasetLoader.DATASET_FILE))) {
            try {
                DatasetWriter.write(DatasetGenerator.generate(events, SEED), dir, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** The validated dataset of {@code events} events, as the app reads it. */
    public static Dataset dataset(int events) {
        LoadResult result = new DatasetLoader().load(new DirectoryDatasetFiles(folder(events)), DatasetLoader.DATASET_FILE);
        if (!result.isValid()) {
            throw new IllegalStateException("the generated dataset has problems: " + result.problems().get(0));
        }
        return result.dataset();
    }
}
