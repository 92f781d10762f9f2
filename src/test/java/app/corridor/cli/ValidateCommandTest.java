package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCleanDatasetExitsZeroAndSaysSo() {
        Path file = Fixtures.mini(dir);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no problems (4 events, 3 actors, 2 sources)");
    }

    @Test
    void problemsArePrintedOnePerLineWithPositionAndExitOne() {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"kind\": \"letter\"");
        Fixtures.edit(file, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out()).contains(":" + line + ":").contains("/events/3/kind: unknown event kind \"postcard\"")
                .contains("/events/2/date: invalid date \"2025-13\"").contains("2 problems in ");
    }

    @Test
    void aMissingFileOrAnUnknownOptionIsAUsageError() {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file");
        assertThat(CliRun.of("validate", "--frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void theDatasetNamedBeforeTheCommandIsTheOneChecked() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        CliRun run = CliRun.of("--dataset", file.toString(), "validate");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("invalid date \"2025-13\"").contains("1 problem in " + file);
        CliRun twice = CliRun.of("--dataset", file.toString(), "validate", file.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("name the dataset once");
    }

    @Test
    void anOptionACommandWouldIgnoreIsAUsageErrorNotSilence() {
        CliRun storeDir = CliRun.of("--store-dir", dir.resolve("store").toString(), "validate");
        assertThat(storeDir.exitCode()).isEqualTo(2);
        assertThat(storeDir.err()).contains("--store-dir does not apply to validate");
        CliRun generate = CliRun.of("--dataset", Fixtures.mini(dir).toString(), "generate", "--events", "5", "-o",
                dir.resolve("gen").toString());
        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).contains("--dataset does not apply to generate");
        assertThat(dir.resolve("gen")).doesNotExist();
        CliRun created = CliRun.of("--store-dir", dir.toString(), "new", dir.resolve("fresh").toString());
        assertThat(created.exitCode()).isEqualTo(2);
        assertThat(created.err()).contains("--store-dir does not apply to new");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    @Test
    void withoutACommandTheDesktopAppStarts() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.guiLaunches()).hasSize(1);
        // The launcher starts the app without picocli when there are no arguments: on the same dataset.
        assertThat(run.guiLaunches()).containsExactly(DatasetOption.standard().display());
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Corridor ").doesNotContain("${");
    }

    @Test
    void generateWritesADatasetThatValidatesAndNeverReplacesOneUnasked() throws java.io.IOException {
        Path out = dir.resolve("generated");
        CliRun generate = CliRun.of("generate", "--events", "300", "--seed", "5", "-o", out.toString());
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("events.json: 300 events, ");
        CliRun validate = CliRun.of("validate", "-v", out.resolve("events.json").toString());
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("no problems (300 events, ").contains("Took ").contains("peak heap");

        String before = java.nio.file.Files.readString(out.resolve("events.json"));
        CliRun again = CliRun.of("generate", "--events", "30", "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; give --force");
        assertThat(java.nio.file.Files.readString(out.resolve("events.json"))).isEqualTo(before);
        assertThat(CliRun.of("generate", "--events", "30", "--force", "-o", out.toString()).exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(out.resolve("events.json"))).isNotEqualTo(before);
    }

    @Test
    void generateRefusesSizesItCannotMakeAsAUsageError() {
        assertThat(CliRun.of("generate", "--events", "0", "-o", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--events", "999999999", "-o", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--events", "10").exitCode()).isEqualTo(2);
    }
}
