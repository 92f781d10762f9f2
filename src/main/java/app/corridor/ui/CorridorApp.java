package app.corridor.ui;

import app.corridor.AppLog;
import app.corridor.StartTrace;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.layout.LaneMode;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.store.StoreLocation;
import app.corridor.store.StoreManager;
import app.corridor.ui.timeline.ViewRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application and the UI's composition root: reads the remembered settings, shows the
 * window at once, then opens the store and loads the data in the background while the window shows
 * progress. File → Open switches to another dataset the same way. On exit it remembers the window,
 * filters and view.
 */
public final class CorridorApp extends Application {

    private static final Logger LOG = Logger.getLogger(CorridorApp.class.getName());
    private static final double FIRST_VIEW_SHARE = 0.9;
    private static final int RECENT_KEPT = 8;
    /** How long a store's build waits for the first frame of the dataset it holds (see {@link #openStore}). */
    private static final long FIRST_FRAME_WAIT_MS = 3000;

    private DatasetRef startDataset;
    private Path storeDir;
    private UiSettings settings;
    private Background background;
    private AppModel model;
    private MainWindow window;
    /** The window's language: chosen with View → Language and remembered, else the system's. */
    private Language language;
    private Store store;
    private AppLog log;
    private ErrorReporter errors;
    private CuratorMode curatorMode;
    /** The dataset open (or opening), and its saved store's file. */
    private DatasetRef shownDataset;
    private Path shownStoreFile;
    private final List<Path> recent = new ArrayList<>();
    /** The filters and view are remembered for the dataset the app started on, not for others opened since. */
    private boolean onStartDataset = true;
    /** Counts openings, so a slow opening overtaken by a newer one is dropped. */
    private long opening;

    /**
     * The start dataset's store, opened and read on a thread of its own from {@link #launch} on,
     * while the toolkit starts; null when the app was started otherwise (tests).
     */
    private static volatile EarlyOpen early;
    /** The log and settings, read on a thread of their own from {@link #launch} on; null as for {@link #early}. */
    private static volatile CompletableFuture<Prepared> earlyPrepared;
    /** The bundled fonts, loaded beside the window's build; the first CSS pass needs them (see {@link #start}). */
    private CompletableFuture<Void> fonts;

    /** What a start reads before its window: the log set up in the store's directory, and the settings. */
    private record Prepared(Path storeDir, AppLog log, UiSettings settings) {

        static Prepared in(Path storeDir) {
            return new Prepared(storeDir, AppLog.install(storeDir), UiSettings.load(storeDir));
        }
    }

    /** Starts the app on {@code dataset}, keeping the store in {@code storeDir} (null: the default). */
    public static void launch(DatasetRef dataset, Path storeDir) {
        // The store needs no toolkit: opening it (and reading 100,000 events) overlaps the toolkit's start.
        Path store = StoreLocation.directory(storeDir == null ? null : storeDir.toString());
        early = EarlyOpen.begin(dataset, store);
        // As small as they are, the log's and settings' files take a tenth of a second to read
        // cold; the toolkit's start leaves time for them.
        earlyPrepared = onThread("corridor-settings", () -> Prepared.in(store));
        List<String> args = new ArrayList<>();
        if (dataset.files() instanceof app.corridor.dataset.DirectoryDatasetFiles dir) {
            args.add("--dataset=" + dir.directory().resolve(dataset.fileName()));
        }
        if (storeDir != null) {
            args.add("--store-dir=" + storeDir);
        }
        Application.launch(CorridorApp.class, args.toArray(String[]::new));
    }

