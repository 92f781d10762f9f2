package app.corridor.export;

import app.corridor.AppInfo;
import app.corridor.i18n.Messages;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.Source;
import app.corridor.render.AwtFonts;
import app.corridor.render.Java2dSurface;
import app.corridor.render.SvgSurface;
import java.awt.image.BufferedImage;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Exports a timeline to a PNG, SVG or PDF file: the one service the GUI's export dialog and the
 * {@code corridor export} command both call. Everything is drawn by the screen's
 * {@code TimelinePainter} through a {@code Surface}, so the three formats look alike and like
 * the screen. Needs no display and no JavaFX; safe to call from a background thread (one export
 * per call, no shared mutable state).
 */
public final class ExportService {

    private final Clock clock;
    private final AtomicFileWriter writer;
    private final int stripPixels;
    /** The tallest PNG written ({@link PngTooTallException#MAX_HEIGHT}; lower in tests). */
    private final int maxPngHeight;

    /** An exporter that draws "today" from the system clock. */
    public ExportService() {
        this(Clock.systemDefaultZone());
    }

    /** An exporter whose "today" line (and PDF creation date) come from {@code clock}. */
    public ExportService(Clock clock) {
        this(clock, new AtomicFileWriter(), PngExporter.DEFAULT_STRIP_PIXELS);
    }

    ExportService(Clock clock, AtomicFileWriter writer, int stripPixels) {
        this(clock, writer, stripPixels, PngTooTallException.MAX_HEIGHT);
    }

    ExportService(Clock clock, AtomicFileWriter writer, int stripPixels, int maxPngHeight) {
        this.clock = clock;
        this.writer = writer;
        this.stripPixels = stripPixels;
        this.maxPngHeight = maxPngHeight;
    }

