package app.corridor.ui;

import app.corridor.i18n.Messages;
import app.corridor.layout.LaneMode;
import app.corridor.ui.timeline.TimelineView;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the timeline: timeline or table, lanes by kind, country or actor, zoom buttons and
 * export. Every button keeps its whole label: when the bar is narrow it wraps onto a second row
 * (zoom and export on the right of the first, the lanes below), and onto three when narrower still.
 */
final class ViewBar extends WrappingBar {

    private static final String ZOOM_OUT = "\u2212";
    private static final String ZOOM_IN = "+";

    private final Messages words;

    ViewBar(AppModel model, TimelineView timeline, Runnable export, ButtonBase edit) {
        super(16, 6);
        this.words = model.words();
        getStyleClass().add("view-bar");
        setPadding(new Insets(6, 12, 6, 12));
        String zoomOut = MenuAction.ZOOM_OUT.label(words);
        String zoomIn = MenuAction.ZOOM_IN.label(words);
        Button out = button(ZOOM_OUT, zoomOut, format("view.zoom.help", zoomOut, MenuAction.ZOOM_OUT), "zoom-out",
                () -> timeline.zoom(1 / 1.5));
        Button in = button(ZOOM_IN, zoomIn, format("view.zoom.help", zoomIn, MenuAction.ZOOM_IN), "zoom-in",
                () -> timeline.zoom(1.5));
        String fitAll = MenuAction.FIT_ALL.label(words);
        Button fit = button(fitAll, fitAll, format("view.fit.help", MenuAction.FIT_ALL), "fit-all", timeline::fitAll);
        HBox zoom = new HBox(out, in, fit);
        zoom.getStyleClass().add("segmented");
        zoom.setMinWidth(USE_PREF_SIZE);
        zoom.disableProperty().bind(model.tableShownProperty());
        Button exportButton = button(words.get("view.export"), null, format("view.export.help", MenuAction.EXPORT),
                "export-button", export);
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

    /** The message {@code key} with menu actions given as their accelerators ("Ctrl+E"). */
    private String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof MenuAction a ? a.acceleratorText() : args[i];
        }
        return words.get(key, texts);
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
        Tips.set(b, help);
        b.setMinWidth(USE_PREF_SIZE);
    }

    private HBox laneSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        Label label = new Label(words.get("view.lanes-by"));
        label.getStyleClass().add("bar-label");
        label.setMinWidth(USE_PREF_SIZE);
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        List<MenuAction> actions = List.of(MenuAction.LANES_KIND, MenuAction.LANES_COUNTRY, MenuAction.LANES_ACTOR);
        for (LaneMode mode : LaneMode.values()) {
            String code = mode.name().toLowerCase(Locale.ROOT);
            String name = words.get("lanes." + code);
            ToggleButton b = new ToggleButton(name);
            b.setId("lanes-" + code);
            help(b, words.get("view.lanes.name", name.toLowerCase(model.language().locale())),
                    format("view.lanes." + code + ".help", actions.get(mode.ordinal())));
            b.setToggleGroup(group);
            b.setUserData(mode);
            b.setSelected(model.laneModeProperty().get() == mode);
            onChoose(b, () -> model.laneModeProperty().set(mode));
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

    private HBox viewSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton timeline = new ToggleButton(words.get("view.timeline"));
        ToggleButton table = new ToggleButton(words.get("view.table"));
        timeline.setId("show-timeline");
        table.setId("show-table");
        help(timeline, null, format("view.timeline.help", MenuAction.SHOW_TABLE));
        help(table, null, format("view.table.help", MenuAction.SHOW_TABLE));
        timeline.setToggleGroup(group);
        table.setToggleGroup(group);
        timeline.setSelected(!model.tableShownProperty().get());
        table.setSelected(model.tableShownProperty().get());
        onChoose(timeline, () -> model.tableShownProperty().set(false));
        onChoose(table, () -> model.tableShownProperty().set(true));
        model.tableShownProperty().addListener((o, a, shown) -> {
            table.setSelected(shown);
            timeline.setSelected(!shown);
        });
        HBox box = new HBox(timeline, table);
        box.getStyleClass().add("segmented");
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }

    /**
     * A segment that stays pressed when it is pressed again: a toggle group lets a toggle go, which
     * would leave no segment pressed while its choice still holds.
     */
    private static void onChoose(ToggleButton segment, Runnable choose) {
        segment.setOnAction(e -> {
            segment.setSelected(true);
            choose.run();
        });
    }

    /** Every button of the bar, for tests of sizes and names. */
    List<Node> controls() {
        return lookupAll(".button, .toggle-button").stream().toList();
    }
}