    /** Runs on the launcher thread, not the UI thread, while the UI thread is idle. */
    @Override
    public void init() {
        StartTrace.mark("toolkit");
        Map<String, String> named = getParameters().getNamed();
        startDataset = named.containsKey("dataset") ? DatasetRef.of(Path.of(named.get("dataset")))
                : DatasetRef.bundled();
        storeDir = StoreLocation.directory(named.get("store-dir"));
        Prepared prepared = prepared(storeDir);
        log = prepared.log();
        settings = prepared.settings();
        language = Language.fromCode(settings.language()).orElse(Language.system());
        settings.recent().forEach(p -> recent.add(Path.of(p)));
        // The theme loads on the UI thread, idle until start. Set before any control class loads
        // (none does before start), JavaFX's own default theme, which it replaces, never loads.
        String theme = MainWindow.userAgentStylesheet(settings.dark());
        javafx.application.Platform.runLater(() -> {
            Application.setUserAgentStylesheet(theme);
            StartTrace.mark("theme");
        });
        // The axis's words and the window's counted phrases come from ICU, whose formatters take a
        // while to build the first time: built beside the fonts and the window, not in its first layout.
        // The window's phrases first: the window's model counts with them as it is made, before any
        // layout needs the axis's words (in the other order, the toolkit's thread built ICU's
        // number formatting itself, 22-48 ms of each start).
        onThread("corridor-words", () -> {
            try {
                new WindowText(Messages.of(language)).outside(2);
                app.corridor.i18n.CalendarWords.of(language).prepare();
            } catch (RuntimeException e) {
                // Only a head start: the window makes the same words itself (and says so if it cannot).
                LOG.log(Level.FINE, "cannot prepare the window's words ahead", e);
            }
            return null;
        });
        // The fonts load while the window is built (start joins them before the window's first CSS pass).
        fonts = onThread("corridor-fonts", () -> {
            NativeName.loadFonts();
            app.corridor.ui.timeline.FxFonts.preload();
            StartTrace.mark("fonts");
            return null;
        });
    }

    /** The log and settings for {@code dir}: those read from the launch on, else read now. */
    private static Prepared prepared(Path dir) {
        CompletableFuture<Prepared> started = earlyPrepared;
        earlyPrepared = null;
        if (started != null) {
            Prepared prepared = started.join();
            if (prepared.storeDir().equals(dir)) {
                return prepared;
            }
        }
        return Prepared.in(dir);
    }

    /** {@code work}'s result, computed on a daemon thread of its own named {@code name}. */
    private static <T> CompletableFuture<T> onThread(String name, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void start(Stage stage) {
        StartTrace.mark("start");
        errors = new ErrorReporter(log.currentFile(), () -> stage, () -> Messages.of(language));
        errors.install();
        background = new FxBackground();
        model = new AppModel(background, language);
        model.darkProperty().set(settings.dark());
        model.tableShownProperty().set(settings.table());
        model.laneModeProperty().set(laneMode(settings.laneMode()));
        window = newWindow(stage);
        restoreWindow(stage);
        fonts.join(); // what failed there fails the start, its cause given
        stage.show();
        StartTrace.mark("window");
        EarlyOpen started = early;
        early = null;
        if (started != null && started.isFor(startDataset, storeDir)) {
            continueOpening(started);
        } else {
            open(startDataset, storeDir, true);
        }
    }

    /** A main window over {@code model}, with the remembered view settings and the app's commands. */
    private MainWindow newWindow(Stage stage) {
        MainWindow w = new MainWindow(stage, model);
        // A heap trim's pause waits for a moment without input (see HeapTrim).
        stage.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> app.corridor.HeapTrim.touched());
        w.timeline().setOverviewVisible(!Boolean.FALSE.equals(settings.overviewShown()));
        if (settings.legendShown() != null) {
            w.legend().expandedProperty().set(settings.legendShown()); // else as the window's height allows, see restoreWindow
        }
        w.timeline().setAxisBreaks(!Boolean.FALSE.equals(settings.axisBreaks()));
        if (settings.laneHeaderWidth() != null) {
            w.timeline().setLaneHeaderWidth(settings.laneHeaderWidth());
        }
        curatorMode = new CuratorMode(stage, w, model, background, model.words(), this::openDataset);
        // Opening another dataset, or changing the language, first asks about unsaved edits.
        w.setOpener(chosen -> curatorMode.whenSafe(() -> openDataset(chosen)));
        w.setLanguageChanger(chosen -> curatorMode.whenSafe(() -> changeLanguage(chosen)));
        w.setRecent(recent);
        return w;
    }