    /**
     * Draws {@code events} as {@code request} says and writes them to {@code target}, whole or not
     * at all (see {@link AtomicFileWriter}).
     *
     * @param events            the events that pass the filters, in any order; those outside the
     *                          request's range are left out
     * @param actors            looks an actor up by id (for actor and country lanes); null when unknown
     * @param sources           the dataset's sources; the footer credits those the drawn events quote
     * @param filterDescription the filters line (e.g. from {@link FilterDescription}), or null
     * @param overwrite         replace an existing file (the GUI asks first; the CLI needs --force)
     * @param progress          receives progress and may cancel; {@link ExportProgress#NONE} for neither
     * @return what was written
     * @throws TargetExistsException    the file exists and {@code overwrite} is false
     * @throws ExportCancelledException {@code progress} asked to stop; nothing was written
     * @throws TooDenseException        the events are too dense to read, unless the request allows it
     * @throws PngTooTallException      a PNG would be taller than programs opening PNG files accept
     * @throws ExportException          the file could not be written; the message says which and why
     */
    public ExportResult export(ExportRequest request, List<Event> events, Function<String, Actor> actors,
                               List<Source> sources, String filterDescription, Path target, boolean overwrite,
                               ExportProgress progress) throws ExportException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(target, "target");
        AtomicFileWriter.checkTarget(target, overwrite);
        Runnable checkpoint = Cancellation.checkpoint(progress);
        try {
            checkpoint.run();
            if (request.layout() == ExportLayout.CHRONOLOGY) {
                return chronology(request, events, actors, sources, filterDescription, target, overwrite, checkpoint,
                        progress);
            }
            Messages words = Messages.of(request.language());
            progress.update(0.02, words.get("export.progress.layout"));
            AwtFonts fonts = new AwtFonts(request.theme());
            double width = request.format() == ExportFormat.PDF ? PdfExporter.layoutWidth(request.paper())
                    : request.width();
            LocalDate today = LocalDate.now(clock);
            // A surface only for its metrics: the page needs baselines before anything is drawn.
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            var g = scratch.createGraphics();
            TimelinePage page;
            try {
                page = TimelinePage.compose(request, width, events, actors, sources, filterDescription, today,
                        fonts.measure(), new Java2dSurface(g, fonts));
            } finally {
                g.dispose();
            }
            if (request.format() == ExportFormat.PNG) {
                int[] pixels = PngExporter.size(page, request.scale());
                if (pixels[1] > maxPngHeight) {
                    throw new PngTooTallException(target, pixels[0], pixels[1], maxPngHeight);
                }
            }
            if (page.density().dense() && !request.allowDense()) {
                throw new TooDenseException(target, page.density());
            }
            checkpoint.run();
            progress.update(0.1, words.get("export.progress.drawing", request.format().name()));
            // The filters also go into the file's metadata (SVG desc, PDF subject), unless left out.
            String about = request.includes(ExportRequest.Part.FILTERS_LINE) ? filterDescription : null;
            int[] size = new int[2];
            int[] pages = {1};
            long bytes = switch (request.format()) {
                case PNG -> writer.write(target, overwrite, out -> {
                    int[] s = PngExporter.size(page, request.scale());
                    size[0] = s[0];
                    size[1] = s[1];
                    new PngExporter(stripPixels).write(page, fonts, request.scale(), request.title(),
                            software(), out, checkpoint, f -> progress.update(0.1 + 0.89 * f, words.get("export.progress.drawing", "PNG")));
                    checkpoint.run(); // a cancel up to the last moment still leaves no file
                });
                case SVG -> writer.write(target, overwrite, out -> {
                    size[0] = (int) Math.ceil(page.width());
                    size[1] = (int) Math.ceil(page.height());
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    SvgSurface svg = new SvgSurface(w, request.theme(), fonts);
                    svg.begin(page.width(), page.height(), request.title(), about);
                    page.paint(new PageSurface(svg, 0, checkpoint));
                    svg.end();
                    w.flush();
                    checkpoint.run();
                });
                case PDF -> writer.write(target, overwrite, out -> {
                    size[0] = (int) Math.round(request.paper().widthPt());
                    size[1] = (int) Math.round(request.paper().heightPt());
                    pages[0] = new PdfExporter().write(page, request.theme(), fonts, request.paper(), request.title(),
                            about, software(), created(), out, checkpoint,
                            f -> progress.update(0.1 + 0.85 * f, words.get("export.progress.drawing", "PDF")),
                            request.language());
                    checkpoint.run();
                });
                case MARKDOWN -> throw new IllegalStateException("Markdown holds a chronology, not a timeline");
            };
            progress.update(1, words.get("export.progress.done"));
            return new ExportResult(target, request.format(), size[0], size[1], pages[0], page.eventCount(),
                    bytes);
        } catch (Cancellation.Cancelled e) {
            throw new ExportCancelledException(target);
        } catch (UncheckedIOException e) {
            throw new ExportException(target, "Cannot write " + target + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The events as a dated list, in PDF or Markdown. */
    private ExportResult chronology(ExportRequest request, List<Event> events, Function<String, Actor> actors,
                                    List<Source> sources, String filterDescription, Path target, boolean overwrite,
                                    Runnable checkpoint, ExportProgress progress) throws ExportException {
        Messages words = Messages.of(request.language());
        progress.update(0.05, words.get("export.progress.chronology"));
        List<Event> shown = events.stream().filter(request.range()::overlaps).toList();
        Chronology chronology = new Chronology(shown, actors,
                request.includes(ExportRequest.Part.FOOTER) ? sources : List.of(), request.language());
        String filters = request.includes(ExportRequest.Part.FILTERS_LINE) ? filterDescription : null;
        int[] pages = {1};
        long bytes = writer.write(target, overwrite, out -> {
            if (request.format() == ExportFormat.MARKDOWN) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ChronologyMarkdown.write(chronology, request.title(), filters, w, checkpoint);
                w.flush();
            } else {
                AwtFonts fonts = new AwtFonts(request.theme());
                pages[0] = new ChronologyPdf(fonts, PdfExporter.layoutWidth(request.paper())).write(chronology,
                        request.title(), filters, request.theme(), request.paper(), software(), created(), out,
                        checkpoint);
            }
            checkpoint.run();
        });
        progress.update(1, words.get("export.progress.done"));
        boolean pdf = request.format() == ExportFormat.PDF;
        return new ExportResult(target, request.format(), pdf ? (int) Math.round(request.paper().widthPt()) : 0,
                pdf ? (int) Math.round(request.paper().heightPt()) : 0, pages[0], shown.size(), bytes);
    }

    private static String software() {
        return AppInfo.NAME + " " + AppInfo.version();
    }

    private Calendar created() {
        GregorianCalendar c = new GregorianCalendar(java.util.TimeZone.getTimeZone(clock.getZone()));
        c.setTimeInMillis(clock.millis());
        return c;
    }
}
