package app.corridor.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code corridor}: with no subcommand it starts the desktop app; its subcommands work headless
 * ({@link #COMMANDS}, added by {@link #commandLine(GuiLauncher, String...)}).
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Corridor: a timeline explorer of China\u2013Pakistan high-level exchanges. "
                + "Without a command, starts the desktop app.")
public final class CorridorCommand implements Callable<Integer> {

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, FmtCommand.class, NewCommand.class,
            ExportCommand.class, ExportDataCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class);

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

    /** The command line with every command, ready to {@code execute(args)}; picocli returns 2 on usage errors, as {@link ExitCodes#USAGE}. */
    public static CommandLine commandLine(GuiLauncher gui) {
        CommandLine root = new CommandLine(new CorridorCommand(gui));
        COMMANDS.forEach(root::addSubcommand);
        return root;
    }

    /**
     * The command line for {@code args}, with only the commands they can reach. picocli reads the
     * annotations of every command it is given before parsing anything: 0.15 s of each command
     * ({@code validate} of 100,000 events takes about 2 s), and of each start of the app with a
     * dataset named. The command named is built alone, the app's options none; anything else (help,
     * no known command, an option the app does not take) gets every command, and so does a mistake
     * outside the command: its message and usage are the full command line's.
     */
    public static CommandLine commandLine(GuiLauncher gui, String... args) {
        Set<String> reached = reached(args);
        if (reached == null) {
            return commandLine(gui);
        }
        CommandLine root = new CommandLine(new CorridorCommand(gui));
        for (Class<?> command : COMMANDS) {
            if (reached.contains(command.getAnnotation(Command.class).name())) {
                root.addSubcommand(command);
            }
        }
        CommandLine.IParameterExceptionHandler usual = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((e, given) -> {
            if (e.getCommandLine() != root) {
                return usual.handleParseException(e, given);
            }
            CommandLine full = commandLine(gui);
            full.setOut(root.getOut());
            full.setErr(root.getErr());
            return full.execute(given);
        });
        return root;
    }

    /** The names of the commands {@code args} can reach; null for every command. */
    static Set<String> reached(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--dataset") || arg.equals("--store-dir")) {
                i++; // its value, unless it is a command's name (picocli says so, knowing the commands)
                if (i < args.length && isCommand(args[i])) {
                    return null;
                }
            } else if (!arg.startsWith("--dataset=") && !arg.startsWith("--store-dir=")) {
                return !arg.equals("help") && isCommand(arg) ? Set.of(arg) : null;
            }
        }
        return Set.of(); // the app's own options only: the app starts
    }

    static boolean isCommand(String arg) {
        return COMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(arg));
    }
}