    /**
     * View → Language: the window is built again in {@code chosen}, without a restart. What the
     * reader had (dataset, filters, selection, lanes, the span in view, the panel) carries over;
     * a new model and window replace the old ones, so nothing of the old language lingers in
     * listeners. The choice is remembered at once.
     */
    void changeLanguage(Language chosen) {
        if (chosen == language || window == null) {
            return;
        }
        Stage stage = (Stage) window.scene().getWindow();
        settings = currentSettings();
        AppModel old = model;
        MainWindow oldWindow = window;
        language = chosen;
        settings = settings.withLanguage(chosen.code());
        UiSettings toSave = settings;
        background.run(() -> {
            toSave.save(storeDir);
            return null;
        }, ok -> { }, failure -> LOG.log(Level.WARNING, "cannot save settings", failure));
        oldWindow.closeChildWindows();
        // Unsaved edits were saved or set aside before (see newWindow); edit mode comes back in the new window.
        boolean wasEditing = curatorMode.editingProperty().get();
        boolean showingEdits = old.store() != null && old.store() != store;
        curatorMode.stop();
        model = new AppModel(background, chosen);
        model.darkProperty().set(old.darkProperty().get());
        model.tableShownProperty().set(old.tableShownProperty().get());
        model.laneModeProperty().set(old.laneModeProperty().get());
        model.problems().setAll(old.problems());
        window = newWindow(stage);
        window.restorePanel(settings.sidePanelWidth(), !Boolean.FALSE.equals(settings.sidePanelShown()));
        if (store == null || old.getDataset() == null) {
            return; // still opening: the opening in progress fills the new window
        }
        if (showingEdits) {
            // The window showed edited data, since saved: read the dataset again from its file.
            Store shown = old.store();
            background.run(() -> {
                shown.close();
                return null;
            }, ok -> { }, failure -> LOG.log(Level.FINE, "cannot close the edited data's store", failure));
            editAfterReopen = wasEditing;
            open(shownDataset, shownStoreFile.getParent(), false);
            return;
        }
        String selected = old.getSelectedEvent() == null ? null : old.getSelectedEvent().id();
        Double start = settings.viewStart();
        Double end = settings.viewEnd();
        model.filterProperty().set(old.getFilter());
        model.afterNextResults(() -> {
            if (start != null && end != null && end > start) {
                window.timeline().request(new ViewRequest.ShowRange(start, end, false));
            }
            if (selected != null) {
                model.getFilteredEvents().stream().filter(e -> e.id().equals(selected)).findFirst()
                        .ifPresent(model.selectedEventProperty()::set);
            }
            window.loaded();
            curatorMode.datasetOpened(shownDataset, shownStoreFile, true);
            curatorMode.editingProperty().set(wasEditing);
        }, window::failed);
        model.loaded(store, old.getDataset());
    }

    /** Edit mode comes back on once the dataset opening now is in (after a change of language). */
    private boolean editAfterReopen;

    /** The window's language. */
    Language language() {
        return language;
    }

    /**
     * Opens the dataset at {@code chosen} (its {@code events.json}, or the folder holding it) in
     * place of the current one. Its store lives in a folder of its own under the store directory,
     * so switching back and forth never rebuilds either.
     */
    void openDataset(Path chosen) {
        Path file = Files.isDirectory(chosen) ? chosen.resolve(DatasetLoader.DATASET_FILE) : chosen;
        if (!Files.isRegularFile(file)) {
            window.failed(model.words().get("open.no-dataset", chosen.toString(), DatasetLoader.DATASET_FILE));
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > RECENT_KEPT) {
            recent.remove(recent.size() - 1);
        }
        window.setRecent(recent);
        open(DatasetRef.of(absolute), StoreLocation.forDataset(storeDir, absolute), false);
    }

