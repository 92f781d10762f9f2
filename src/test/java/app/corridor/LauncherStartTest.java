package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's start as {@code ./corridor} makes it (no arguments), in a JVM of its own,
 * headless: the start trace shows its steps overlapping as designed and in the order the window
 * needs them.
 */
class LauncherStartTest {

    @Test
    void aStartWithoutArgumentsReadsItsSettingsThemeAndFontsBeforeTheWindowShows(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<String> headless = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Dheadless.geometry=1280x800-32", "-Dfile.encoding=UTF-8",
                "-D" + StartTrace.PROPERTY + "=exit");
        try (ChildJvm app = ChildJvm.start(headless, Map.of(StoreLocation.ENV, data.toString()), Launcher.class,
                dir.resolve("out.txt"))) {
            assertThat(app.await(Duration.ofSeconds(120))).as(app.output()).isZero();
            List<String> steps = steps(app.output());
            assertThat(steps).as(app.output())
                    .containsSubsequence("main", "toolkit", "theme", "start", "window", "first frame")
                    .containsSubsequence("fonts", "window");
        }
        // The log was set up in the data directory the environment names, before the window.
        assertThat(data.resolve("logs")).isDirectory();
        assertThat(Files.list(data.resolve("logs")).toList()).isNotEmpty();
    }

    /** The step names of the trace line, in the order they were reached. */
    private static List<String> steps(String output) {
        String line = output.lines().filter(l -> l.startsWith("corridor start")).findFirst().orElseThrow();
        return Arrays.stream(line.substring(line.indexOf(':') + 1).split("\u00b7"))
                .map(step -> step.strip().replaceFirst(" -?\\d+ ms$", ""))
                .toList();
    }
}
