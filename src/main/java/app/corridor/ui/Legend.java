package app.corridor.ui;

import app.corridor.i18n.Terms;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.render.LegendEncoding;
import app.corridor.ui.timeline.KindMarker;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The legend under the timeline: the marker of each kind shown, then how dates are drawn (a point,
 * a bar, a dashed span, a hollow marker for an approximate date, "(?)" for an uncertain one), only
 * those the shown events use. Kinds differ by shape as well as colour, for colour-blind readers and
 * grey print; colours come from the kinds' CSS tokens, so a theme switch needs no rebuilding. It
 * folds away behind its toggle, and starts folded in a short window unless the reader opened it.
 */
final class Legend extends HBox {

    private final AppModel model;
    private final FlowPane entries = new FlowPane(14, 4);
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);
    private static final int ALL_KINDS = EventKind.values().length;
    /**
     * The window height below which the legend starts folded when the reader has not chosen: on a
     * 700-pixel laptop screen its rows would leave the timeline two lanes.
     */
    private static final double OPEN_MIN_WINDOW_HEIGHT = 800;
    private Set<EventKind> shownKinds;
    private Set<LegendEncoding> shownEncodings;
    /** Every entry shown so far, by kind or encoding: hidden while the shown events do not use it. */
    private final Map<Enum<?>, Node> built = new HashMap<>();

    Legend(AppModel model) {
        super(10);
        this.model = model;
        getStyleClass().add("legend");
        setId("legend");
        setAlignment(Pos.TOP_LEFT);
        setMinHeight(USE_PREF_SIZE);
        ToggleButton toggle = new ToggleButton(model.words().get("legend.title"));
        toggle.setId("legend-toggle");
        toggle.getStyleClass().add("legend-toggle");
        toggle.selectedProperty().bindBidirectional(expanded);
        toggle.setAccessibleHelp(model.words().get("legend.toggle-help"));
        toggle.setMinWidth(USE_PREF_SIZE); // its name whole, however many entries share the row
        entries.setAlignment(Pos.CENTER_LEFT);
        entries.visibleProperty().bind(expanded);
        entries.managedProperty().bind(expanded);
        HBox.setHgrow(entries, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(toggle, entries);
        model.filteredEventsProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Whether the legend starts open in a window {@code height} pixels tall, when the reader has not chosen. */
    static boolean openByDefault(double height) {
        return height >= OPEN_MIN_WINDOW_HEIGHT;
    }

    /** Whether the entries are shown (or folded away behind the toggle). */
    BooleanProperty expandedProperty() {
        return expanded;
    }

    private void refresh() {
        List<Event> events = model.getFilteredEvents();
        Set<EventKind> present = EnumSet.noneOf(EventKind.class);
        for (Event e : events) {
            present.add(e.kind());
            if (present.size() == ALL_KINDS) {
                break;
            }
        }
        Set<LegendEncoding> encodings = LegendEncoding.of(events);
        if (present.equals(shownKinds) && encodings.equals(shownEncodings)) {
            return; // a filter change that shows the same kinds and encodings changes nothing here
        }
        shownKinds = present;
        shownEncodings = encodings;
        Terms terms = Terms.of(model.language());
        for (EventKind kind : EventKind.values()) {
            show(kind, present.contains(kind), () -> entry(terms.kind(kind), KindMarker.node(kind), "legend-kind"));
        }
        for (LegendEncoding encoding : LegendEncoding.values()) {
            show(encoding, encodings.contains(encoding),
                    () -> entry(encoding.label(model.words()), sample(encoding), "legend-encoding"));
        }
    }

    /**
     * Shows or hides the entry of {@code key} (a kind or an encoding), built the first time it is
     * shown and kept: a search that narrows the kinds and clearing it again add no nodes to style.
     */
    private void show(Enum<?> key, boolean shown, Supplier<Node> build) {
        Node entry = built.get(key);
        if (entry == null) {
            if (!shown) {
                return;
            }
            // Kinds first, then encodings, each in their own order, whatever order they were built in.
            int at = (int) built.keySet().stream().filter(k -> rank(k) < rank(key)).count();
            entry = build.get();
            built.put(key, entry);
            entries.getChildren().add(at, entry);
        }
        entry.setVisible(shown);
        entry.setManaged(shown);
    }

    private static int rank(Enum<?> key) {
        return key instanceof EventKind ? key.ordinal() : ALL_KINDS + key.ordinal();
    }

    private static Label entry(String text, Node graphic, String styleClass) {
        Label entry = new Label(text, graphic);
        entry.getStyleClass().addAll("legend-entry", styleClass);
        return entry;
    }

    /** A small neutral sample of how {@code encoding} looks on the timeline. */
    private static Node sample(LegendEncoding encoding) {
        Node shape = switch (encoding) {
            case POINT -> new Circle(5);
            case BAR -> new Rectangle(22, 10);
            case SPAN -> new Rectangle(22, 12);
            case APPROXIMATE -> new Circle(5);
            case UNCERTAIN -> new Label(LegendEncoding.UNCERTAIN_MARK.strip());
        };
        shape.getStyleClass().addAll("legend-sample", "legend-" + encoding.code());
        return shape;
    }
}
