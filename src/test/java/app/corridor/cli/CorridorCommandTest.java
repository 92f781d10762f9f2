package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CorridorCommandTest {

    @Test
    void onlyTheCommandNamedIsBuiltAndNoneForTheAppsOwnOptions() {
        assertThat(CorridorCommand.reached("validate", "events.json")).containsExactly("validate");
        assertThat(CorridorCommand.reached("--dataset", "d.json", "--store-dir=s", "export", "-o", "x.png"))
                .containsExactly("export");
        assertThat(CorridorCommand.reached("--dataset", "d.json")).isEmpty();
        assertThat(CorridorCommand.reached("--store-dir=s", "--dataset=d.json")).isEmpty();
        assertThat(CorridorCommand.reached()).isEmpty();
        assertThat(lazy("validate", "x").getSubcommands()).containsOnlyKeys("validate");
        assertThat(lazy("--dataset", "d.json").getSubcommands()).isEmpty();
    }

    @Test
    void helpAnUnknownCommandOrAnOptionTheAppDoesNotTakeGetsEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "validate"}, new String[] {"-hV"},
                new String[] {"valdiate"}, new String[] {"--dataset", "validate"}, new String[] {"--version"})) {
            assertThat(CorridorCommand.reached(args)).as("%s", List.of(args)).isNull();
            assertThat(lazy(args).getSubcommands().keySet()).as("%s", List.of(args))
                    .containsExactlyElementsOf(CorridorCommand.commandLine((d, s) -> { }).getSubcommands().keySet())
                    .contains("validate", "fmt", "export", "help");
        }
    }

    @Test
    void aMistakeOutsideTheCommandReadsAsWithEveryCommandBuilt() {
        String[] args = {"--dataset", "d.json", "--bogus", "validate", "x"};
        Printed lazy = run(lazy(args), args);
        Printed full = run(CorridorCommand.commandLine((d, s) -> { }), args);
        assertThat(lazy.code).isEqualTo(full.code).isEqualTo(ExitCodes.USAGE);
        assertThat(lazy.err).isEqualTo(full.err).contains("Unknown option: '--bogus'").contains("export-data");
    }

    @Test
    void aMistakeInsideTheCommandIsTheCommandsOwn() {
        String[] args = {"validate", "--bogus"};
        Printed printed = run(lazy(args), args);
        assertThat(printed.code).isEqualTo(ExitCodes.USAGE);
        assertThat(printed.err).contains("Unknown option: '--bogus'").contains("Usage: corridor validate");
    }

    @Test
    void theAppStartsWithTheDatasetNamed() {
        List<String> launched = new ArrayList<>();
        String[] args = {"--dataset", "data/events.json"};
        CommandLine cl = CorridorCommand.commandLine((dataset, storeDir) -> launched.add(dataset.display()), args);
        assertThat(cl.getSubcommands()).isEmpty();
        assertThat(cl.execute(args)).isZero();
        assertThat(launched).hasSize(1).allMatch(d -> d.endsWith("events.json"));
    }

    private static CommandLine lazy(String... args) {
        return CorridorCommand.commandLine((d, s) -> { }, args);
    }

    private record Printed(int code, String err) {
    }

    private static Printed run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Printed(cl.execute(args), err.toString());
    }
}
