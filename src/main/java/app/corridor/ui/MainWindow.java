package app.corridor.ui;

import app.corridor.AppInfo;
import app.corridor.dataset.Problem;
import app.corridor.layout.LaneMode;
import app.corridor.layout.TimeScale;
import app.corridor.model.Dataset;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.store.StoreManager;
import app.corridor.ui.timeline.TimelineView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar and filter bar on top, the timeline (or the table) in the centre with
 * a legend, the side panel on the right, a status bar at the bottom. It only arranges and binds;
 * state lives in {@link AppModel}.
 */
final class MainWindow {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Stage stage;
    private final AppModel model;
    private final TimelineView timeline = new TimelineView();
    private final EventTable table;
    private final FilterBar filterBar;
    private final SidePanel sidePanel;
    private final SplitPane split = new SplitPane();
    private final StackPane centre = new StackPane();
    private final VBox loading = new VBox(10);
    private final ProgressBar progress = new ProgressBar(-1);
    private final Label progressText = new Label("Opening the store\u2026");
    private final HBox banner = new HBox(10);
    private final Label status = new Label();
    private final Map<MenuAction, Runnable> handlers = new EnumMap<>(MenuAction.class);
    private final Scene scene;
    private SourceViewer viewer;
    private ExportDialog exportDialog;

