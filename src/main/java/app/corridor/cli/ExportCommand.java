package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.dataset.Problem;
import app.corridor.export.ExportException;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportProgress;
import app.corridor.export.ExportRange;
import app.corridor.export.ExportRequest;
import app.corridor.export.ExportResult;
import app.corridor.export.ExportService;
import app.corridor.export.FilterDescription;
import app.corridor.export.Paper;
import app.corridor.export.TargetExistsException;
import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.render.Theme;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreException;
import app.corridor.store.StoreLocation;
import app.corridor.store.StoreManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code corridor export}: draws the filtered timeline to a PNG, SVG or PDF file without a display,
 * through the same store, filter and export service as the GUI.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the timeline as a PNG, SVG or PDF image, with the same filters as the app.",
                "Runs headless: no display needed."},
        footer = {"", "Dates are YYYY, YYYY-MM or YYYY-MM-DD. The image spans --from to --to (by default the "
                + "matching events' first and last days), with a little room on the right for the last labels.",
                "Exit status: 0 written, 1 problems (unknown actor or kind, no matching events, dataset without a "
                        + "usable store, file exists without --force, cannot write), 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: a name from the range and filters, e.g. "
                    + "corridor-2019-2025-state-visits.png, in the current folder).")
    Path output;

    @Option(names = "--format", paramLabel = "png|svg|pdf",
            description = "The format (default: from the extension of --output, else png).")
    String format;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Show events from this date on.")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Show events up to this date (its whole year or month when not a day).")
    PartialDate to;

    @Option(names = "--actor", paramLabel = "ID", split = ",",
            description = "Only events with this actor (repeat or separate with commas; any of them).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--all-actors", description = "Only events with all of the --actor actors together.")
    boolean allActors;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only events of this kind (repeat or separate with commas), e.g. state-visit.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Only events whose title, summary or quotes contain every word (as a prefix).")
    String text;

    @Option(names = "--lanes", paramLabel = "kind|country|actor", defaultValue = "kind",
            description = "One lane per kind, per side (country) or per actor (default: ${DEFAULT-VALUE}).")
    String lanes;

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "" + ExportRequest.DEFAULT_WIDTH,
            description = "Width of a PNG or SVG in pixels, " + ExportRequest.MIN_WIDTH + "–" + ExportRequest.MAX_WIDTH
                    + " (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--scale", paramLabel = "1|2|3", defaultValue = "1",
            description = "PNG pixels per image pixel, for high-density screens (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--paper", paramLabel = "a4|a3|letter", defaultValue = "a4",
            description = "PDF sheet size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--orientation", paramLabel = "landscape|portrait", defaultValue = "landscape",
            description = "PDF sheet orientation (default: ${DEFAULT-VALUE}).")
    String orientation;

    @Option(names = "--theme", paramLabel = "light|dark|print",
            description = "Colours (default: light; print for PDF).")
    String theme;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Heading above the timeline (default: the dataset's title; \"\" for none).")
    String title;

    @Option(names = "--no-legend", description = "Leave out the legend of kinds.")
    boolean noLegend;

    @Option(names = "--no-filters-line", description = "Leave out the line describing the filters.")
    boolean noFiltersLine;

    @Option(names = "--no-footer", description = "Leave out the footer crediting the sources.")
    boolean noFooter;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    DataOptions data = new DataOptions();

    @Option(names = {"-v", "--verbose"}, description = "Also print the time taken and the peak heap.")
    boolean verbose;

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; a bad date is a usage error. */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Measurement measurement = new Measurement();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options o = checkOptions();
        DataOptions where = data.orElse(parent.data);
        DatasetRef ref = DatasetOption.resolve(spec.commandLine(), where.dataset);
        Path dir = where.storeDir;
        StoreManager.Opening opening;
        try {
            opening = new StoreManager(StoreLocation.directory(dir == null ? null : dir.toString()), new DatasetLoader())
                    .open(ref.files(), ref.fileName(), StoreManager.Progress.NONE);
        } catch (StoreException e) {
            err.println("corridor export: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        if (opening.status() == StoreManager.Status.NO_STORE) {
            opening.problems().forEach(p -> err.println(p.format()));
            err.printf("corridor export: %s has %s and there is no earlier good store to export from; nothing written%n",
                    ref.display(), count(opening.problems().size(), "problem"));
            return ExitCodes.PROBLEMS;
        }
        if (opening.status() == StoreManager.Status.KEPT_PREVIOUS) {
            List<Problem> problems = opening.problems();
            err.printf("corridor export: warning: %s has %s (see corridor validate); exporting the last good "
                    + "version of the data%n", ref.display(), count(problems.size(), "problem"));
        }
        try (Store store = opening.store()) {
            return export(store, o, out, err, measurement);
        } catch (StoreException e) {
            err.println("corridor export: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
    }

    /** The options checked for usage errors (exit 2), before any data is read. */
    private record Options(ExportFormat format, LaneMode lanes, Theme theme, Paper paper) {
    }

    private Options checkOptions() {
        ExportFormat fromName = output == null ? null : ExportFormat.ofFileName(output).orElse(null);
        ExportFormat fmt;
        if (format != null) {
            fmt = ExportFormat.ofExtension(format.strip())
                    .orElseThrow(() -> usage("--format must be png, svg or pdf, not \"" + format + "\""));
            if (fromName != null && fromName != fmt) {
                throw usage("--format " + fmt.extension() + " does not match the extension of " + output);
            }
        } else {
            fmt = fromName != null ? fromName : ExportFormat.PNG;
        }
        LaneMode mode = Arrays.stream(LaneMode.values())
                .filter(m -> m.name().equalsIgnoreCase(lanes.strip())).findFirst()
                .orElseThrow(() -> usage("--lanes must be kind, country or actor, not \"" + lanes + "\""));
        if (width < ExportRequest.MIN_WIDTH || width > ExportRequest.MAX_WIDTH) {
            throw usage("--width must be " + ExportRequest.MIN_WIDTH + " to " + ExportRequest.MAX_WIDTH
                    + " pixels, not " + width);
        }
        if (scale < 1 || scale > ExportRequest.MAX_SCALE) {
            throw usage("--scale must be 1, 2 or 3, not " + scale);
        }
        Theme t;
        try {
            t = theme == null ? (fmt == ExportFormat.PDF ? Theme.print() : Theme.light())
                    : Theme.named(theme.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--theme must be light, dark or print, not \"" + theme + "\"");
        }
        Paper.Size size;
        try {
            size = Paper.Size.named(paper.strip());
        } catch (IllegalArgumentException e) {
            throw usage("--paper must be a4, a3 or letter, not \"" + paper + "\"");
        }
        Paper.Orientation orient = Arrays.stream(Paper.Orientation.values())
                .filter(v -> v.name().equalsIgnoreCase(orientation.strip())).findFirst()
                .orElseThrow(() -> usage("--orientation must be landscape or portrait, not \"" + orientation + "\""));
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw usage("--to " + to + " is before --from " + from);
        }
        if (allActors && actors.isEmpty()) {
            throw usage("--all-actors needs at least one --actor");
        }
        return new Options(fmt, mode, t, new Paper(size, orient));
    }

    private int export(Store store, Options o, PrintWriter out, PrintWriter err, Measurement measurement) {
        Dataset data = store.loadDataset();
        Map<String, Actor> actorsById = data.actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
        Function<String, Actor> actorLookup = actorsById::get;

        Set<String> actorIds = new LinkedHashSet<>();
        actors.forEach(a -> actorIds.add(a.strip()));
        List<String> unknownActors = actorIds.stream().filter(a -> !actorsById.containsKey(a)).toList();
        if (!unknownActors.isEmpty()) {
            err.printf("corridor export: unknown actor%s: %s%nValid actor ids: %s%n", unknownActors.size() == 1 ? "" : "s",
                    String.join(", ", unknownActors),
                    data.actors().stream().map(Actor::id).sorted().collect(Collectors.joining(", ")));
            return ExitCodes.PROBLEMS;
        }
        Set<EventKind> kindSet = EnumSet.noneOf(EventKind.class);
        List<String> unknownKinds = new ArrayList<>();
        for (String k : kinds) {
            Arrays.stream(EventKind.values()).filter(v -> v.code().equals(k.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresentOrElse(kindSet::add, () -> unknownKinds.add(k));
        }
        if (!unknownKinds.isEmpty()) {
            err.printf("corridor export: unknown kind%s: %s%nValid kinds: %s%n", unknownKinds.size() == 1 ? "" : "s",
                    String.join(", ", unknownKinds),
                    Arrays.stream(EventKind.values()).map(Coded::code).collect(Collectors.joining(", ")));
            return ExitCodes.PROBLEMS;
        }

        EventFilter filter = new EventFilter(from, to, actorIds, allActors, kindSet, text);
        Set<String> ids = new HashSet<>(store.matchingEventIds(filter));
        List<Event> events = data.events().stream().filter(e -> ids.contains(e.id())).toList();
        String description = FilterDescription.of(filter, actorLookup, events.size());
        if (events.isEmpty()) {
            err.printf("corridor export: no events match the filters (%s); nothing written%n", description);
            return ExitCodes.PROBLEMS;
        }
        ExportRange range = rangeFor(events);
        ExportRequest request = ExportRequest.of(o.format(), range).withLanes(o.lanes()).withWidth(width)
                .withScale(scale).withPaper(o.paper()).withTheme(o.theme())
                .withTitle(title == null ? data.title() : title).withLegend(!noLegend)
                .withFiltersLine(!noFiltersLine).withFooter(!noFooter);
        Path target = output != null ? output : Path.of(ExportNames.defaultFileName(o.format(), range, filter));
        ExportResult result;
        try {
            result = new ExportService().export(request, events, actorLookup, data.sources(), description, target,
                    force, ExportProgress.NONE);
        } catch (TargetExistsException e) {
            err.printf("corridor export: %s already exists; add --force to replace it%n", target);
            return ExitCodes.PROBLEMS;
        } catch (ExportException e) {
            err.println("corridor export: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        String dims = switch (result.format()) {
            case PNG -> result.pixelWidth() + "\u00d7" + result.pixelHeight() + " px";
            case SVG -> result.pixelWidth() + "\u00d7" + result.pixelHeight() + " px (vector)";
            case PDF -> o.paper() + ", " + count(result.pages(), "page");
        };
        out.printf("Wrote %s: %s, %s, %s%n", target, count(events.size(), "event"), dims, size(result.bytes()));
        if (verbose) {
            out.println(measurement.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * From --from (else the first matching event's first day) to --to (else the last one's last
     * day), with room for labels: the range is what the user asked to see, and the labels of its
     * last events are not cut off at the right edge.
     */
    private ExportRange rangeFor(List<Event> events) {
        ExportRange span = ExportRange.spanning(events);
        double start = from != null ? from.firstDay().toEpochDay() : span.startDay();
        double end = to != null ? to.lastDay().toEpochDay() + 1 : span.endDay();
        return new ExportRange(start, Math.max(end, start + 1), true);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

}
