package app.corridor.cli;

import app.corridor.export.DataExportService;
import app.corridor.export.DataFormat;
import app.corridor.export.ExportException;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportProgress;
import app.corridor.export.ExportRange;
import app.corridor.export.FileSizes;
import app.corridor.export.FilterDescription;
import app.corridor.export.TargetExistsException;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corridor export-data}: writes the filtered events as CSV, as a Corridor dataset folder,
 * or the sources they quote as CSL-JSON or BibTeX, through the same service as the app's
 * File → Export data….
 */
@Command(name = "export-data", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the filtered events as CSV or as a Corridor dataset, or the sources they quote as "
                + "CSL-JSON or BibTeX citations, with the same filters as the app."},
        footer = {"", "csv: one row per event, UTF-8 with a byte-order mark, every field quoted, CRLF.",
                "json: a folder with events.json and the source files it quotes, that corridor validate accepts.",
                "csl-json, bibtex: one entry per source the events quote.",
                "Exit status: 0 written, 1 problems (unknown actor or kind, no matching events, file or folder exists "
                        + "without --force, cannot write), 2 usage error."})
final class ExportDataCommand implements Callable<Integer> {

    private static final String NAME = "corridor export-data";

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The file (or, for json, the folder) to write (default: a name from the range and "
                    + "filters in the current folder, e.g. corridor-2019-2025-state-visits.csv).")
    Path output;

    @Option(names = "--format", paramLabel = "csv|json|csl-json|bibtex",
            description = "What to write (default: from the extension of --output: .csv, .csl.json, .bib; else csv).")
    String format;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--force", description = "Replace the output if it exists (a folder only if it holds an "
            + "earlier dataset export and nothing else).")
    boolean force;

    @Mixin
    DataOptions data = new DataOptions();

    @Override
    public Integer call() {
        DataFormat fmt = checkFormat();
        filters.checkUsage(spec.commandLine());
        return StoreSession.run(spec.commandLine(), data.orElse(parent.data), NAME,
                (store, dataset) -> export(store, dataset, fmt));
    }

    private DataFormat checkFormat() {
        DataFormat fromName = output == null || output.getFileName() == null ? null
                : DataFormat.ofFileName(output.getFileName().toString()).orElse(null);
        if (format == null) {
            return fromName != null ? fromName : DataFormat.CSV;
        }
        DataFormat fmt = DataFormat.ofCode(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format must be csv, json, csl-json or bibtex, not \"" + format + "\""));
        if (fromName != null && fromName != fmt) {
            throw new ParameterException(spec.commandLine(), "--format " + fmt.code()
                    + " does not match the name of " + output);
        }
        return fmt;
    }

    private int export(Store store, Dataset dataset, DataFormat fmt) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventFilter filter = filters.toFilter(dataset, err, NAME);
        if (filter == null) {
            return ExitCodes.PROBLEMS;
        }
        List<Event> events = StoreSession.matching(store, dataset, filter);
        String description = FilterDescription.of(filter, id -> dataset.actor(id).orElse(null), events.size());
        if (events.isEmpty()) {
            err.printf("%s: no events match the filters (%s); nothing written%n", NAME, description);
            return ExitCodes.PROBLEMS;
        }
        Path target = output != null ? output : Path.of(ExportNames.baseName(
                ExportRange.of(filter.from(), filter.to(), events), filter, "") + fmt.suffix());
        String title = filter.isEmpty() ? dataset.title() : dataset.title() + " \u2014 " + description;
        DataExportService.Result result;
        try {
            result = new DataExportService().export(fmt, events, dataset, title, target, force, ExportProgress.NONE);
        } catch (TargetExistsException e) {
            err.printf("%s: %s already exists; add --force to replace it%n", NAME, target);
            return ExitCodes.PROBLEMS;
        } catch (ExportException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        String what = switch (fmt) {
            case CSV -> StoreSession.count(result.events(), "event");
            case JSON -> StoreSession.count(result.events(), "event") + ", "
                    + StoreSession.count(result.actors(), "actor") + ", "
                    + StoreSession.count(result.sources(), "source") + " (events.json and the source files)";
            case CSL_JSON, BIBTEX -> StoreSession.count(result.sources(), "source") + " quoted by "
                    + StoreSession.count(result.events(), "event");
        };
        out.printf("Wrote %s: %s, %s%n", target, what, FileSizes.human(result.bytes()));
        out.flush();
        return ExitCodes.OK;
    }
}
