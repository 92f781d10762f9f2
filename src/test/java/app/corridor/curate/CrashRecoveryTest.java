package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.Dto.DatasetDto;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A curating process killed with SIGKILL (no shutdown hook, no finally) loses none of its journaled edits. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void editsOfAKilledProcessAreRecoveredByTheNextOpen() throws Exception {
        Path file = Fixtures.mini(dir);
        byte[] before = Files.readAllBytes(file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process curator = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingCurator.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(curator.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(CrashingCurator.READY));
            assertThat(line).as("the curator journaled its edits").isEqualTo(CrashingCurator.READY);
            curator.destroyForcibly(); // SIGKILL on Linux and macOS, TerminateProcess on Windows
            curator.waitFor();
        }
        assertThat(curator.exitValue()).as("killed, not exited").isNotZero();
        assertThat(Files.readAllBytes(file)).as("nothing was saved").isEqualTo(before);

        DatasetDto expected;
        Path copy = Fixtures.mini(Files.createDirectory(dir.resolve("expected")));
        try (EditSession inProcess = EditSession.open(copy)) {
            CrashingCurator.edit(inProcess);
            expected = inProcess.document();
        }

        try (EditSession next = EditSession.open(file)) {
            Recovery recovery = next.recovery().orElseThrow();
            assertThat(recovery.edits()).isEqualTo(5);
            assertThat(recovery.lastEditCut()).isFalse();
            next.recover();
            assertThat(next.document()).isEqualTo(expected);
            assertThat(next.state().undoLabel()).contains("Recovered: Undo: Remove a quote from “second-conference”");
            next.save();
            assertThat(next.validate().problems()).extracting(p -> p.field().id() + " " + p.field().path())
                    .isEqualTo(List.of("talks-2021 quotes"));
        }
    }
}
