package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.ChildJvm;
import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store build killed at each step in another JVM: the previous store is intact; a SIGTERM leaves
 * no temporary file; what a SIGKILL leaves is removed by the next start, which then builds.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM and SIGKILL are Unix signals")
class StoreKillTest {

    @TempDir
    Path dir;

    static Stream<Arguments> stepsAndSignals() {
        return Stream.of(StoreBuilder.Step.SCHEMA, StoreBuilder.Step.EVENTS, StoreBuilder.Step.SEARCH_INDEX,
                        StoreBuilder.Step.COMMIT, StoreBuilder.Step.SYNC, StoreBuilder.Step.MOVE)
                .flatMap(step -> Stream.of(Arguments.of(step, ChildJvm.Signal.TERM),
                        Arguments.of(step, ChildJvm.Signal.KILL)));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("stepsAndSignals")
    void aKilledBuildLeavesThePreviousStoreAndTheNextStartCleansUp(StoreBuilder.Step step, ChildJvm.Signal signal)
            throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path storeDir = dir.resolve("store");
        Path storeFile = storeDir.resolve(StoreLocation.FILE_NAME);
        open(data, storeDir).store().close();
        byte[] previous = Files.readAllBytes(storeFile);
        Fixtures.edit(data, "\"title\": \"Airport opens\"", "\"title\": \"Gwadar airport opens\"");

        Path marker = dir.resolve("reached");
        try (ChildJvm child = ChildJvm.start(BuildChild.class, dir.resolve("child.log"), storeDir.toString(),
                data.toString(), step.name(), marker.toString())) {
            child.awaitFile(marker, Duration.ofSeconds(60));
            child.stop(signal);
        }

        assertThat(Files.readAllBytes(storeFile)).as("the previous store").isEqualTo(previous);
        List<String> leftovers = leftovers(storeDir);
        if (signal == ChildJvm.Signal.TERM) {
            assertThat(leftovers).as("the shutdown hook removes the temporary store").isEmpty();
        } else if (step.compareTo(StoreBuilder.Step.SCHEMA) > 0) {
            assertThat(leftovers).as("what a SIGKILL leaves").isNotEmpty();
        }

        StoreManager.Opening next = open(data, storeDir);
        try (Store store = next.store()) {
            assertThat(next.status()).isEqualTo(StoreManager.Status.BUILT);
            assertThat(store.loadDataset().events()).extracting(e -> e.title()).contains("Gwadar airport opens");
        }
        assertThat(leftovers(storeDir)).as("swept at the next start").isEmpty();
    }

    private static StoreManager.Opening open(Path data, Path storeDir) {
        return new StoreManager(storeDir, new DatasetLoader()).open(new DirectoryDatasetFiles(data.getParent()),
                "events.json", StoreManager.Progress.NONE);
    }

    private static List<String> leftovers(Path storeDir) throws IOException {
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(StoreLocation.FILE_NAME)).toList();
        }
    }
}
