package app.corridor.ui;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.layout.LaneMode;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreLocation;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application and the UI's composition root: reads the remembered settings, shows the
 * window at once, then opens the store and loads the data in the background while the window shows
 * progress. On exit it remembers the window, filters and view.
 */
public final class CorridorApp extends Application {

    private static final Logger LOG = Logger.getLogger(CorridorApp.class.getName());
    private static final double FIRST_VIEW_SHARE = 0.9;

    private DatasetRef dataset;
    private Path storeDir;
    private UiSettings settings;
    private Background background;
    private AppModel model;
    private MainWindow window;
    private Store store;

    /** Starts the app on {@code dataset}, keeping the store in {@code storeDir} (null: the default). */
    public static void launch(DatasetRef dataset, Path storeDir) {
        List<String> args = new ArrayList<>();
        if (dataset.files() instanceof app.corridor.dataset.DirectoryDatasetFiles dir) {
            args.add("--dataset=" + dir.directory().resolve(dataset.fileName()));
        }
        if (storeDir != null) {
            args.add("--store-dir=" + storeDir);
        }
        Application.launch(CorridorApp.class, args.toArray(String[]::new));
    }

    /** Runs on the launcher thread, not the UI thread: the place for the small settings read. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        dataset = named.containsKey("dataset") ? DatasetRef.of(Path.of(named.get("dataset"))) : DatasetRef.bundled();
        storeDir = StoreLocation.directory(named.get("store-dir"));
        settings = UiSettings.load(storeDir);
        NativeName.loadFonts();
        app.corridor.ui.timeline.TimelineView.preloadFonts();
    }

    @Override
    public void start(Stage stage) {
        background = new FxBackground();
        model = new AppModel(background);
        model.darkProperty().set(settings.dark());
        model.tableShownProperty().set(settings.table());
        model.laneModeProperty().set(laneMode(settings.laneMode()));
        window = new MainWindow(stage, model);
        restoreWindow(stage);
        stage.show();
        open();
    }

    private void open() {
        StoreManager manager = new StoreManager(storeDir, new DatasetLoader());
        background.run(() -> {
            StoreManager.Opening opening = manager.open(dataset.files(), dataset.fileName(),
                    (fraction, message) -> Platform.runLater(() -> window.progress(fraction, message)));
            Dataset d = opening.store() == null ? null : opening.store().loadDataset();
            return new Loaded(opening, d);
        }, this::loaded, failure -> window.failed("Cannot open the store in " + storeDir + ": "
                + failure.getMessage()));
    }

    private record Loaded(StoreManager.Opening opening, Dataset dataset) {
    }

    private void loaded(Loaded result) {
        model.problems().setAll(result.opening().problems());
        model.storeNotices().setAll(result.opening().notices());
        if (result.opening().store() == null) {
            window.failed("No events to show: the dataset has problems and there is no earlier good copy. "
                    + "See the problems above, fix them and restart.");
            return;
        }
        store = result.opening().store();
        model.filterProperty().set(restoredFilter(result.dataset()));
        model.afterNextResults(() -> {
            if (settings.viewStart() != null && settings.viewEnd() != null
                    && settings.viewEnd() > settings.viewStart()) {
                window.timeline().showRange(settings.viewStart(), settings.viewEnd());
            } else {
                // First start: the most recent nine tenths of the events; Fit all (0) shows the rest.
                window.timeline().fitRecent(FIRST_VIEW_SHARE);
            }
            window.loaded();
        });
        model.loaded(store, result.dataset());
    }

    /** The remembered filter, without actors or kinds the dataset no longer has. */
    private EventFilter restoredFilter(Dataset d) {
        Set<String> actors = new HashSet<>(settings.actors());
        actors.retainAll(d.actors().stream().map(a -> a.id()).toList());
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        settings.kinds().forEach(k -> Coded.fromCode(EventKind.class, k).ifPresent(kinds::add));
        try {
            return new EventFilter(partial(settings.from()), partial(settings.to()), actors, settings.allActors(),
                    kinds, settings.text());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring a remembered filter that no longer makes sense", e);
            return EventFilter.all();
        }
    }

    private static PartialDate partial(String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
    }

    private static LaneMode laneMode(String name) {
        try {
            return name == null ? LaneMode.KIND : LaneMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return LaneMode.KIND;
        }
    }

    private void restoreWindow(Stage stage) {
        if (settings.width() != null && settings.height() != null) {
            stage.setWidth(settings.width());
            stage.setHeight(settings.height());
        }
        if (settings.x() != null && settings.y() != null && onSomeScreen(settings.x(), settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        if (settings.divider() != null) {
            // The side panel keeps its width when the window resizes, so the fraction only means
            // what it meant once the window has its remembered size: apply it after showing.
            Platform.runLater(() -> window.split().setDividerPositions(settings.divider()));
        }
    }

    /** A remembered position on a screen that is no longer attached would hide the window. */
    private static boolean onSomeScreen(double x, double y) {
        return javafx.stage.Screen.getScreensForRectangle(x, y, 40, 40).size() > 0;
    }

    /** What to remember of the current session. */
    UiSettings currentSettings() {
        Stage stage = (Stage) window.scene().getWindow();
        EventFilter f = model.getFilter();
        var scale = window.timeline().getScale();
        boolean hasView = model.getDataset() != null;
        return new UiSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                window.split().getDividerPositions()[0], model.darkProperty().get(),
                model.laneModeProperty().get().name(), model.tableShownProperty().get(),
                hasView ? scale.time(0) : null, hasView ? scale.time(window.timeline().plotWidth()) : null,
                f.from() == null ? null : f.from().toEdtf(), f.to() == null ? null : f.to().toEdtf(),
                List.copyOf(f.actors()), f.allActors(), f.kinds().stream().map(EventKind::code).toList(), f.text());
    }

    @Override
    public void stop() {
        if (window != null) {
            UiSettings current = currentSettings();
            background.run(() -> {
                current.save(storeDir);
                return null;
            }, ok -> { }, failure -> LOG.log(Level.WARNING, "cannot save settings", failure));
        }
        if (background != null) {
            background.shutdown();
        }
        if (store != null) {
            store.close();
        }
    }

    MainWindow window() {
        return window;
    }

    AppModel model() {
        return model;
    }
}
