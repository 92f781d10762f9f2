package app.corridor.ui;

import app.corridor.layout.LaneMode;
import app.corridor.ui.timeline.TimelineView;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the timeline: timeline or table, lanes by kind, country or actor, zoom buttons and
 * export. Every button keeps its whole label: when the bar is narrow it wraps onto a second row
 * (zoom and export on the right of the first, the lanes below), and onto three when narrower still.
 */
final class ViewBar extends WrappingBar {

    // ---- user-visible text (to move to a resource bundle) ----------------------------------------
    private static final String TIMELINE = "Timeline";
    private static final String TIMELINE_HELP = "Show the events on the timeline ({0} switches)";
    private static final String TABLE = "Table";
    private static final String TABLE_HELP = "Show the events as a sortable table ({0} switches)";
    private static final String LANES_BY = "Lanes by";
    private static final String LANES_NAME = "Lanes by {0}";
    private static final Map<LaneMode, String> LANES_HELP = Map.of(
            LaneMode.KIND, "One lane per kind of event ({0})",
            LaneMode.COUNTRY, "One lane per side: China, Pakistan, both, with others ({0})",
            LaneMode.ACTOR, "One lane per actor; an event shows in each of its actors'' lanes ({0})");
    private static final String ZOOM_OUT = "\u2212";
    private static final String ZOOM_OUT_NAME = "Zoom out";
    private static final String ZOOM_IN = "+";
    private static final String ZOOM_IN_NAME = "Zoom in";
    private static final String FIT_ALL = "Fit all";
    private static final String ZOOM_HELP = "{0} (\u2212 or + on the timeline, {1} from anywhere)";
    private static final String FIT_HELP = "Show every event (0 on the timeline, {0} from anywhere)";
    private static final String EXPORT = "Export\u2026";
    private static final String EXPORT_HELP = "Export the timeline as PNG, SVG or PDF ({0})";

    ViewBar(AppModel model, TimelineView timeline, Runnable export, ButtonBase edit) {
        super(16, 6);
        getStyleClass().add("view-bar");
        setPadding(new Insets(6, 12, 6, 12));
        Button out = button(ZOOM_OUT, ZOOM_OUT_NAME, format(ZOOM_HELP, ZOOM_OUT_NAME, MenuAction.ZOOM_OUT), "zoom-out",
                () -> timeline.zoom(1 / 1.5));
        Button in = button(ZOOM_IN, ZOOM_IN_NAME, format(ZOOM_HELP, ZOOM_IN_NAME, MenuAction.ZOOM_IN), "zoom-in",
                () -> timeline.zoom(1.5));
        Button fit = button(FIT_ALL, FIT_ALL, format(FIT_HELP, MenuAction.FIT_ALL), "fit-all", timeline::fitAll);
        HBox zoom = new HBox(out, in, fit);
        zoom.getStyleClass().add("segmented");
        zoom.setMinWidth(USE_PREF_SIZE);
        zoom.disableProperty().bind(model.tableShownProperty());
        Button exportButton = button(EXPORT, null, format(EXPORT_HELP, MenuAction.EXPORT), "export-button", export);
        HBox view = viewSwitch(model);
        HBox lanes = laneSwitch(model);
        edit.setMinWidth(USE_PREF_SIZE);
        addArrangement(List.of(List.of(view, lanes, spacer(), zoom, exportButton, edit)));
        addArrangement(List.of(List.of(view, spacer(), zoom, exportButton, edit), List.of(lanes)));
        addArrangement(List.of(List.of(view, edit), List.of(lanes), List.of(spacer(), zoom, exportButton)));
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMaxWidth(Double.MAX_VALUE);
        return spacer;
    }

    private static String format(String pattern, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof MenuAction a ? a.acceleratorText() : args[i];
        }
        return MessageFormat.format(pattern, texts);
    }

    private static Button button(String text, String name, String help, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        help(b, name, help);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A name for screen readers (when the label is a symbol), help as tooltip and for screen readers. */
    private static void help(ButtonBase b, String name, String help) {
        if (name != null) {
            b.setAccessibleText(name);
        }
        b.setAccessibleHelp(help);
        b.setTooltip(new Tooltip(help));
        b.setMinWidth(USE_PREF_SIZE);
    }

    private static HBox laneSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        Label label = new Label(LANES_BY);
        label.getStyleClass().add("bar-label");
        label.setMinWidth(USE_PREF_SIZE);
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        List<MenuAction> actions = List.of(MenuAction.LANES_KIND, MenuAction.LANES_COUNTRY, MenuAction.LANES_ACTOR);
        for (LaneMode mode : LaneMode.values()) {
            ToggleButton b = new ToggleButton(mode.label());
            b.setId("lanes-" + mode.name().toLowerCase(Locale.ROOT));
            help(b, MessageFormat.format(LANES_NAME, mode.label().toLowerCase(Locale.ROOT)),
                    format(LANES_HELP.get(mode), actions.get(mode.ordinal())));
            b.setToggleGroup(group);
            b.setUserData(mode);
            b.setSelected(model.laneModeProperty().get() == mode);
            b.setOnAction(e -> {
                b.setSelected(true);
                model.laneModeProperty().set(mode);
            });
            buttons.getChildren().add(b);
        }
        model.laneModeProperty().addListener((o, a, mode) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == mode)));
        label.setLabelFor(buttons.getChildren().get(0));
        HBox box = new HBox(6, label, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(USE_PREF_SIZE);
        box.disableProperty().bind(model.tableShownProperty());
        return box;
    }

    private static HBox viewSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton timeline = new ToggleButton(TIMELINE);
        ToggleButton table = new ToggleButton(TABLE);
        timeline.setId("show-timeline");
        table.setId("show-table");
        help(timeline, null, format(TIMELINE_HELP, MenuAction.SHOW_TABLE));
        help(table, null, format(TABLE_HELP, MenuAction.SHOW_TABLE));
        timeline.setToggleGroup(group);
        table.setToggleGroup(group);
        timeline.setSelected(!model.tableShownProperty().get());
        table.setSelected(model.tableShownProperty().get());
        timeline.setOnAction(e -> model.tableShownProperty().set(false));
        table.setOnAction(e -> model.tableShownProperty().set(true));
        model.tableShownProperty().addListener((o, a, shown) -> {
            table.setSelected(shown);
            timeline.setSelected(!shown);
        });
        HBox box = new HBox(timeline, table);
        box.getStyleClass().add("segmented");
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }

    /** Every button of the bar, for tests of sizes and names. */
    List<Node> controls() {
        return lookupAll(".button, .toggle-button").stream().toList();
    }
}
