package app.corridor.cli;

import app.corridor.dataset.DatasetRef;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code corridor}: with no subcommand it starts the desktop app; its subcommands work headless.
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Corridor: a timeline explorer of China\u2013Pakistan high-level exchanges. "
                + "Without a command, starts the desktop app.",
        subcommands = {ValidateCommand.class, FmtCommand.class, NewCommand.class, ExportCommand.class,
                ExportDataCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class CorridorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data = new DataOptions();

    private final GuiLauncher gui;

    public CorridorCommand(GuiLauncher gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        gui.launch(DatasetOption.resolve(spec.commandLine(), data.dataset), data.storeDir);
        return ExitCodes.OK;
    }

    /** The dataset the app starts on when no option names one (what {@link #call()} resolves then). */
    public static DatasetRef standardDataset() {
        return DatasetOption.standard();
    }

    /** The command line, ready to {@code execute(args)}; picocli returns 2 on usage errors, as {@link ExitCodes#USAGE}. */
    public static CommandLine commandLine(GuiLauncher gui) {
        return new CommandLine(new CorridorCommand(gui));
    }
}