    private void open(DatasetRef dataset, Path datasetStoreDir, boolean restoreView) {
        long attempt = ++opening;
        window.showLoading();
        onStartDataset = restoreView;
        curatorMode.datasetClosing();
        Store previous = store;
        // While a dataset is edited the window shows a store in memory of the edited data.
        Store shown = model.store();
        store = null;
        model.unloaded();
        shownDataset = dataset;
        shownStoreFile = datasetStoreDir.resolve(StoreLocation.FILE_NAME);
        background.run(() -> {
            if (previous != null) {
                previous.close(); // on the worker: queries run there too, one at a time
            }
            if (shown != null && shown != previous) {
                shown.close();
            }
            return null;
        }, closed -> {
            if (attempt == opening) {
                follow(attempt, EarlyOpen.begin(dataset, datasetStoreDir), restoreView);
            }
        }, failure -> openFailed(attempt, datasetStoreDir, failure));
    }

    /** The start dataset, whose store {@link #launch} began opening: what is left is to show it. */
    private void continueOpening(EarlyOpen started) {
        long attempt = ++opening;
        window.showLoading();
        onStartDataset = true;
        model.unloaded();
        shownDataset = started.dataset();
        shownStoreFile = started.storeDir().resolve(StoreLocation.FILE_NAME);
        follow(attempt, started, true);
    }

    /**
     * Shows what opening number {@code attempt} brings: its progress, the checked dataset while
     * its store is built, then the store (or why there is none).
     */
    private void follow(long attempt, EarlyOpen started, boolean restoreView) {
        CompletableFuture<Store> building = started.result().thenApply(loaded -> loaded.opening().store());
        started.whenDone(progressTo(attempt),
                checked -> Platform.runLater(() -> checked(attempt, checked, building, restoreView)),
                loaded -> Platform.runLater(() -> opened(attempt, loaded, restoreView)),
                failure -> Platform.runLater(() -> openFailed(attempt, started.storeDir(), failure)));
    }

    /** Progress of opening number {@code attempt}, shown while it is the latest. */
    private StoreManager.Progress progressTo(long attempt) {
        return (fraction, message) -> Platform.runLater(() -> {
            if (attempt == opening) {
                window.progress(fraction, message);
            }
        });
    }

    /** The dataset is valid and its store is being built: show it meanwhile. */
    private void checked(long attempt, Checked checked, CompletableFuture<Store> building, boolean restoreView) {
        if (attempt != opening) {
            return;
        }
        show(checked.dataset(), restoreView, () -> model.loadedBeforeStore(building, checked.dataset(), checked.indexed()),
                checked.onScreen());
    }

    private void opened(long attempt, Loaded loaded, boolean restoreView) {
        if (attempt != opening) {
            closeQuietly(loaded.opening().store());
            return;
        }
        loaded(loaded, restoreView);
    }

    private void openFailed(long attempt, Path datasetStoreDir, Throwable failure) {
        if (attempt != opening) {
            return;
        }
        String message = model.words().get("open.cannot-store", datasetStoreDir.toString(),
                String.valueOf(failure.getMessage()));
        if (model.isStoreBuilding()) {
            // The data is on screen already: it stays, and only what needs the store says it cannot.
            model.storeFailed(message);
            if (!window.isLoading()) {
                storeReady(); // else once the data is on screen (see show)
            }
            return;
        }
        window.failed(message);
    }

    /**
     * Opens (or builds) the store of {@code dataset} in {@code datasetStoreDir} and reads the data
     * back, indexed for the filters: all the work a start does before it can draw, none of it on
     * the UI thread.
     */
    static Loaded openStore(DatasetRef dataset, Path datasetStoreDir, StoreManager.Progress progress,
                            Consumer<Checked> onChecked) {
        AtomicReference<AppModel.Indexed> early = new AtomicReference<>();
        StoreManager.Opening result = new StoreManager(datasetStoreDir, new DatasetLoader())
                .open(dataset.files(), dataset.fileName(), progress, valid -> {
                    early.set(AppModel.index(valid));
                    StartTrace.mark("checked");
                    CountDownLatch onScreen = new CountDownLatch(1);
                    onChecked.accept(new Checked(valid, early.get(), onScreen::countDown));
                    // The build waits for the dataset's first frame (both want the CPU), but not for long:
                    // the window may never show it (another dataset opened meanwhile).
                    awaitQuietly(onScreen, FIRST_FRAME_WAIT_MS);
                });
        StartTrace.mark("store");
        Dataset d = result.store() == null ? null : result.store().loadDataset();
        AppModel.Indexed indexed = d == null ? null
                : early.get() != null && early.get().dataset() == d ? early.get() : AppModel.index(d);
        StartTrace.mark("data");
        return new Loaded(result, d, indexed);
    }

