package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own options read without picocli: the same start as picocli's, or none, left to picocli. */
class AppStartTest {

    @TempDir
    Path dir;

    @Test
    void theAppsOwnOptionsStartItAsPicocliWould() throws IOException {
        String data = Files.writeString(dir.resolve("events.json"), "{}").toString();
        String store = dir.resolve("store").toString();
        for (String[] args : List.of(new String[] {}, new String[] {"--dataset", data},
                new String[] {"--dataset=" + data, "--store-dir", store}, new String[] {"--store-dir=" + store},
                new String[] {"--store-dir", store, "--dataset", data})) {
            AppStart start = AppStart.of(args);
            assertThat(start).as("%s", List.of(args)).isNotNull();
            assertThat(List.of(start.dataset().display(), String.valueOf(start.storeDir())))
                    .as("%s", List.of(args)).isEqualTo(picocliStart(args));
        }
    }

    @Test
    void anythingElseIsLeftToPicocliWhichSaysWhatIsWrong() throws IOException {
        String data = Files.writeString(dir.resolve("events.json"), "{}").toString();
        String missing = dir.resolve("missing.json").toString();
        for (String[] args : List.of(new String[] {"--dataset", missing}, new String[] {"--dataset"},
                new String[] {"--dataset="}, new String[] {"--dataset", data, "--dataset", data},
                new String[] {"--store-dir", "validate"}, new String[] {"--store-dir", "--dataset", data},
                new String[] {"--dataset", data, "--bogus"}, new String[] {"--dataset", data, "validate"},
                new String[] {"--dataset", dir.toString()}, new String[] {"--help"})) {
            assertThat(AppStart.of(args)).as("%s", List.of(args)).isNull();
        }
        StringWriter err = new StringWriter();
        var cl = CorridorCommand.commandLine((d, s) -> { }, "--dataset", missing);
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("--dataset", missing)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains(missing + ": no such file");
    }

    /** The dataset and store directory picocli's command line launches the app with for {@code args}. */
    private static List<String> picocliStart(String... args) {
        List<String> launched = new ArrayList<>();
        var cl = CorridorCommand.commandLine((d, s) -> launched.addAll(List.of(d.display(), String.valueOf(s))), args);
        assertThat(cl.execute(args)).as("%s", List.of(args)).isZero();
        return launched;
    }
}
