package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsADatasetFolderThatValidatesAndIsCanonical() {
        Path folder = dir.resolve("exchanges");
        CliRun run = CliRun.of("new", folder.toString(), "--title", "My exchanges");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.isDirectory(folder.resolve("sources"))).isTrue();
        assertThat(CliRun.of("validate", folder.resolve("events.json").toString()).out())
                .contains("no problems (0 events, 0 actors, 0 sources)");
        assertThat(CliRun.of("fmt", "--check", folder.toString()).exitCode()).isZero();
    }

    @Test
    void refusesAFolderThatHoldsAnything() throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "keep");
        CliRun run = CliRun.of("new", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("is not empty");
        assertThat(Files.readString(dir.resolve("mine.txt"))).isEqualTo("keep");
        assertThat(Files.exists(dir.resolve("events.json"))).isFalse();
    }
}