    /** The store opened, the dataset read from it and indexed for the filters. */
    record Loaded(StoreManager.Opening opening, Dataset dataset, AppModel.Indexed indexed) {
    }

    /**
     * A dataset found valid, indexed for the filters, whose store is yet to be built.
     *
     * @param onScreen to run once it is on screen: the build starts then
     */
    record Checked(Dataset dataset, AppModel.Indexed indexed, Runnable onScreen) {
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loaded(Loaded result, boolean restoreView) {
        model.problems().setAll(result.opening().problems());
        model.storeNotices().setAll(result.opening().notices());
        if (result.opening().store() == null) {
            model.unloaded();
            window.failed(model.words().get("open.no-events"));
            // Curator mode can fix them here: the timeline comes back once the edited data passes.
            curatorMode.datasetOpened(shownDataset, shownStoreFile, false);
            return;
        }
        store = result.opening().store();
        if (model.isStoreBuilding() && model.getDataset() == result.dataset()) {
            // Shown already, while the store was built: searches go to it from now on.
            model.storeBuilt(store);
            if (!window.isLoading()) {
                storeReady();
            }
            trimHeapOnceLoaded();
            return;
        }
        show(result.dataset(), restoreView, () -> model.loaded(store, result.dataset(), result.indexed()), () -> { });
    }

    /**
     * Shows {@code dataset} once {@code load} hands it to the model: the remembered filter (or
     * none), then, with its first results, the remembered view (or all of it); {@code onScreen}
     * runs when that first frame is laid out.
     */
    private void show(Dataset dataset, boolean restoreView, Runnable load, Runnable onScreen) {
        model.filterProperty().set(restoreView ? restoredFilter(dataset) : EventFilter.all());
        model.afterNextResults(() -> {
            if (restoreView && settings.viewStart() != null && settings.viewEnd() != null
                    && settings.viewEnd() > settings.viewStart()) {
                // The first view of a session jumps into place: there is nothing to glide from.
                window.timeline().request(new ViewRequest.ShowRange(settings.viewStart(), settings.viewEnd(), false));
            } else if (window.timeline().isAxisBreaks()) {
                // Every event, long empty stretches broken out of the axis.
                window.timeline().request(new ViewRequest.Fit(1, false));
            } else {
                // The most recent nine tenths of the events: one early event would squeeze the rest.
                window.timeline().request(new ViewRequest.Fit(FIRST_VIEW_SHARE, false));
            }
            window.loaded();
            if (!model.isStoreBuilding()) {
                storeReady();
            }
            afterFirstFrame(() -> {
                onScreen.run();
                trimHeapOnceLoaded();
            });
        }, window::failed);
        load.run();
    }

    /**
     * Once the data is on screen, the memory their making took is given back; a first start does so
     * again once its store is built. The first trim matters there too: the checked file's parse left
     * the young space so large that the build's short-lived objects filled it up without a collection.
     */
    private void trimHeapOnceLoaded() {
        app.corridor.HeapTrim.afterLoad();
    }

    /** The dataset is on screen and its store open: what needs the store (edit mode) may start. */
    private void storeReady() {
        curatorMode.datasetOpened(shownDataset, shownStoreFile, true);
        if (editAfterReopen) {
            editAfterReopen = false;
            curatorMode.editingProperty().set(true);
        }
    }

