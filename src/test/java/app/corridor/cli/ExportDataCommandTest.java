package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDataCommandTest {

    @TempDir
    Path dir;

    private Path dataset;

    @BeforeEach
    void copyFixture() throws Exception {
        dataset = Fixtures.mini(Files.createDirectory(dir.resolve("data")));
    }

    private CliRun run(String... args) {
        return CliRun.in(dir, dataset, "export-data", args);
    }

    @Test
    void writesTheFilteredEventsAsCsvWithTheFormatFromTheExtension() throws Exception {
        Path out = dir.resolve("events.csv");
        CliRun r = run("--kind", "state-visit,letter", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote " + out + ": 2 events");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("\"president-b-visit\"").contains("\"letters-2024\"")
                .doesNotContain("second-conference");
    }

    @Test
    void writesADatasetFolderThatCorridorValidateAccepts() {
        Path out = dir.resolve("selection");
        CliRun r = run("--format", "json", "--from", "2024", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(events.json and the source files)");
        CliRun check = CliRun.of("validate", out.resolve("events.json").toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("no problems (2 events");
    }

    @Test
    void writesCitationsAndNamesTheFileAfterTheFilters() throws Exception {
        Path cwdFile = Path.of("corridor-2020-2025.bib");
        Path out = dir.resolve("refs.bib");
        CliRun r = run("-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 sources quoted by 4 events");
        assertThat(Files.readString(out)).contains("@").contains("title = {{");
        assertThat(cwdFile).doesNotExist();
    }

    @Test
    void refusesToOverwriteWithoutForceAndFailsOnUnknownFiltersWithExitOne() throws Exception {
        Path out = dir.resolve("events.csv");
        Files.writeString(out, "keep me");
        CliRun refused = run("-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(run("-o", out.toString(), "--force").exitCode()).isZero();
        CliRun unknown = run("--actor", "nobody", "-o", dir.resolve("x.csv").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown actor: nobody");
        CliRun none = run("--from", "2021", "--to", "2022", "-o", dir.resolve("y.csv").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no events match");
    }

    @Test
    void badFormatsAreUsageErrors() {
        assertThat(run("--format", "xlsx").exitCode()).isEqualTo(2);
        CliRun mismatch = run("--format", "bibtex", "-o", dir.resolve("x.csv").toString());
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.err()).contains("does not match");
    }
}
