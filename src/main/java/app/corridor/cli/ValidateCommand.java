package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import app.corridor.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor validate [FILE]}: checks a dataset and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a dataset and print every problem found, each as FILE:LINE:COLUMN: JSON-PATH: message.",
                "Refuses unread: a dataset file over 256 MB, a source over 8 MB, anything not a regular file, "
                        + "a source leading outside sources/ (links followed).",
                "Exit status: 0 no problems, 1 problems found, 2 usage error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The dataset file (default: the one named by --dataset before validate, else "
                    + "data/events.json when it exists, else the bundled dataset).")
    Path file;

    @Option(names = {"-v", "--verbose"}, description = "Also print the time taken and the peak heap.")
    boolean verbose;

    @Override
    public Integer call() {
        Measurement measurement = new Measurement();
        List<Path> named = parent.data.datasetsFor(spec.commandLine(), file == null ? List.of() : List.of(file));
        DatasetRef ref = DatasetOption.resolve(spec.commandLine(), named.isEmpty() ? null : named.get(0));
        LoadResult result = DatasetLoader.forChecking().load(ref.files(), ref.fileName());
        PrintWriter out = spec.commandLine().getOut();
        if (result.isValid()) {
            Dataset d = result.dataset();
            out.printf("%s: no problems (%d events, %d actors, %d sources)%n", ref.display(), d.events().size(),
                    d.actors().size(), d.sources().size());
        } else {
            for (Problem p : result.problems()) {
                out.println(p.format());
            }
            int n = result.problems().size();
            out.printf("%d problem%s in %s%n", n, n == 1 ? "" : "s", ref.display());
        }
        if (verbose) {
            out.println(measurement.summary());
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
