package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.ChildJvm;
import app.corridor.Fixtures;
import app.corridor.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An export killed while it writes, in another JVM: the target is absent (or, when it existed, as
 * it was); a SIGTERM leaves no temporary file; the next export into that folder removes what a
 * SIGKILL left.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM and SIGKILL are Unix signals")
class ExportKillTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, target existed: {1}")
    @CsvSource({"TERM, false", "TERM, true", "KILL, false", "KILL, true"})
    void aKilledWriteLeavesTheTargetAsItWasAndTheNextWriteSweeps(ChildJvm.Signal signal, boolean existed)
            throws Exception {
        Path target = dir.resolve("timeline.png");
        if (existed) {
            Files.writeString(target, "the user's earlier export");
        }
        Path marker = dir.resolve("half-way");
        try (ChildJvm child = ChildJvm.start(WriteChild.class, dir.resolve("child.log"), target.toString(),
                marker.toString(), existed ? "overwrite" : "new")) {
            child.awaitFile(marker, Duration.ofSeconds(60));
            assertThat(temporaryFiles()).as("the write is under way").hasSize(1);
            child.stop(signal);
        }
        if (existed) {
            assertThat(target).hasContent("the user's earlier export");
        } else {
            assertThat(target).doesNotExist();
        }
        assertThat(temporaryFiles()).hasSize(signal == ChildJvm.Signal.TERM ? 0 : 1);

        new AtomicFileWriter().write(dir.resolve("next.svg"), false, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(temporaryFiles()).as("swept by the next write into the folder").isEmpty();
        assertThat(dir.resolve("next.svg")).hasContent("<svg/>");
    }

    @Test
    void ctrlCDuringALargePngExportOfTheCommandLineLeavesNothing() throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("wide.png");
        try (ChildJvm child = ChildJvm.start(Launcher.class, dir.resolve("child.log"), "export", "--dataset",
                data.toString(), "--store-dir", dir.resolve("store").toString(), "--width", "50000", "--scale", "3",
                "-o", target.toString())) {
            child.awaitMatch(out, AtomicFileWriter.LEFTOVER, Duration.ofSeconds(60));
            child.stop(ChildJvm.Signal.TERM);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> AtomicFileWriter.LEFTOVER.matcher(f.getFileName().toString()).matches()))
                    .as("temporary files").isEmpty();
        }
        if (Files.exists(target)) {
            // The signal came only after the move: then the file is whole, never partial.
            byte[] png = Files.readAllBytes(target);
            assertThat(Arrays.copyOfRange(png, png.length - 8, png.length - 4)).isEqualTo("IEND".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private List<Path> temporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> AtomicFileWriter.LEFTOVER.matcher(f.getFileName().toString()).matches()).toList();
        }
    }
}
