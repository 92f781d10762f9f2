package app.corridor.ui;

import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.export.Density;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportLayout;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportRange;
import app.corridor.export.ExportRequest;
import app.corridor.export.ExportRequest.Part;
import app.corridor.export.ExportResult;
import app.corridor.export.ExportService;
import app.corridor.export.FilterDescription;
import app.corridor.export.Paper;
import app.corridor.export.PngTooTallException;
import app.corridor.export.TooDenseException;
import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.render.Theme;
import app.corridor.store.EventFilter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The logic of File → Export image…, without nodes: the choices as properties the dialog binds
 * to, their defaults (the whole filtered range, the light theme or print for PDF, the format's
 * width, a file name that says what the filters are), what is remembered between uses, and the
 * export itself on the {@link Background} worker with progress, cancelling, the question of
 * replacing a file, and the warning when the set is too dense. Tested without a toolkit.
 */
public final class ExportViewModel {


    /** What is exported: the filtered events and what the window showed when the dialog opened. */
    public record Source(List<Event> events, Dataset dataset, EventFilter filter, LaneMode lanes,
                         Function<String, Actor> actors, double visibleStart, double visibleEnd) {
    }

    private final Source source;
    private final Language language;
    private final Messages words;
    private final Background background;
    private final ExportService service;
    private final Path settingsDir;
    private final ExportSettings remembered;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<ExportLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final BooleanProperty wholeRange = new SimpleBooleanProperty(this, "wholeRange", true);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale");
    private final ObjectProperty<Paper.Size> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObjectProperty<Paper.Orientation> orientation = new SimpleObjectProperty<>(this, "orientation");
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final Map<Part, BooleanProperty> parts = new EnumMap<>(Part.class);
    private final StringProperty file = new SimpleStringProperty(this, "file");

    private final ExportJob job;
    private final ReadOnlyStringWrapper denseWarning = new ReadOnlyStringWrapper(this, "denseWarning");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper paperApplies = new ReadOnlyBooleanWrapper(this, "paperApplies");
    private final ReadOnlyBooleanWrapper widthApplies = new ReadOnlyBooleanWrapper(this, "widthApplies");

    /** The name this view model last suggested; the file follows the choices until the user types another. */
    private String suggested;
    private boolean settingDefaults;

    /**
     * @param uiThread    runs progress updates on the UI thread ({@code Platform::runLater}; inline in tests)
     * @param remembered  the choices of the last export (read off the UI thread by the caller)
     * @param settingsDir where {@link ExportSettings} are kept, or null to remember nothing
     */
    public ExportViewModel(Source source, Background background, Executor uiThread, ExportService service,
                           ExportSettings remembered, Path settingsDir) {
        this(source, background, uiThread, service, remembered, settingsDir, Language.ENGLISH);
    }

    /**
     * The same for a window in {@code language}: the export (axis, legend, filters line, footnotes,
     * dates) and what the dialog says speak it.
     */
    public ExportViewModel(Source source, Background background, Executor uiThread, ExportService service,
                           ExportSettings remembered, Path settingsDir, Language language) {
        this.source = source;
        this.language = language;
        this.words = Messages.of(language).withBidiMarks();
        this.background = background;
        this.service = service;
        this.settingsDir = settingsDir;
        this.remembered = remembered;
        this.job = new ExportJob(background, uiThread, words);
        for (Part p : Part.values()) {
            parts.put(p, new SimpleBooleanProperty(this, p.name(), true));
        }
        restore();
        format.addListener((o, a, f) -> formatChanged(a, f));
        layout.addListener((o, a, l) -> layoutChanged(l));
        wholeRange.addListener((o, a, b) -> suggestFile());
        file.addListener((o, a, b) -> {
            if (!settingDefaults) {
                clearOutcome();
            }
        });
    }