    /**
     * Runs {@code then} once the first frame that paints the data is laid out (at the end of the
     * next layout pass), and marks it (see {@link StartTrace}).
     */
    private void afterFirstFrame(Runnable then) {
        Scene scene = window.scene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // Not removed while the scene runs its listeners: on the next turn of the UI thread.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            then.run();
            if (StartTrace.firstFrame()) {
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
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
        List<WindowPlacement.Rect> screens = new ArrayList<>();
        screens.add(rect(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().stream().filter(sc -> !sc.equals(Screen.getPrimary()))
                .forEach(sc -> screens.add(rect(sc.getVisualBounds())));
        WindowPlacement.Rect at = WindowPlacement.place(settings.x(), settings.y(), settings.width(),
                settings.height(), new WindowPlacement.Rect(0, 0, MainWindow.PREFERRED_WIDTH, MainWindow.PREFERRED_HEIGHT),
                new WindowPlacement.Rect(0, 0, stage.getMinWidth(), stage.getMinHeight()), screens);
        stage.setX(at.x());
        stage.setY(at.y());
        stage.setWidth(at.width());
        stage.setHeight(at.height());
        stage.setMaximized(settings.maximized());
        if (settings.legendShown() == null) {
            window.legend().expandedProperty().set(Legend.openByDefault(at.height()));
        }
        window.restorePanel(settings.sidePanelWidth(), !Boolean.FALSE.equals(settings.sidePanelShown()));
    }

    private static WindowPlacement.Rect rect(Rectangle2D r) {
        return new WindowPlacement.Rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** What to remember of the current session. */
    UiSettings currentSettings() {
        Stage stage = (Stage) window.scene().getWindow();
        EventFilter f = model.getFilter();
        var scale = window.timeline().getScale();
        boolean hasView = model.getDataset() != null;
        double headerWidth = window.timeline().getLaneHeaderWidth();
        if (!onStartDataset) {
            // Another dataset is open: keep what was remembered of the one the app starts on.
            f = restoredFilterOrAll();
            hasView = false;
        }
        Double viewStart = settings.viewStart();
        Double viewEnd = settings.viewEnd();
        if (hasView) {
            // Fit all on a broken axis is kept as no span at all: the next start fits all again,
            // breaks and all. Its span would come back as a continuous view, the recent years squeezed.
            boolean brokenFitAll = window.timeline().isAxisBroken();
            viewStart = brokenFitAll ? null : Double.valueOf(scale.time(0));
            viewEnd = brokenFitAll ? null : Double.valueOf(scale.time(window.timeline().plotWidth()));
        }
        return new UiSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                window.sidePanelWidth(), window.isSidePanelShown(), window.timeline().isOverviewVisible(),
                window.legend().expandedProperty().get(), window.timeline().isAxisBreaks(),
                Double.isNaN(headerWidth) ? null : headerWidth, model.darkProperty().get(),
                model.laneModeProperty().get().name(), model.tableShownProperty().get(),
                viewStart, viewEnd,
                f.from() == null ? null : f.from().toEdtf(), f.to() == null ? null : f.to().toEdtf(),
                List.copyOf(f.actors()), f.allActors(), f.kinds().stream().map(EventKind::code).toList(), f.text(),
                recent.stream().map(Path::toString).toList(), settings.language());
    }

    private EventFilter restoredFilterOrAll() {
        try {
            return new EventFilter(partial(settings.from()), partial(settings.to()), Set.copyOf(settings.actors()),
                    settings.allActors(), settings.kinds().stream().map(k -> Coded.fromCode(EventKind.class, k))
                    .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toSet()), settings.text());
        } catch (RuntimeException e) {
            return EventFilter.all();
        }
    }

    @Override
    public void stop() {
        if (curatorMode != null) {
            curatorMode.stop();
        }
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
        closeQuietly(store);
        if (errors != null) {
            errors.uninstall();
        }
    }

    private static void closeQuietly(Store s) {
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot close the store", e);
            }
        }
    }

    ErrorReporter errors() {
        return errors;
    }

    MainWindow window() {
        return window;
    }

    CuratorMode curatorMode() {
        return curatorMode;
    }

    AppModel model() {
        return model;
    }
}
