package app.corridor.ui;

import app.corridor.AppInfo;
import app.corridor.dataset.Problem;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.layout.LaneMode;
import app.corridor.model.Dataset;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.store.EventFilter;
import app.corridor.ui.timeline.KeyBindings;
import app.corridor.ui.timeline.KindColors;
import app.corridor.store.StoreManager;
import app.corridor.ui.timeline.TimelineView;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu bar and filter bar on top, the timeline (or the table) in the centre with
 * a legend, the side panel on the right, a status bar at the bottom. It only arranges and binds:
 * state lives in {@link AppModel}, the window's own wording and decisions in {@link MainWindowModel}.
 */
final class MainWindow {

    /** The window's size when nothing is remembered (smaller screens get less; see WindowPlacement). */
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 860;
    /** The side panel's width when nothing is remembered. */
    static final double SIDE_PANEL_WIDTH = 340;
    /** The side panel is never narrower than this when shown. */
    private static final double SIDE_PANEL_MIN = 260;

    private final Stage stage;
    private final AppModel model;
    private final MainWindowModel windowModel;
    private final TimelineView timeline = new TimelineView();
    /** Built when first shown (see {@link #table()}): most readers never leave the timeline. */
    private EventTable table;
    private final FilterBar filterBar;
    private final SidePanel sidePanel;
    private final VBox main;
    private final SplitPane split = new SplitPane();
    private final Legend legend;
    private final StackPane centre = new StackPane();
    private final VBox loading = new VBox(10);
    private final ProgressBar progress = new ProgressBar(-1);
    /** The loading message, or why nothing could be loaded: a Label, or a Paragraph in Urdu. */
    private final Region progressText;
    private final HBox banner = new HBox(10);
    private final HBox outsideBar = new HBox(8);
    private final Label status = new Label();
    private final Map<MenuAction, Runnable> handlers = new EnumMap<>(MenuAction.class);
    private final Menu recentMenu = new Menu();
    private final CheckMenuItem sidePanelItem = new CheckMenuItem();
    private final Scene scene;
    private Consumer<Path> opener = path -> { };
    private Consumer<Language> languageChanger = language -> { };
    /** The window's words, in its language. */
    private final Messages words;
    private List<Path> recent = List.of();
    /** The side panel's width to keep while the window takes its size; null once the user moved the divider. */
    private Double wantedPanelWidth = SIDE_PANEL_WIDTH;
    private boolean settingDivider;
    private long followGeneration;
    private EventFilter followFrom;
    private SourceViewer viewer;
    /** Curator mode's toggle in the view bar (wired by CuratorMode), and its forms in the side panel's place. */
    private final javafx.scene.control.ToggleButton editToggle = new javafx.scene.control.ToggleButton();
    private javafx.scene.layout.Region editor;
    private MenuBar menus;
    /** Shortcuts of menus other parts add (curator mode's Edit menu), for the shortcuts dialog: keys, then words. */
    private final List<String[]> moreShortcuts = new java.util.ArrayList<>();
    private ExportDialog exportDialog;
    private DataExportDialog exportDataDialog;

