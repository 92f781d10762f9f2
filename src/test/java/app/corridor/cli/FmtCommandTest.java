package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    @TempDir
    Path dir;

    @Test
    void checkNamesTheFileAndItsFirstDifferingLineAndChangesNothing() throws Exception {
        Path file = Fixtures.mini(dir);
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("fmt", "--check", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // The fixture lists "speech" before "article"; canonical order puts "article" first (line 6).
        assertThat(run.out()).contains(file + ": not in canonical form, line 6: found \"      \"id\": \"speech\",\\n\"");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theDatasetNamedBeforeTheCommandIsTheOneChecked() throws Exception {
        Path file = Fixtures.mini(dir);
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("--dataset", file.toString(), "fmt", "--check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ": not in canonical form");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fmtWritesTheCanonicalFormWhichThenPassesCheckAndStillValidates() throws Exception {
        Path file = Fixtures.mini(dir);
        CliRun run = CliRun.of("fmt", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("written in canonical form");
        assertThat(CliRun.of("fmt", "--check", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("fmt", file.toString()).out()).contains("already canonical");
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void aFileThatCannotBeFormattedWithoutLosingSomethingIsLeftAloneWithItsPlace() throws Exception {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"title\": \"Airport opens\",", "\"title\": \"Airport opens\", \"tilte\": \"typo\",");
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("fmt", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(":" + Fixtures.lineOf(file, "tilte") + ":")
                .contains("unknown field \"tilte\"");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("fmt", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json: no such file or folder");
    }
}
