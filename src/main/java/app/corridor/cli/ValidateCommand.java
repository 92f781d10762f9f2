package app.corridor.cli;

import app.corridor.dataset.DatasetRef;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor validate [FILE]}: checks a dataset and prints every problem ({@link ValidateRun}). */
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
        List<Path> named = parent.data.datasetsFor(spec.commandLine(), file == null ? List.of() : List.of(file));
        DatasetRef ref = DatasetOption.resolve(spec.commandLine(), named.isEmpty() ? null : named.get(0));
        return new ValidateRun(ref, verbose).run(spec.commandLine().getOut());
    }
}