    MainWindow(Stage stage, AppModel model) {
        this.stage = stage;
        this.model = model;
        table = new EventTable(model);
        filterBar = new FilterBar(model);
        sidePanel = new SidePanel(model, this::showInSource);

        timeline.setId("timeline");
        timeline.eventsProperty().bind(model.filteredEventsProperty());
        timeline.laneModeProperty().bindBidirectional(model.laneModeProperty());
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        model.datasetProperty().addListener((o, a, d) -> timeline.actorsProperty().set(model.actorLookup()));
        timeline.setOnOpen(e -> sidePanel.requestFocus());

        VBox timelineBox = new VBox(timeline, new Legend(model));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");
        table.visibleProperty().bind(model.tableShownProperty());
        timelineBox.visibleProperty().bind(model.tableShownProperty().not());
        centre.getChildren().addAll(timelineBox, table, loadingOverlay());
        VBox.setVgrow(centre, Priority.ALWAYS);
        VBox main = new VBox(new ViewBar(model, timeline, () -> handlers.getOrDefault(MenuAction.EXPORT, () -> { })
                .run()), centre);

        split.getItems().addAll(main, sidePanel);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(sidePanel, false);

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(menuBar(), storeNoticeBanner(), banner(), filterBar));
        root.setBottom(statusBar());
        root.getStyleClass().add("corridor-root");
        scene = new Scene(root, 1400, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("/app/corridor/ui/corridor.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(900);
        stage.setMinHeight(560);

        model.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        applyTheme(model.darkProperty().get());
        model.tableShownProperty().addListener((o, a, shown) -> (shown ? table : timeline).requestFocus());
        wireHandlers();
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

    SourceViewer sourceViewer() {
        return viewer;
    }

    /** Registers what a menu command does; menus built before a handler exists show it disabled. */
    void handle(MenuAction action, Runnable handler) {
        handlers.put(action, handler);
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
        progressText.setText(message);
    }

    /** The data is in: drop the overlay. */
    void loaded() {
        centre.getChildren().remove(loading);
        timeline.requestFocus();
    }

    /** Nothing could be loaded: say why in place of the timeline. */
    void failed(String message) {
        progress.setVisible(false);
        progressText.setText(message);
        progressText.setWrapText(true);
        progressText.setMaxWidth(560);
    }

    private HBox banner() {
        banner.getStyleClass().add("problems-banner");
        banner.setId("problems-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 12, 8, 12));
        Label text = new Label();
        text.setWrapText(true);
        Button details = new Button("Show problems");
        details.setOnAction(e -> showProblems());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        banner.getChildren().addAll(text, spacer, details);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.problems().size();
            String what = n + (n == 1 ? " problem" : " problems");
            return model.getDataset() == null
                    ? "The dataset has " + what + " and there is no earlier good copy to show. Fix them and restart."
                    : "The dataset has " + what + "; Corridor shows the last good version until they are fixed.";
        }, model.problems(), model.datasetProperty()));
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
                .map(StoreManager.Notice::message).toList()), model.storeNotices()));
        Button dismiss = new Button("Dismiss");
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
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Dataset problems");
        alert.setHeaderText("Each problem gives the file, line:column and JSON path. "
                + "Run \"corridor validate\" to check a fix.");
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
    }

    private HBox statusBar() {
        status.setId("status");
        Label busy = new Label("Filtering\u2026");
        busy.visibleProperty().bind(model.queryingProperty());
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.textProperty().bind(model.errorProperty());
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
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, model.filteredEventsProperty(),
                model.datasetProperty(), timeline.scaleProperty(), timeline.widthProperty(),
                model.tableShownProperty()));
        return bar;
    }

    /** "23 of 41 events · Jun 2024 – Feb 2025". */
    private String statusText() {
        Dataset d = model.getDataset();
        if (d == null) {
            return "Loading\u2026";
        }
        String count = model.getFilteredEvents().size() + " of " + d.events().size() + " events";
        if (model.tableShownProperty().get()) {
            return count;
        }
        TimeScale s = timeline.getScale();
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(s.time(0)));
        LocalDate to = LocalDate.ofEpochDay((long) Math.floor(s.time(timeline.plotWidth())));
        return count + " \u00b7 " + MONTH_YEAR.format(from) + " \u2013 " + MONTH_YEAR.format(to);
    }

    // ---- menus and commands -------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("File", null, item(MenuAction.EXPORT), new SeparatorMenuItem(), item(MenuAction.QUIT));
        ToggleGroup lanes = new ToggleGroup();
        Menu lanesMenu = new Menu("Lanes", null, lane(MenuAction.LANES_KIND, LaneMode.KIND, lanes),
                lane(MenuAction.LANES_COUNTRY, LaneMode.COUNTRY, lanes), lane(MenuAction.LANES_ACTOR, LaneMode.ACTOR,
                lanes));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio(MenuAction.LIGHT_THEME, themes, !model.darkProperty().get());
        RadioMenuItem dark = radio(MenuAction.DARK_THEME, themes, model.darkProperty().get());
        model.darkProperty().addListener((o, a, d) -> (d ? dark : light).setSelected(true));
        CheckMenuItem tableItem = new CheckMenuItem(MenuAction.SHOW_TABLE.label());
        tableItem.setAccelerator(MenuAction.SHOW_TABLE.accelerator());
        tableItem.selectedProperty().bindBidirectional(model.tableShownProperty());
        Menu view = new Menu("View", null, item(MenuAction.ZOOM_IN), item(MenuAction.ZOOM_OUT), item(MenuAction.FIT_ALL),
                new SeparatorMenuItem(), lanesMenu, tableItem, new SeparatorMenuItem(), item(MenuAction.FIND),
                item(MenuAction.CLEAR_FILTERS), new SeparatorMenuItem(), light, dark);
        Menu help = new Menu("Help", null, item(MenuAction.SHORTCUTS), item(MenuAction.ABOUT));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(MenuAction action) {
        MenuItem item = new MenuItem(action.label());
        item.setAccelerator(action.accelerator());
        item.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.setOnAction(e -> {
            Runnable r = handlers.get(action);
            if (r != null) {
                r.run();
            }
        });
        return item;
    }

    private RadioMenuItem lane(MenuAction action, LaneMode mode, ToggleGroup group) {
        RadioMenuItem item = radio(action, group, model.laneModeProperty().get() == mode);
        item.setOnAction(e -> model.laneModeProperty().set(mode));
        model.laneModeProperty().addListener((o, a, m) -> item.setSelected(m == mode));
        return item;
    }

    private RadioMenuItem radio(MenuAction action, ToggleGroup group, boolean selected) {
        RadioMenuItem item = new RadioMenuItem(action.label());
        item.setAccelerator(action.accelerator());
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> handlers.getOrDefault(action, () -> { }).run());
        return item;
    }

    private void wireHandlers() {
        handle(MenuAction.QUIT, stage::close);
        handle(MenuAction.ZOOM_IN, () -> timeline.zoom(1.5));
        handle(MenuAction.ZOOM_OUT, () -> timeline.zoom(1 / 1.5));
        handle(MenuAction.FIT_ALL, timeline::fitAll);
        handle(MenuAction.LIGHT_THEME, () -> model.darkProperty().set(false));
        handle(MenuAction.DARK_THEME, () -> model.darkProperty().set(true));
        handle(MenuAction.FIND, () -> scene.lookup("#search").requestFocus());
        handle(MenuAction.CLEAR_FILTERS, model::clearFilters);
        handle(MenuAction.SHORTCUTS, this::showShortcuts);
        handle(MenuAction.ABOUT, this::showAbout);
        handle(MenuAction.EXPORT, this::showExport);
    }

    private void applyTheme(boolean dark) {
        javafx.application.Application.setUserAgentStylesheet(dark
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        String[][] rows = {
                {"\u2190  \u2192", "Previous / next event in time"},
                {"\u2191  \u2193", "Nearest event in the lane above / below"},
                {"Home  End", "First / last event"},
                {"Enter", "Show the selected event in the side panel"},
                {"Esc", "Clear the selection"},
                {"+  \u2212", "Zoom in / out"},
                {"0", "Fit all events"},
                {"Mouse wheel, pinch", "Zoom around the pointer"},
                {"Drag, two-finger scroll", "Pan (and scroll the lanes)"},
                {"Double-click", "Zoom in (on an event: open it)"},
                {"Click a cluster", "Zoom into the events it holds"},
        };
        int r = 0;
        for (String[] row : rows) {
            Label key = new Label(row[0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(r++, key, new Label(row[1]));
        }
        for (MenuAction a : MenuAction.values()) {
            if (!a.acceleratorText().isEmpty()) {
                Label key = new Label(a.acceleratorText());
                key.getStyleClass().add("shortcut-key");
                grid.addRow(r++, key, new Label(a.label()));
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private void showAbout() {
        Dataset d = model.getDataset();
        StringBuilder sb = new StringBuilder();
        sb.append("A timeline explorer of China\u2013Pakistan high-level exchanges.\n\n");
        if (d != null) {
            sb.append("Dataset: ").append(d.title()).append(" \u2014 ").append(d.events().size()).append(" events, ")
                    .append(d.actors().size()).append(" actors, ").append(d.sources().size()).append(" sources.\n\n");
            for (Source s : d.sources()) {
                sb.append("\u2022 ").append(s.title());
                if (!s.byline().isEmpty()) {
                    sb.append(" \u2014 ").append(s.byline());
                }
                sb.append('\n');
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, sb.toString(), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("About " + AppInfo.NAME);
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

    /** Opens (or reuses) the source viewer on {@code quote}. */
    void showInSource(Source source, Quote quote) {
        if (viewer == null) {
            viewer = new SourceViewer(stage, scene.getStylesheets());
        }
        viewer.stage().getScene().getRoot().pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("dark"), model.darkProperty().get());
        viewer.open(model.getDataset(), source, quote);
    }
}
