package app.corridor.cli;

import app.corridor.export.Density;
import app.corridor.export.ExportException;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportLayout;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportProgress;
import app.corridor.export.ExportRange;
import app.corridor.export.ExportRequest;
import app.corridor.i18n.Language;
import app.corridor.export.ExportRequest.Part;
import app.corridor.export.ExportResult;
import app.corridor.export.ExportService;
import app.corridor.export.FileSizes;
import app.corridor.export.FilterDescription;
import app.corridor.export.Paper;
import app.corridor.export.TargetExistsException;
import app.corridor.export.PngTooTallException;
import app.corridor.export.TooDenseException;
import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.render.Theme;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corridor export}: draws the filtered timeline to a PNG, SVG or PDF file, or writes it as
 * a chronology (PDF or Markdown), without a display, through the same store, filter and export
 * service as the GUI.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the timeline as a PNG, SVG or PDF image, or as a chronology (PDF or Markdown), "
                + "with the same filters as the app.", "Runs headless: no display needed."},
        footer = {"", "Dates are YYYY, YYYY-MM or YYYY-MM-DD. The image spans --from (else the first matching event) "
                + "to --to (else the last one), plus the room the last titles need.",
                "Exit status: 0 written, 1 problems (unknown actor or kind, no matching events, too dense without "
                        + "--allow-dense, a PNG over 1,000,000 pixels tall, dataset without a usable store, file exists "
                        + "without --force, cannot write), "
                        + "2 usage error."})
final class ExportCommand implements Callable<Integer> {

    private static final String NAME = "corridor export";

    @Spec
    CommandSpec spec;

