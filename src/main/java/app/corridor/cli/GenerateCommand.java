package app.corridor.cli;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.dataset.DatasetWriter;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corridor generate --events N --seed S -o DIR}: writes a valid generated dataset, for benchmarks and trials. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a generated dataset (events.json and sources/) that passes validate: realistic kinds, "
                + "dates, actors and sources, the same for the same seed. For benchmarks and trying the app at scale.",
                "Exit status: 0 written, 1 the folder already has an events.json (without --force) or cannot be "
                        + "written, 2 usage error."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000",
            description = "How many events, 1 to " + DatasetGenerator.MAX_EVENTS + " (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed gives the same dataset (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write into (created when missing).")
    Path output;

    @Option(names = "--force", description = "Replace an events.json already in the folder.")
    boolean force;

    @Override
    public Integer call() {
        parent.data.refuseFor(spec.commandLine());
        if (events < 1 || events > DatasetGenerator.MAX_EVENTS) {
            throw new ParameterException(spec.commandLine(), "--events must be 1 to " + DatasetGenerator.MAX_EVENTS
                    + ", not " + events);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Dataset dataset = DatasetGenerator.generate(events, seed);
        try {
            Path file = DatasetWriter.write(dataset, output, force);
            out.printf("%s: %,d events, %,d actors, %,d sources (%.1f MB) in %.1f s%n", file, dataset.events().size(),
                    dataset.actors().size(), dataset.sources().size(), Files.size(file) / 1e6,
                    (System.nanoTime() - start) / 1e9);
            out.flush();
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println(e.getFile() + " already exists; give --force to replace it (its sources/ are overwritten too)");
        } catch (IOException e) {
            err.println("cannot write " + output + ": " + e);
        }
        err.flush();
        return ExitCodes.PROBLEMS;
    }
}