    MainWindow(Stage stage, AppModel model) {
        this.stage = stage;
        this.model = model;
        this.words = model.words();
        this.windowModel = new MainWindowModel(model);
        progressText = Paragraph.of(windowModel.text().loading(), model.language().rightToLeft());
        progressText.setMaxWidth(560);
        recentMenu.setText(words.get("menu.open-recent"));
        sidePanelItem.setText(MenuAction.SHOW_SIDE_PANEL.label(words));
        timeline.setLanguage(model.language());
        filterBar = new FilterBar(model);
        sidePanel = new SidePanel(model, this::showInSource);

        timeline.setId("timeline");
        timeline.eventsProperty().bind(model.filteredEventsProperty());
        timeline.laneModeProperty().bindBidirectional(model.laneModeProperty());
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        model.datasetProperty().addListener((o, a, d) -> timeline.actorsProperty().set(model.actorLookup()));
        timeline.contextEventsProperty().bind(model.allEventsProperty());
        timeline.setOnOpen(e -> sidePanel.requestFocus());
        // Escape anywhere in the side panel goes back to the timeline (or the table), where the reader was.
        sidePanel.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                (model.tableShownProperty().get() ? table() : timeline).requestFocus();
                e.consume();
            }
        });
        // Nothing to say about an empty plot until the data is in: never a false "No events match".
        timeline.emptyTextProperty().bind(Bindings.createStringBinding(() -> windowModel.loadingProperty().get() ? ""
                        : model.searchFeedbackProperty().get() != null ? model.searchFeedbackProperty().get()
                        : app.corridor.render.TimelinePainter.Decorations.none(model.language()).emptyTitle(),
                windowModel.loadingProperty(), model.searchFeedbackProperty()));
        timeline.emptyHintProperty().bind(Bindings.when(windowModel.loadingProperty()).then("")
                .otherwise(app.corridor.render.TimelinePainter.Decorations.none(model.language()).emptyHint()));
        windowModel.visibleStartProperty().bind(Bindings.createDoubleBinding(() -> timeline.getScale().time(0),
                timeline.scaleProperty(), timeline.plotWidthProperty()));
        windowModel.visibleEndProperty().bind(Bindings.createDoubleBinding(
                () -> timeline.getScale().time(timeline.plotWidth()), timeline.scaleProperty(),
                timeline.plotWidthProperty()));
        model.filterProperty().addListener((o, before, after) -> followFilter(before, after));
        timeline.timeRangeProperty().bind(Bindings.createObjectBinding(() -> {
            EventFilter f = model.getFilter();
            return f.from() == null && f.to() == null ? null : new double[] {
                f.from() == null ? Double.NaN : f.from().firstDay().toEpochDay(),
                f.to() == null ? Double.NaN : f.to().lastDay().toEpochDay() + 1};
        }, model.filterProperty()));

        StackPane plot = new StackPane(timeline, outsideBar());
        StackPane.setAlignment(outsideBar, Pos.TOP_CENTER);
        legend = new Legend(model);
        VBox timelineBox = new VBox(plot, legend);
        VBox.setVgrow(plot, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");
        timelineBox.visibleProperty().bind(model.tableShownProperty().not());
        centre.getChildren().addAll(timelineBox, loadingOverlay());
        if (model.tableShownProperty().get()) {
            table();
        }
        VBox.setVgrow(centre, Priority.ALWAYS);
        editToggle.setId("edit-mode");
        main = new VBox(new ViewBar(model, timeline, () -> run(MenuAction.EXPORT), editToggle), centre);
        main.setMinWidth(480);

        sidePanel.setMinWidth(SIDE_PANEL_MIN);
        split.getItems().addAll(main, sidePanel);
        SplitPane.setResizableWithParent(sidePanel, false);
        keepPanelWidth();

        BorderPane root = new BorderPane(split);
        menus = menuBar();
        root.setTop(new VBox(menus, storeNoticeBanner(), banner(), filterBar));
        root.setBottom(statusBar());
        root.getStyleClass().add("corridor-root");
        scene = new Scene(root, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        scene.getStylesheets().addAll(KindColors.stylesheet(),
                MainWindow.class.getResource("/app/corridor/ui/corridor.css").toExternalForm());
        // Urdu mirrors the window (menus, bars, the side panel on the left); the timeline does not:
        // its time axis runs left to right in every language, as in the exports.
        UiLanguage.apply(scene, model.language());
        timeline.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        stage.setScene(scene);
        stage.titleProperty().bind(windowModel.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        acceptDroppedDatasets();

        model.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        applyTheme(model.darkProperty().get());
        model.tableShownProperty().addListener((o, a, shown) -> (shown ? table() : timeline).requestFocus());
        wireHandlers();
    }

    /** The table view of the events, built (and put under the loading overlay) the first time it is asked for. */
    private EventTable table() {
        if (table == null) {
            table = new EventTable(model);
            table.visibleProperty().bind(model.tableShownProperty());
            centre.getChildren().add(1, table);
        }
        return table;
    }

    Scene scene() {
        return scene;
    }

    TimelineView timeline() {
        return timeline;
    }

    FilterBar filterBar() {
        return filterBar;
    }

    SplitPane split() {
        return split;
    }

    Legend legend() {
        return legend;
    }

    MainWindowModel windowModel() {
        return windowModel;
    }

    SourceViewer sourceViewer() {
        return viewer;
    }

    /** Closes the windows this one opened (source viewer, export dialogs): before it is replaced. */
    void closeChildWindows() {
        if (viewer != null) {
            viewer.stage().close();
        }
        if (exportDialog != null && exportDialog.dialog().isShowing()) {
            exportDialog.dialog().close();
        }
        if (exportDataDialog != null && exportDataDialog.dialog().isShowing()) {
            exportDataDialog.dialog().close();
        }
    }

    /** Registers what a menu command does; menus built before a handler exists show it disabled. */
    void handle(MenuAction action, Runnable handler) {
        handlers.put(action, handler);
    }

    private void run(MenuAction action) {
        handlers.getOrDefault(action, () -> { }).run();
    }

    // ---- the view follows the question ---------------------------------------------------------------

    /**
     * After a filter change, once its results are in, brings them into view (see
     * {@link MainWindowModel#follow}); a burst of changes (typing a search) follows once, from
     * where the burst started.
     */
    private void followFilter(EventFilter before, EventFilter after) {
        if (windowModel.loadingProperty().get()) {
            return;
        }
        long generation = ++followGeneration;
        EventFilter from = followFrom != null ? followFrom : before;
        followFrom = from;
        model.afterNextResults(() -> {
            if (generation == followGeneration) {
                followFrom = null;
                windowModel.follow(from, after, model.getFilteredEvents()).ifPresent(timeline::request);
            }
        }, failure -> followFrom = null);
    }

    private HBox outsideBar() {
        outsideBar.getStyleClass().add("outside-bar");
        outsideBar.setId("outside-bar");
        outsideBar.setAlignment(Pos.CENTER);
        outsideBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        outsideBar.setPickOnBounds(false);
        Label text = new Label();
        text.textProperty().bind(windowModel.outsideTextProperty());
        Hyperlink show = new Hyperlink(words.get("window.outside.show"));
        show.setId("show-outside");
        show.setAccessibleHelp(words.get("window.outside.show-help"));
        show.setOnAction(e -> windowModel.showMatches().ifPresent(timeline::request));
        outsideBar.getChildren().addAll(text, new Label("\u00b7"), show);
        outsideBar.visibleProperty().bind(windowModel.outsideShownProperty());
        StackPane.setMargin(outsideBar, new Insets(52, 0, 0, 0));
        return outsideBar;
    }

    // ---- loading, problems, status ------------------------------------------------------------------

    private VBox loadingOverlay() {
        progress.setPrefWidth(320);
        loading.getChildren().addAll(progressText, progress);
        loading.setAlignment(Pos.CENTER);
        loading.getStyleClass().add("loading");
        loading.setId("loading");
        return loading;
    }

    void progress(double fraction, String message) {
        progress.setProgress(fraction);
        Paragraph.textOf(progressText).set(message);
    }

    /** True from {@link #showLoading} until the data is shown (or could not be). */
    boolean isLoading() {
        return windowModel.loadingProperty().get();
    }

    /** A dataset is being opened: the overlay comes back over whatever was shown. */
    void showLoading() {
        windowModel.loadingProperty().set(true);
        windowModel.failedProperty().set(false);
        progress.setVisible(true);
        progress.setProgress(-1);
        Paragraph.textOf(progressText).set(windowModel.text().loading());
        if (!centre.getChildren().contains(loading)) {
            centre.getChildren().add(loading);
        }
    }

    /** The data is in and the first view set: drop the overlay. */
    void loaded() {
        centre.getChildren().remove(loading);
        windowModel.loadingProperty().set(false);
        windowModel.failedProperty().set(false);
        timeline.requestFocus();
    }

    /** Nothing could be loaded: say why in place of the timeline. */
    void failed(String message) {
        windowModel.failedProperty().set(true);
        progress.setVisible(false);
        Paragraph.textOf(progressText).set(message);
        if (!centre.getChildren().contains(loading)) {
            centre.getChildren().add(loading);
        }
    }

    private HBox banner() {
        banner.getStyleClass().add("problems-banner");
        banner.setId("problems-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 12, 8, 12));
        Region text = Paragraph.of("", model.language().rightToLeft());
        Button details = new Button(words.get("window.problems.show"));
        details.setOnAction(e -> showProblems());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        banner.getChildren().addAll(text, spacer, details);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        Paragraph.textOf(text).bind(windowModel.bannerProperty());
        return banner;
    }

    /** What happened to the store file (moved aside, a temporary store), until dismissed. */
    private HBox storeNoticeBanner() {
        HBox box = new HBox(10);
        box.getStyleClass().add("store-notice-banner");
        box.setId("store-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 8, 12));
        Label text = new Label();
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.storeNotices().stream()
                .map(this::storeNotice).toList()), model.storeNotices()));
        // The store's own words (file, reason) are English; in another language they are the tooltip.
        if (model.language() != Language.ENGLISH) {
            Tips.onFirstHover(text, () -> {
                Tooltip details = new Tooltip();
                details.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.storeNotices()
                        .stream().map(StoreManager.Notice::message).toList()), model.storeNotices()));
                return details;
            });
        }
        Button dismiss = new Button(words.get("store.notice.dismiss"));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> model.storeNotices().clear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        box.getChildren().addAll(text, spacer, dismiss);
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().bind(Bindings.isNotEmpty(model.storeNotices()));
        return box;
    }

    /** A store notice as the window says it: the store's own sentence in English, a sentence of ours otherwise. */
    private String storeNotice(StoreManager.Notice notice) {
        if (model.language() == Language.ENGLISH) {
            return notice.message();
        }
        return words.get(notice.kind() == StoreManager.Notice.Kind.MOVED_ASIDE ? "store.notice.moved-aside"
                : "store.notice.temporary", notice.path().toString());
    }

    private void showProblems() {
        ListView<Problem> list = new ListView<>();
        list.getItems().setAll(model.problems());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.format());
                setWrapText(true);
            }
        });
        list.setPrefSize(820, 360);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", UiLanguage.close(words));
        alert.initOwner(stage);
        UiLanguage.apply(alert, model.language());
        alert.setTitle(words.get("problems.title"));
        alert.setHeaderText(words.get("problems.header"));
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
    }

    private HBox statusBar() {
        status.setId("status");
        status.textProperty().bind(windowModel.statusProperty());
        Label busy = new Label();
        // Until a first start's store is built a search waits for it: say so rather than "Filtering…".
        busy.textProperty().bind(Bindings.when(model.storeBuildingProperty())
                .then(words.get("window.preparing-search")).otherwise(words.get("window.filtering")));
        busy.visibleProperty().bind(model.queryingProperty().or(model.storeBuildingProperty()));
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.textProperty().bind(model.errorProperty());
        // A long message (a file's path, the database's own words) is cut in the bar: whole on hover.
        Tips.onFirstHover(error, () -> {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(model.errorProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(640);
            return whole;
        });
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("status-muted");
        notice.textProperty().bind(model.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label version = new Label(AppInfo.NAME + " " + AppInfo.version());
        version.getStyleClass().add("status-muted");
        HBox bar = new HBox(12, status, error, notice, spacer, busy, version);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- the side panel -----------------------------------------------------------------------------

    /**
     * Keeps the side panel at its width while the window takes its size (restored, maximised by a
     * window manager): the divider is a fraction, so it is worked out again from the panel's
     * width until the user moves it.
     */
    private void keepPanelWidth() {
        split.widthProperty().addListener((o, a, w) -> applyPanelWidth());
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> {
            for (SplitPane.Divider d : split.getDividers()) {
                d.positionProperty().addListener((p, before, after) -> {
                    if (!settingDivider && split.getWidth() > 0) {
                        wantedPanelWidth = null; // the user moved it
                    }
                });
            }
        });
    }

    private void applyPanelWidth() {
        if (wantedPanelWidth == null || split.getWidth() <= 0 || split.getDividers().isEmpty()) {
            return;
        }
        settingDivider = true;
        split.setDividerPositions(Math.max(0.2, 1 - wantedPanelWidth / split.getWidth()));
        settingDivider = false;
    }

    /** Restores the side panel's width (pixels) and whether it is shown. */
    void restorePanel(Double width, boolean shown) {
        wantedPanelWidth = width == null || !(width >= SIDE_PANEL_MIN) ? SIDE_PANEL_WIDTH : width;
        applyPanelWidth();
        setSidePanelShown(shown);
    }

    /** The side panel's width in pixels, to remember (the last width it had when shown). */
    double sidePanelWidth() {
        if (!isSidePanelShown()) {
            return lastPanelWidth;
        }
        return panel().getWidth() > 0 ? panel().getWidth() : SIDE_PANEL_WIDTH;
    }

    private double lastPanelWidth = SIDE_PANEL_WIDTH;
    /** The side panel's width when curator mode's forms took its place (null while it shows). */
    private Double readingWidth;

    boolean isSidePanelShown() {
        return split.getItems().contains(sidePanel) || (editor != null && split.getItems().contains(editor));
    }

    /** What shows in the side panel's place: the side panel, or curator mode's forms. */
    private javafx.scene.layout.Region panel() {
        return editor != null ? editor : sidePanel;
    }

    /**
     * Puts curator mode's forms ({@code forms}) in the side panel's place, at least {@code minWidth}
     * wide; null brings the side panel back.
     */
    void setEditor(javafx.scene.layout.Region forms, double minWidth) {
        boolean shown = isSidePanelShown();
        double width = shown ? panel().getWidth() : lastPanelWidth;
        if (editor == null && forms != null) {
            readingWidth = width; // the forms may need more room: the reading panel gets its own back
        } else if (editor != null && forms == null && readingWidth != null) {
            width = readingWidth;
            readingWidth = null;
        }
        split.getItems().remove(panel());
        editor = forms;
        if (forms != null) {
            SplitPane.setResizableWithParent(forms, false);
            forms.setMinWidth(SIDE_PANEL_MIN);
        }
        split.getItems().add(panel());
        wantedPanelWidth = Math.max(width, forms == null ? SIDE_PANEL_MIN : minWidth);
        applyPanelWidth();
        sidePanelItem.setSelected(true);
    }

    /** The view bar's toggle for curator mode. */
    javafx.scene.control.ToggleButton editToggle() {
        return editToggle;
    }

    /** Lists {@code keys} (as the platform shows them) doing {@code what} in the shortcuts dialog too. */
    void addShortcut(String keys, String what) {
        moreShortcuts.add(new String[] {keys, what});
    }

    /** The menu bar, for curator mode's Edit menu and File items. */
    MenuBar menus() {
        return menus;
    }

    /** Collapses or reopens the side panel; it comes back at the width it had. */
    void setSidePanelShown(boolean shown) {
        if (shown == isSidePanelShown()) {
            sidePanelItem.setSelected(shown);
            return;
        }
        if (shown) {
            split.getItems().add(panel());
            wantedPanelWidth = lastPanelWidth;
            applyPanelWidth();
        } else {
            lastPanelWidth = sidePanelWidth();
            split.getItems().remove(panel());
            timeline.requestFocus();
        }
        sidePanelItem.setSelected(shown);
    }

    // ---- datasets -----------------------------------------------------------------------------------

    /** What File → Open and a drop call with the chosen dataset file or folder. */
    void setOpener(Consumer<Path> opener) {
        this.opener = opener;
    }

    /** What View → Language calls with the language chosen. */
    void setLanguageChanger(Consumer<Language> changer) {
        this.languageChanger = changer;
    }

    /** View → Language: each language named in its own script, so a reader finds theirs. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(words.get("menu.language"));
        menu.setId("menu-language");
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("menu-language-" + language.code());
            item.setToggleGroup(group);
            item.setSelected(language == model.language());
            item.setOnAction(e -> {
                if (language != model.language()) {
                    languageChanger.accept(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The datasets opened before, newest first, for File → Open recent. */
    void setRecent(List<Path> datasets) {
        recent = List.copyOf(datasets);
        recentMenu.getItems().clear();
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> opener.accept(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }

    private void chooseDatasetFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("open.file.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("open.file.filter"), "*.json"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            opener.accept(chosen.toPath());
        }
    }

    private void chooseDatasetFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(words.get("open.folder.title"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            opener.accept(chosen.toPath());
        }
    }

    /** A dataset folder or its events.json dropped on the window opens it. */
    private void acceptDroppedDatasets() {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                opener.accept(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // ---- menus and commands -------------------------------------------------------------------------

    private MenuBar menuBar() {
        recentMenu.setId("menu-open-recent");
        recentMenu.setDisable(true);
        Menu file = new Menu(words.get("menu.file"), null, item(MenuAction.OPEN_DATASET), item(MenuAction.OPEN_FOLDER), recentMenu,
                new SeparatorMenuItem(), item(MenuAction.EXPORT), item(MenuAction.EXPORT_DATA),
                new SeparatorMenuItem(), item(MenuAction.QUIT));
        ToggleGroup lanes = new ToggleGroup();
        Menu lanesMenu = new Menu(words.get("menu.lanes"), null, lane(MenuAction.LANES_KIND, LaneMode.KIND, lanes),
                lane(MenuAction.LANES_COUNTRY, LaneMode.COUNTRY, lanes), lane(MenuAction.LANES_ACTOR, LaneMode.ACTOR,
                lanes));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio(MenuAction.LIGHT_THEME, themes, !model.darkProperty().get());
        RadioMenuItem dark = radio(MenuAction.DARK_THEME, themes, model.darkProperty().get());
        model.darkProperty().addListener((o, a, d) -> (d ? dark : light).setSelected(true));
        CheckMenuItem tableItem = check(MenuAction.SHOW_TABLE);
        tableItem.selectedProperty().bindBidirectional(model.tableShownProperty());
        CheckMenuItem overviewItem = check(MenuAction.SHOW_OVERVIEW);
        overviewItem.selectedProperty().bindBidirectional(timeline.overviewVisibleProperty());
        CheckMenuItem breaksItem = check(MenuAction.AXIS_BREAKS);
        breaksItem.selectedProperty().bindBidirectional(timeline.axisBreaksProperty());
        sidePanelItem.setAccelerator(MenuAction.SHOW_SIDE_PANEL.accelerator());
        sidePanelItem.setId("menu-show-side-panel");
        sidePanelItem.setSelected(true);
        sidePanelItem.setOnAction(e -> setSidePanelShown(sidePanelItem.isSelected()));
        Menu view = new Menu(words.get("menu.view"), null, item(MenuAction.ZOOM_IN), item(MenuAction.ZOOM_OUT),
                item(MenuAction.FIT_ALL), breaksItem, new SeparatorMenuItem(), lanesMenu, tableItem, overviewItem,
                sidePanelItem, new SeparatorMenuItem(),
                item(MenuAction.FIND), item(MenuAction.CLEAR_FILTERS), new SeparatorMenuItem(), light, dark,
                new SeparatorMenuItem(), languageMenu());
        Menu help = new Menu(words.get("menu.help"), null, item(MenuAction.SHORTCUTS), item(MenuAction.ABOUT));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(MenuAction action) {
        MenuItem item = new MenuItem(action.label(words));
        item.setAccelerator(action.accelerator());
        item.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.setOnAction(e -> run(action));
        return item;
    }

    private CheckMenuItem check(MenuAction action) {
        CheckMenuItem item = new CheckMenuItem(action.label(words));
        item.setAccelerator(action.accelerator());
        item.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return item;
    }

    private RadioMenuItem lane(MenuAction action, LaneMode mode, ToggleGroup group) {
        RadioMenuItem item = radio(action, group, model.laneModeProperty().get() == mode);
        item.setOnAction(e -> model.laneModeProperty().set(mode));
        model.laneModeProperty().addListener((o, a, m) -> item.setSelected(m == mode));
        return item;
    }

    private RadioMenuItem radio(MenuAction action, ToggleGroup group, boolean selected) {
        RadioMenuItem item = new RadioMenuItem(action.label(words));
        item.setAccelerator(action.accelerator());
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> run(action));
        return item;
    }

    private void wireHandlers() {
        handle(MenuAction.QUIT, stage::close);
        handle(MenuAction.OPEN_DATASET, this::chooseDatasetFile);
        handle(MenuAction.OPEN_FOLDER, this::chooseDatasetFolder);
        handle(MenuAction.ZOOM_IN, () -> timeline.zoom(KeyBindings.ZOOM_STEP));
        handle(MenuAction.ZOOM_OUT, () -> timeline.zoom(1 / KeyBindings.ZOOM_STEP));
        handle(MenuAction.FIT_ALL, timeline::fitAll);
        handle(MenuAction.LIGHT_THEME, () -> model.darkProperty().set(false));
        handle(MenuAction.DARK_THEME, () -> model.darkProperty().set(true));
        handle(MenuAction.FIND, () -> scene.lookup("#search").requestFocus());
        handle(MenuAction.CLEAR_FILTERS, model::clearFilters);
        handle(MenuAction.SHORTCUTS, this::showShortcuts);
        handle(MenuAction.ABOUT, this::showAbout);
        handle(MenuAction.EXPORT, this::showExport);
        handle(MenuAction.EXPORT_DATA, this::showExportData);
    }

    private void applyTheme(boolean dark) {
        String theme = userAgentStylesheet(dark);
        // Set already by the app's start (see CorridorApp.init): setting it again reads it again.
        if (!theme.equals(javafx.application.Application.getUserAgentStylesheet())) {
            javafx.application.Application.setUserAgentStylesheet(theme);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    /** The theme's stylesheet: AtlantaFX's Primer, light or dark. */
    static String userAgentStylesheet(boolean dark) {
        return dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
    }

    /** The keys and gestures of the timeline (from {@link KeyBindings}) and every menu accelerator. */
    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcuts");
        int r = 0;
        for (KeyBindings.Binding b : KeyBindings.KEYS) {
            grid.addRow(r++, shortcutKey(b.shown()), new Label(words.get(b.what())));
        }
        for (KeyBindings.Gesture g : KeyBindings.GESTURES) {
            grid.addRow(r++, shortcutKey(words.get(g.shown())), new Label(words.get(g.what())));
        }
        for (MenuAction a : MenuAction.values()) {
            if (!a.acceleratorText().isEmpty()) {
                grid.addRow(r++, shortcutKey(a.acceleratorText()), new Label(a.label(words)));
            }
        }
        for (String[] more : moreShortcuts) {
            grid.addRow(r++, shortcutKey(more[0]), new Label(more[1]));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, stage.getHeight() * 0.7));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", UiLanguage.close(words));
        alert.initOwner(stage);
        UiLanguage.apply(alert, model.language());
        alert.setTitle(MenuAction.SHORTCUTS.label(words));
        alert.setHeaderText(MenuAction.SHORTCUTS.label(words));
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.show();
    }

    private static Label shortcutKey(String text) {
        Label key = new Label(text);
        key.getStyleClass().add("shortcut-key");
        return key;
    }

    private void showAbout() {
        Dataset d = model.getDataset();
        StringBuilder sb = new StringBuilder();
        sb.append(words.get("about.text")).append("\n\n");
        if (d != null) {
            sb.append(words.get("about.dataset", d.title(), d.events().size(), d.actors().size(), d.sources().size()))
                    .append("\n\n");
            for (Source s : d.sources()) {
                sb.append("\u2022 ").append(s.title());
                String by = s.byline(app.corridor.i18n.DateWords.of(model.language())::label);
                if (!by.isEmpty()) {
                    sb.append(" \u2014 ").append(by);
                }
                sb.append('\n');
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, sb.toString(), UiLanguage.close(words));
        alert.initOwner(stage);
        UiLanguage.apply(alert, model.language());
        alert.setTitle(MenuAction.ABOUT.label(words));
        alert.setHeaderText(AppInfo.NAME + " " + AppInfo.version());
        alert.getDialogPane().setPrefWidth(640);
        alert.show();
    }

    /** File → Export image…: of what the window shows now. */
    void showExport() {
        if (model.getDataset() == null) {
            return;
        }
        exportDialog = new ExportDialog(stage, new ExportDialog.Scene(model.getFilteredEvents(), model.getDataset(),
                model, timeline.getScale(), timeline.plotWidth(), model.darkProperty().get()));
        exportDialog.show();
    }

    ExportDialog exportDialog() {
        return exportDialog;
    }

    /** File → Export data…: the filtered events as CSV or a dataset, or their sources as citations. */
    void showExportData() {
        if (model.getDataset() != null) {
            exportDataDialog = new DataExportDialog(stage, model);
            exportDataDialog.show();
        }
    }

    DataExportDialog exportDataDialog() {
        return exportDataDialog;
    }

    /** Opens (or reuses) the source viewer on {@code quote}. */
    void showInSource(Source source, Quote quote) {
        viewer().open(model.getDataset(), source, quote);
    }

    /** The source viewer, made the first time it is needed, in the window's theme. */
    SourceViewer viewer() {
        if (viewer == null) {
            viewer = new SourceViewer(stage, scene.getStylesheets(), words);
            // An open viewer follows a theme switch.
            model.darkProperty().addListener((o, a, dark) -> viewer.stage().getScene().getRoot()
                    .pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark));
        }
        viewer.stage().getScene().getRoot().pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("dark"), model.darkProperty().get());
        return viewer;
    }
}
