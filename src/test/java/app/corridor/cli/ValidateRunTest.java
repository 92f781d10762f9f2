package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usual checks read without picocli: the same output and exit status as picocli's, or none, left to it. */
class ValidateRunTest {

    @TempDir
    Path dir;

    @Test
    void theUsualChecksPrintAndExitAsPicocliWould() {
        String clean = Fixtures.mini(dir.resolve("clean")).toString();
        Path broken = Fixtures.mini(dir.resolve("broken"));
        Fixtures.edit(broken, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        for (String file : List.of(clean, broken.toString())) {
            for (String[] args : List.of(new String[] {"validate", file}, new String[] {"--dataset", file, "validate"},
                    new String[] {"--dataset=" + file, "validate"})) {
                ValidateRun check = ValidateRun.of(args);
                assertThat(check).as("%s", List.of(args)).isNotNull();
                StringWriter out = new StringWriter();
                int code = check.run(new PrintWriter(out));
                CliRun picocli = CliRun.of(args);
                assertThat(code).as("%s", List.of(args)).isEqualTo(picocli.exitCode());
                assertThat(out.toString()).as("%s", List.of(args)).isEqualTo(picocli.out());
            }
        }
        assertThat(CliRun.of("validate", broken.toString()).exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        // Verbose adds the time taken, which differs from run to run: the same lines, one more.
        for (String[] args : List.of(new String[] {"validate", "-v", clean}, new String[] {"validate", clean, "--verbose"})) {
            StringWriter out = new StringWriter();
            ValidateRun check = ValidateRun.of(args);
            assertThat(check.verbose()).isTrue();
            assertThat(check.run(new PrintWriter(out))).isZero();
            assertThat(out.toString().lines()).hasSize(2).last().asString().startsWith("Took ");
            assertThat(CliRun.of(args).out().lines()).hasSize(2).first().isEqualTo(out.toString().lines().findFirst().get());
        }
        assertThat(ValidateRun.of("validate").dataset().display()).isEqualTo(DatasetOption.standard().display());
    }

    @Test
    void anythingElseIsLeftToPicocliWhichSaysWhatIsWrong() throws Exception {
        String data = Fixtures.mini(dir).toString();
        String missing = dir.resolve("missing.json").toString();
        Files.createDirectories(dir.resolve("folder"));
        for (String[] args : List.of(new String[] {"validate", missing}, new String[] {"validate", dir.resolve("folder").toString()},
                new String[] {"--dataset", data, "validate", data}, new String[] {"validate", data, data},
                new String[] {"validate", "-v", "-v", data}, new String[] {"validate", "-h"}, new String[] {"validate", "--help"},
                new String[] {"validate", "-V"}, new String[] {"validate", "-vh"}, new String[] {"validate", "--", data},
                new String[] {"validate", "@" + data}, new String[] {"--dataset", "validate"},
                new String[] {"--dataset", "export", "validate"}, new String[] {"--dataset=", "validate"},
                new String[] {"--store-dir", dir.toString(), "validate"}, new String[] {"validate", "--bogus"},
                new String[] {"valdiate", data}, new String[] {"fmt", data}, new String[] {"--dataset", data},
                new String[] {"validate", "--verbose=true", data}, new String[] {})) {
            assertThat(ValidateRun.of(args)).as("%s", List.of(args)).isNull();
        }
        CliRun run = CliRun.of("validate", missing);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(missing + ": no such file");
    }
}