    private void restore() {
        settingDefaults = true;
        ExportSettings r = remembered;
        ExportFormat f = r.format() == null ? ExportFormat.PNG : ExportFormat.ofExtension(r.format())
                .orElse(ExportFormat.PNG);
        format.set(f);
        layout.set(r.layout() == null ? defaultLayout(f) : ExportLayout.ofCode(r.layout()).filter(l -> l.allows(f))
                .orElse(defaultLayout(f)));
        theme.set(r.theme() != null ? r.theme() : f == ExportFormat.PDF ? "print" : "light");
        width.set(r.width() != null ? r.width() : f.defaultWidth());
        scale.set(r.scale() != null ? r.scale() : ExportFormat.PNG.defaultScale());
        paper.set(r.paper() == null ? Paper.Size.A4 : Paper.Size.named(r.paper()));
        orientation.set(r.orientation() == null ? Paper.Orientation.LANDSCAPE
                : Paper.Orientation.valueOf(r.orientation()));
        title.set(source.dataset().title());
        restorePart(Part.LEGEND, r.legend());
        restorePart(Part.FILTERS_LINE, r.filtersLine() != null ? r.filtersLine() : !source.filter().isEmpty());
        restorePart(Part.FOOTER, r.footer());
        restorePart(Part.TODAY, r.today());
        restorePart(Part.AXIS_BREAKS, r.axisBreaks());
        updateApplies();
        settingDefaults = false;
        suggestFile();
    }

    private void restorePart(Part p, Boolean value) {
        parts.get(p).set(value == null || value);
    }

    private static ExportLayout defaultLayout(ExportFormat f) {
        return f == ExportFormat.MARKDOWN ? ExportLayout.CHRONOLOGY : ExportLayout.TIMELINE;
    }

    private void formatChanged(ExportFormat old, ExportFormat f) {
        if (f == null) {
            return;
        }
        if (!layout.get().allows(f)) {
            layout.set(defaultLayout(f));
        }
        // Print suits paper; leaving PDF, print gives way to the light theme.
        if (f == ExportFormat.PDF && old != ExportFormat.PDF) {
            theme.set("print");
        } else if (old == ExportFormat.PDF && "print".equals(theme.get())) {
            theme.set("light");
        }
        updateApplies();
        suggestFile();
    }

    private void layoutChanged(ExportLayout l) {
        if (l != null && !l.allows(format.get())) {
            format.set(l == ExportLayout.CHRONOLOGY ? ExportFormat.PDF : ExportFormat.PNG);
        }
        if (l == ExportLayout.CHRONOLOGY && remembered.orientation() == null) {
            orientation.set(Paper.Orientation.PORTRAIT);
        }
        updateApplies();
        suggestFile();
    }

    private void updateApplies() {
        ExportFormat f = format.get();
        paperApplies.set(f == ExportFormat.PDF);
        widthApplies.set(f == ExportFormat.PNG || f == ExportFormat.SVG);
    }

    /** The range exported: the whole filtered range (from the filter's start to its end), or what was visible. */
    public ExportRange range() {
        if (wholeRange.get() && !source.events().isEmpty()) {
            return ExportRange.of(source.filter().from(), source.filter().to(), source.events());
        }
        return ExportRange.window(source.visibleStart(), source.visibleEnd());
    }

    /** Keeps the file name in step with the choices, unless the user has typed a name of their own. */
    private void suggestFile() {
        String current = file.get();
        if (current != null && !current.isBlank() && !current.equals(suggested)) {
            return;
        }
        Path folder = folder();
        suggested = folder.resolve(ExportNames.defaultFileName(format.get(), layout.get(), range(),
                source.filter())).toString();
        boolean was = settingDefaults;
        settingDefaults = true;
        file.set(suggested);
        settingDefaults = was;
    }

    private Path folder() {
        return ExportSettings.folderFor(file.get(), remembered.folder());
    }

    /** The request the current choices make; throws {@link IllegalArgumentException} on a bad value. */
    public ExportRequest request() {
        ExportRequest r = ExportRequest.of(format.get(), range()).withLanes(source.lanes()).withLayout(layout.get())
                .withWidth(Math.max(ExportRequest.MIN_WIDTH, Math.min(ExportRequest.MAX_WIDTH, width.get())))
                .withScale(format.get() == ExportFormat.PNG ? scale.get() : 1)
                .withPaper(new Paper(paper.get(), orientation.get())).withTheme(Theme.named(theme.get()))
                .withTitle(title.get()).withLanguage(language);
        for (Part p : Part.values()) {
            r = r.with(p, parts.get(p).get());
        }
        return r;
    }

    /** Starts the export; a file that exists is replaced only after {@link #replace()}. */
    public void export() {
        start(false, false);
    }

    /** The user agreed to replace the file asked about. */
    public void replace() {
        job.answered();
        start(true, false);
    }

