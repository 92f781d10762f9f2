package app.corridor.ui;

import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.ui.timeline.KindMarker;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The legend under the timeline: each kind shown, as its marker and name, plus how partial dates
 * are drawn. Kinds differ by shape as well as colour, for colour-blind readers and grey print.
 */
final class Legend extends FlowPane {

    private final AppModel model;

    Legend(AppModel model) {
        super(14, 4);
        this.model = model;
        getStyleClass().add("legend");
        setId("legend");
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(USE_PREF_SIZE);
        model.filteredEventsProperty().addListener((o, a, b) -> refresh());
        model.darkProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        List<Event> events = model.getFilteredEvents();
        Set<EventKind> present = EnumSet.noneOf(EventKind.class);
        events.forEach(e -> present.add(e.kind()));
        getChildren().clear();
        for (EventKind kind : present) {
            Label entry = new Label(kind.label(), KindMarker.node(kind, model.darkProperty().get()));
            entry.getStyleClass().add("legend-entry");
            getChildren().add(entry);
        }
        if (!present.isEmpty()) {
            Label hint = new Label("Bar: known start and end \u00b7 dashed span: known only to the month or year");
            hint.getStyleClass().add("legend-hint");
            getChildren().add(hint);
        }
    }
}
