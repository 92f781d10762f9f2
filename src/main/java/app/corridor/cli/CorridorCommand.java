package app.corridor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corridor}: with no subcommand it starts the desktop app; its subcommands work headless.
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Corridor: a timeline explorer of China\u2013Pakistan high-level exchanges. "
                + "Without a command, starts the desktop app.",
        subcommands = {ValidateCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class CorridorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Open this dataset file instead of the bundled one.")
    Path dataset;

    @Option(names = "--store-dir", paramLabel = "DIR",
            description = "Keep the store in DIR (default: $CORRIDOR_DATA_DIR, else the user data directory).")
    Path storeDir;

    private final GuiLauncher gui;

    public CorridorCommand(GuiLauncher gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        gui.launch(DatasetOption.resolve(spec.commandLine(), dataset), storeDir);
        return ExitCodes.OK;
    }

    /** The command line, ready to {@code execute(args)}; picocli returns 2 on usage errors, as {@link ExitCodes#USAGE}. */
    public static CommandLine commandLine(GuiLauncher gui) {
        return new CommandLine(new CorridorCommand(gui));
    }
}
