package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.DocumentException;
import app.corridor.dataset.canonical.SafeSave;
import app.corridor.io.FileBytes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor fmt [--check] [DATASET…]}: writes dataset files in the canonical form. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Write dataset files in Corridor's canonical form: fixed key order, two-space indent, "
                + "sources and actors by id, events by date, UTF-8, a final newline. Only the layout and order "
                + "change, never the content.",
                "Exit status: 0 canonical (or now written so), 1 a file is not canonical (with --check) or cannot "
                        + "be read as a dataset or written, 2 usage error."})
final class FmtCommand implements Callable<Integer> {

    private static final String NOT_CANONICAL = "%s: not in canonical form, %s";
    private static final String ALREADY = "%s: already canonical";
    private static final String WRITTEN = "%s: written in canonical form";
    private static final String CANNOT_WRITE = "%s: cannot write: %s (the file is unchanged)";
    private static final String CANNOT_READ = "%s: cannot read: %s";
    private static final String NO_FILE = "%s: no such file or folder";
    private static final String NO_DEFAULT = "name a dataset file (no " + DatasetOption.CHECKOUT_DATASET + " here)";

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Parameters(arity = "0..*", paramLabel = "DATASET",
            description = "events.json files, or folders holding one (default: the one named by --dataset before "
                    + "fmt, else data/events.json when it exists).")
    List<Path> datasets = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; exit 1 and name the first differing line of each "
            + "file that is not canonical.")
    boolean check;

    @Override
    public Integer call() {
        List<Path> files = resolve();
        PrintWriter out = spec.commandLine().getOut();
        int status = ExitCodes.OK;
        for (Path file : files) {
            status = Math.max(status, format(file, out));
        }
        out.flush();
        return status;
    }

    private List<Path> resolve() {
        List<Path> named = parent.data.datasetsFor(spec.commandLine(), datasets);
        if (named.isEmpty()) {
            if (!Files.isRegularFile(DatasetOption.CHECKOUT_DATASET)) {
                throw new ParameterException(spec.commandLine(), NO_DEFAULT);
            }
            return List.of(DatasetOption.CHECKOUT_DATASET);
        }
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            Path file = Files.isDirectory(p) ? p.resolve(DatasetLoader.DATASET_FILE) : p;
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), String.format(NO_FILE, p));
            }
            files.add(file);
        }
        return files;
    }

    private int format(Path file, PrintWriter out) {
        CanonicalJson.Formatted formatted;
        try {
            formatted = CanonicalJson.format(FileBytes.read(file), file.toString());
        } catch (IOException e) {
            out.println(String.format(CANNOT_READ, file, e.getMessage()));
            return ExitCodes.PROBLEMS;
        } catch (DocumentException e) {
            out.println(e.problem().format());
            return ExitCodes.PROBLEMS;
        }
        if (formatted.isCanonical()) {
            if (!check) {
                out.println(String.format(ALREADY, file));
            }
            return ExitCodes.OK;
        }
        if (check) {
            out.println(String.format(NOT_CANONICAL, file, formatted.difference().get().describe()));
            return ExitCodes.PROBLEMS;
        }
        try {
            SafeSave.writeAtomically(file, formatted.canonical());
        } catch (IOException e) {
            out.println(String.format(CANNOT_WRITE, file, e.getMessage()));
            return ExitCodes.PROBLEMS;
        }
        out.println(String.format(WRITTEN, file));
        return ExitCodes.OK;
    }
}
