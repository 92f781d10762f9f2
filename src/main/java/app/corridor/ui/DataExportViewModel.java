package app.corridor.ui;

import app.corridor.i18n.Messages;
import app.corridor.export.DataExportService;
import app.corridor.export.DataFormat;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportRange;
import app.corridor.export.FilterDescription;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.store.EventFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The logic of File → Export data…: the format (CSV, a Corridor dataset folder, CSL-JSON or
 * BibTeX), a target named after the filters in the folder used last time, and the export on the
 * {@link Background} worker. Remembers folder and format in {@link ExportSettings}.
 */
public final class DataExportViewModel {


    private final List<Event> events;
    private final Dataset dataset;
    private final EventFilter filter;
    private final Background background;
    private final DataExportService service;
    private final Path settingsDir;
    private final ExportSettings remembered;
    private final ExportJob job;

    private final Messages words;
    private final ObjectProperty<DataFormat> format = new SimpleObjectProperty<>(this, "format");
    private final StringProperty target = new SimpleStringProperty(this, "target");
    private final ReadOnlyObjectWrapper<DataExportService.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private String suggested;

    /**
     * @param remembered  the choices of the last export (read off the UI thread by the caller)
     * @param settingsDir where {@link ExportSettings} are kept, or null to remember nothing
     */
    public DataExportViewModel(List<Event> events, Dataset dataset, EventFilter filter, Background background,
                               Executor uiThread, DataExportService service, ExportSettings remembered,
                               Path settingsDir) {
        this(events, dataset, filter, background, uiThread, service, remembered, settingsDir, Messages.english());
    }

    /** The same, saying what it says in {@code words}' language. */
    public DataExportViewModel(List<Event> events, Dataset dataset, EventFilter filter, Background background,
                               Executor uiThread, DataExportService service, ExportSettings remembered,
                               Path settingsDir, Messages words) {
        this.words = words;
        this.events = events;
        this.dataset = dataset;
        this.filter = filter;
        this.background = background;
        this.service = service;
        this.settingsDir = settingsDir;
        this.remembered = remembered;
        this.job = new ExportJob(background, uiThread, words);
        format.set(remembered.dataFormat() == null ? DataFormat.CSV
                : DataFormat.ofCode(remembered.dataFormat()).orElse(DataFormat.CSV));
        suggest();
        format.addListener((o, a, f) -> suggest());
    }

    /** The target follows the format until the user types another. */
    private void suggest() {
        String current = target.get();
        if (current != null && !current.isBlank() && !current.equals(suggested)) {
            return;
        }
        Path folder = folder();
        String base = events.isEmpty() ? "corridor"
                : ExportNames.baseName(ExportRange.of(filter.from(), filter.to(), events), filter, "");
        suggested = folder.resolve(base + format.get().suffix()).toString();
        target.set(suggested);
    }

    private Path folder() {
        return ExportSettings.folderFor(target.get(), remembered.dataFolder());
    }

    /** Starts the export; an existing target is replaced only after {@link #replace()}. */
    public void export() {
        start(false);
    }

    public void replace() {
        job.answered();
        start(true);
    }

    public void keep() {
        job.answered();
    }

    public void cancel() {
        job.cancel();
    }

    private void start(boolean overwrite) {
        if (events.isEmpty()) {
            job.say(words.get("export.data.no-events"));
            return;
        }
        Path path;
        try {
            path = Path.of(target.get().strip());
        } catch (RuntimeException e) {
            job.say(words.get("export.cannot", String.valueOf(e.getMessage())));
            return;
        }
        DataFormat f = format.get();
        String title = filter.isEmpty() ? dataset.title() : dataset.title() + " \u2014 "
                + FilterDescription.of(filter, id -> dataset.actor(id).orElse(null), events.size());
        job.start(path, watch -> service.export(f, events, dataset, title, path, overwrite, watch), done -> {
            remember(path, f);
            result.set(done);
        }, failure -> false);
    }

    private void remember(Path path, DataFormat f) {
        Path folder = path.toAbsolutePath().getParent();
        ExportSettings.update(background, settingsDir,
                kept -> kept.withData(folder == null ? null : folder.toString(), f.code()));
    }

    public ObjectProperty<DataFormat> formatProperty() {
        return format;
    }

    /** The file, or for a dataset the folder, to write. */
    public StringProperty targetProperty() {
        return target;
    }





    public ReadOnlyObjectProperty<DataExportService.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The export as it runs: running, progress, message, and the question of replacing a file. */
    public ExportJob job() {
        return job;
    }
}
