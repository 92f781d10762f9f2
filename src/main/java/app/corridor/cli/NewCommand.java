package app.corridor.cli;

import app.corridor.dataset.canonical.NewDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor new DIR}: creates an empty dataset folder. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a dataset folder: events.json (schema version, title, no sources, actors or events) "
                + "and an empty sources/ folder. An existing folder must be empty.",
                "Exit status: 0 created, 1 the folder exists and is not empty or cannot be created, 2 usage error."})
final class NewCommand implements Callable<Integer> {

    private static final String CREATED = "Created %s (add sources to %s, then events; check with corridor validate)";

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Parameters(paramLabel = "DIR", description = "The folder to create (or an empty one to fill).")
    Path folder;

    @Option(names = "--title", paramLabel = "TEXT", description = "The dataset's title (default: the folder's name).")
    String title;

    @Override
    public Integer call() {
        parent.data.refuseFor(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        String name = title != null ? title : folder.toAbsolutePath().normalize().getFileName().toString();
        try {
            Path events = NewDataset.create(folder, name);
            out.println(String.format(CREATED, events, folder.resolve(NewDataset.SOURCES)));
            return ExitCodes.OK;
        } catch (IOException e) {
            out.println(e.getMessage());
            return ExitCodes.PROBLEMS;
        } finally {
            out.flush();
        }
    }
}