    /** The user chose to keep the existing file. */
    public void keep() {
        job.answered();
    }

    /** The user asked to draw a set too dense to read anyway. */
    public void exportAnyway() {
        denseWarning.set(null);
        start(false, true);
    }

    /** Stops a running export; it leaves no file. */
    public void cancel() {
        job.cancel();
    }

    private void start(boolean overwrite, boolean allowDense) {
        if (job.runningProperty().get()) {
            return;
        }
        Path target;
        ExportRequest request;
        try {
            target = Path.of(file.get().strip());
            request = request().withAllowDense(allowDense);
        } catch (RuntimeException e) {
            job.say(words.get("export.cannot", String.valueOf(e.getMessage())));
            return;
        }
        denseWarning.set(null);
        String filters = FilterDescription.of(source.filter(), source.actors(), source.events().size(), language);
        job.start(target, watch -> service.export(request, source.events(), source.actors(),
                source.dataset().sources(), filters, target, overwrite, watch), done -> {
                    remember(target);
                    result.set(done);
                }, failure -> {
                    if (failure instanceof TooDenseException dense) {
                        denseWarning.set(advice(dense.verdict(), words));
                        return true;
                    }
                    if (failure instanceof PngTooTallException tall) {
                        job.say(words.get("export.png.too-tall", tall.width(), tall.height(), tall.limit()));
                        return true;
                    }
                    return false;
                });
    }

    private void clearOutcome() {
        denseWarning.set(null);
        if (!job.runningProperty().get()) {
            job.answered();
            job.say("");
        }
    }

    /** The density warning in words: what is too dense, and what would help. */
    static String advice(Density d, Messages words) {
        int slices = d.slices().size();
        String summary = words.get("export.dense.summary", d.width(), d.events(), d.lane(), d.rows(),
                Density.MAX_ROWS);
        if (d.widerHelps() && slices > 0) {
            return words.get("export.dense.advice", summary, d.suggestedWidth(), slices, d.events() / slices);
        }
        if (d.widerHelps()) {
            return words.get("export.dense.advice.wider", summary, d.suggestedWidth());
        }
        return slices > 0 ? words.get("export.dense.advice.split", summary, slices, d.events() / slices)
                : words.get("export.dense.advice.filters", summary);
    }

    /** The language the export and the dialog speak. */
    Messages words() {
        return words;
    }

    /** Remembers the choices of a successful export for the next one. */
    private void remember(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        ExportSettings image = new ExportSettings(folder == null ? null : folder.toString(),
                format.get().extension(), layout.get().code(), theme.get(), width.get(), scale.get(),
                paper.get().name(), orientation.get().name(), part(Part.LEGEND), part(Part.FILTERS_LINE),
                part(Part.FOOTER), part(Part.TODAY), part(Part.AXIS_BREAKS), null, null);
        ExportSettings.update(background, settingsDir, kept -> kept.withImage(image));
    }

    private boolean part(Part p) {
        return parts.get(p).get();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<ExportLayout> layoutProperty() {
        return layout;
    }

    /** True: the whole filtered range; false: the window visible when the dialog opened. */
    public BooleanProperty wholeRangeProperty() {
        return wholeRange;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<Paper.Size> paperProperty() {
        return paper;
    }

    public ObjectProperty<Paper.Orientation> orientationProperty() {
        return orientation;
    }

    /** "light", "dark" or "print". */
    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Whether {@code part} is drawn. */
    public BooleanProperty partProperty(Part part) {
        return parts.get(part);
    }

    public StringProperty fileProperty() {
        return file;
    }




    /** Why the set is too dense and what would help, or null; {@link #exportAnyway()} draws it anyway. */
    public ReadOnlyStringProperty denseWarningProperty() {
        return denseWarning.getReadOnlyProperty();
    }


    /** What the finished export wrote, once done. */
    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True for PDF: the paper choices apply. */
    public ReadOnlyBooleanProperty paperAppliesProperty() {
        return paperApplies.getReadOnlyProperty();
    }

    /** True for PNG and SVG: the width applies. */
    public ReadOnlyBooleanProperty widthAppliesProperty() {
        return widthApplies.getReadOnlyProperty();
    }

    /** The export as it runs: running, progress, message, and the question of replacing a file. */
    public ExportJob job() {
        return job;
    }
}