    @ParentCommand
    CorridorCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: a name from the range and filters, e.g. "
                    + "corridor-2019-2025-state-visits.png, in the current folder).")
    Path output;

    @Option(names = "--format", paramLabel = "png|svg|pdf|md",
            description = "The format (default: from the extension of --output, else png; md writes a chronology).")
    String format;

    @Option(names = "--layout", paramLabel = "timeline|chronology",
            description = "A timeline chart (default), or a chronology: a dated list of the events with their "
                    + "actors, a short quote and footnotes (PDF or Markdown).")
    String layout;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--lanes", paramLabel = "kind|country|actor", defaultValue = "kind",
            description = "One lane per kind, per side (country) or per actor (default: ${DEFAULT-VALUE}).")
    String lanes;

    @Option(names = "--width", paramLabel = "PIXELS",
            description = "Width of a PNG or SVG in pixels, " + ExportRequest.MIN_WIDTH + "–" + ExportRequest.MAX_WIDTH
                    + " (default: " + ExportRequest.DEFAULT_WIDTH + ").")
    Integer width;

    @Option(names = "--scale", paramLabel = "1|2|3",
            description = "PNG pixels per image pixel (default: 2, sharp on high-density screens and paper).")
    Integer scale;

    @Option(names = "--paper", paramLabel = "a4|a3|letter", defaultValue = "a4",
            description = "PDF sheet size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--orientation", paramLabel = "landscape|portrait",
            description = "PDF sheet orientation (default: landscape for a timeline, portrait for a chronology).")
    String orientation;

    @Option(names = "--theme", paramLabel = "light|dark|print",
            description = "Colours (default: light; print for PDF).")
    String theme;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Heading above the timeline (default: the dataset's title; \"\" for none).")
    String title;

    @Option(names = "--locale", paramLabel = "en|zh|ur", defaultValue = "en",
            description = "The language of the axis, legend, filters line, footnotes, dates and chronology: English, "
                    + "Chinese or Urdu (default: ${DEFAULT-VALUE}). Event titles stay as written; this command's own "
                    + "messages stay English.")
    String locale;

    @Option(names = "--no-legend", description = "Leave out the legend of kinds and encodings.")
    boolean noLegend;

    @Option(names = "--no-filters-line", description = "Leave out the line describing the filters.")
    boolean noFiltersLine;

    @Option(names = "--no-footer", description = "Leave out the footnote marks and the numbered list of sources.")
    boolean noFooter;

    @Option(names = "--no-today", description = "Leave out the today line.")
    boolean noToday;

    @Option(names = "--no-axis-breaks",
            description = "Draw the time axis straight through long stretches with no events.")
    boolean noAxisBreaks;

    @Option(names = "--allow-dense", description = "Draw a set too dense to read at this size anyway.")
    boolean allowDense;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = {"-v", "--verbose"}, description = "Also print the time taken and the peak heap.")
    boolean verbose;

    @Override
    public Integer call() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Measurement measurement = new Measurement();
        Options o = checkOptions();
        return StoreSession.run(spec.commandLine(), data.orElse(parent.data), NAME,
                (store, dataset) -> export(store, dataset, o, measurement));
    }

    /** The options checked for usage errors (exit 2), before any data is read. */
    private record Options(ExportFormat format, ExportLayout layout, LaneMode lanes, Theme theme, Paper paper,
                           int width, int scale, Language language) {
    }

    private Options checkOptions() {
        ExportFormat fromName = output == null ? null : ExportFormat.ofFileName(output).orElse(null);
        ExportLayout lay = layout == null ? null : ExportLayout.ofCode(layout)
                .orElseThrow(() -> usage("--layout must be timeline or chronology, not \"" + layout + "\""));
        ExportFormat fmt;
        if (format != null) {
            fmt = ExportFormat.ofExtension(format.strip())
                    .orElseThrow(() -> usage("--format must be png, svg, pdf or md, not \"" + format + "\""));
            if (fromName != null && fromName != fmt) {
                throw usage("--format " + fmt.extension() + " does not match the extension of " + output);
            }
        } else {
            fmt = fromName != null ? fromName : lay == ExportLayout.CHRONOLOGY ? ExportFormat.PDF : ExportFormat.PNG;
        }
        if (lay == null) {
            lay = fmt == ExportFormat.MARKDOWN ? ExportLayout.CHRONOLOGY : ExportLayout.TIMELINE;
        }
        if (!lay.allows(fmt)) {
            throw usage(lay == ExportLayout.CHRONOLOGY ? "a chronology is written as pdf or md, not " + fmt.extension()
                    : "md holds a chronology: add --layout chronology, or choose png, svg or pdf");
        }
        LaneMode mode = Arrays.stream(LaneMode.values())
                .filter(m -> m.name().equalsIgnoreCase(lanes.strip())).findFirst()
                .orElseThrow(() -> usage("--lanes must be kind, country or actor, not \"" + lanes + "\""));
        int w = width == null ? fmt.defaultWidth() : width;
        if (w < ExportRequest.MIN_WIDTH || w > ExportRequest.MAX_WIDTH) {
            throw usage("--width must be " + ExportRequest.MIN_WIDTH + " to " + ExportRequest.MAX_WIDTH
                    + " pixels, not " + w);
        }
        int sc = scale == null ? fmt.defaultScale() : scale;
        if (sc < 1 || sc > ExportRequest.MAX_SCALE) {
            throw usage("--scale must be 1, 2 or 3, not " + sc);
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
        String orient = orientation != null ? orientation : lay == ExportLayout.CHRONOLOGY ? "portrait" : "landscape";
        Paper.Orientation o = Arrays.stream(Paper.Orientation.values())
                .filter(v -> v.name().equalsIgnoreCase(orient.strip())).findFirst()
                .orElseThrow(() -> usage("--orientation must be landscape or portrait, not \"" + orient + "\""));
        Language language = Language.fromCode(locale)
                .orElseThrow(() -> usage("--locale must be en, zh or ur, not \"" + locale + "\""));
        filters.checkUsage(spec.commandLine());
        return new Options(fmt, lay, mode, t, new Paper(size, o), w, sc, language);
    }

    private int export(Store store, Dataset dataset, Options o, Measurement measurement) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventFilter filter = filters.toFilter(dataset, err, NAME);
        if (filter == null) {
            return ExitCodes.PROBLEMS;
        }
        Map<String, Actor> actorsById = dataset.actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
        Function<String, Actor> actorLookup = actorsById::get;
        List<Event> events = StoreSession.matching(store, dataset, filter);
        String description = FilterDescription.of(filter, actorLookup, events.size());
        if (events.isEmpty()) {
            err.printf("%s: no events match the filters (%s); nothing written%n", NAME, description);
            return ExitCodes.PROBLEMS;
        }
        ExportRange range = ExportRange.of(filter.from(), filter.to(), events);
        ExportRequest request = ExportRequest.of(o.format(), range).withLanes(o.lanes()).withLayout(o.layout())
                .withWidth(o.width()).withScale(o.scale()).withPaper(o.paper()).withTheme(o.theme())
                .withTitle(title == null ? dataset.title() : title).withLegend(!noLegend)
                .withFiltersLine(!noFiltersLine).withFooter(!noFooter).with(Part.TODAY, !noToday)
                .with(Part.AXIS_BREAKS, !noAxisBreaks).withAllowDense(allowDense).withLanguage(o.language());
        // The file speaks the chosen language; this command's messages stay English.
        String fileDescription = o.language() == Language.ENGLISH ? description
                : FilterDescription.of(filter, actorLookup, events.size(), o.language());
        Path target = output != null ? output
                : Path.of(ExportNames.defaultFileName(o.format(), o.layout(), range, filter));
        ExportResult result;
        try {
            result = new ExportService().export(request, events, actorLookup, dataset.sources(), fileDescription, target,
                    force, ExportProgress.NONE);
        } catch (TargetExistsException e) {
            err.printf("%s: %s already exists; add --force to replace it%n", NAME, target);
            return ExitCodes.PROBLEMS;
        } catch (TooDenseException e) {
            err.println(NAME + ": " + e.getMessage());
            err.print(advice(e.verdict()));
            err.flush();
            return ExitCodes.PROBLEMS;
        } catch (PngTooTallException e) {
            err.println(NAME + ": " + e.getMessage() + ".");
            err.print("What would help:\n  - a PDF, split into sheets: --format pdf\n  - an SVG: --format svg\n"
                    + "  - fewer events: narrow the filters (--from, --to, --kind, --actor, --text)\n");
            err.flush();
            return ExitCodes.PROBLEMS;
        } catch (ExportException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        String dims = switch (result.format()) {
            case PNG -> result.pixelWidth() + "\u00d7" + result.pixelHeight() + " px";
            case SVG -> result.pixelWidth() + "\u00d7" + result.pixelHeight() + " px (vector)";
            case PDF -> o.paper() + ", " + StoreSession.count(result.pages(), "page");
            case MARKDOWN -> "chronology";
        };
        out.printf("Wrote %s: %s, %s, %s%n", target, StoreSession.count(result.events(), "event"), dims,
                FileSizes.human(result.bytes()));
        if (verbose) {
            out.println(measurement.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** What would make a too dense export legible, as options of this command. */
    static String advice(Density d) {
        StringBuilder sb = new StringBuilder("What would help:\n");
        if (d.widerHelps()) {
            sb.append(String.format(Locale.ROOT, "  - a wider image: --width %d%n", d.suggestedWidth()));
        }
        if (!d.slices().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  - pages split by time, one export each (%d):%n", d.slices().size()));
            for (Density.Slice s : d.slices()) {
                sb.append(String.format(Locale.ROOT, "      --from %s --to %s   (%,d events)%n", s.from().toEdtf(),
                        s.to().toEdtf(), s.events()));
            }
        }
        sb.append("  - fewer events: narrow the filters (--kind, --actor, --text)\n");
        sb.append("  - or draw it anyway: --allow-dense\n");
        return sb.toString();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

}
