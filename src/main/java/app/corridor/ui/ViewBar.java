package app.corridor.ui;

import app.corridor.layout.LaneMode;
import app.corridor.ui.timeline.TimelineView;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the timeline: timeline or table, lanes by kind, country or actor, and zoom buttons.
 */
final class ViewBar extends HBox {

    ViewBar(AppModel model, TimelineView timeline, Runnable export) {
        getStyleClass().add("view-bar");
        setMinHeight(USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button out = zoomButton("\u2212", "Zoom out (\u2212)", "zoom-out", () -> timeline.zoom(1 / 1.5));
        Button in = zoomButton("+", "Zoom in (+)", "zoom-in", () -> timeline.zoom(1.5));
        Button fit = zoomButton("Fit all", "Show every event (0)", "fit-all", timeline::fitAll);
        HBox zoom = new HBox(out, in, fit);
        zoom.getStyleClass().add("segmented");
        zoom.disableProperty().bind(model.tableShownProperty());
        Button exportButton = new Button("Export\u2026");
        exportButton.setId("export-button");
        exportButton.setTooltip(new Tooltip("Export the timeline as PNG, SVG or PDF (Ctrl+E)"));
        exportButton.setOnAction(e -> export.run());
        getChildren().addAll(viewSwitch(model), laneSwitch(model), spacer, zoom, exportButton);
    }

    private static Button zoomButton(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox laneSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        Label label = new Label("Lanes by");
        label.getStyleClass().add("bar-label");
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (LaneMode mode : LaneMode.values()) {
            ToggleButton b = new ToggleButton(mode.label());
            b.setId("lanes-" + mode.name().toLowerCase(Locale.ROOT));
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
        HBox box = new HBox(6, label, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        box.disableProperty().bind(model.tableShownProperty());
        return box;
    }

    private static HBox viewSwitch(AppModel model) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton timeline = new ToggleButton("Timeline");
        ToggleButton table = new ToggleButton("Table");
        timeline.setId("show-timeline");
        table.setId("show-table");
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
        return box;
    }
}
