package app.corridor.ui;

import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.ui.timeline.KindMarker;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The filtered events as a sortable table (date, title, kind, actors, sources): the accessible way
 * to browse, and the way to scan many events at once. Selection is shared with the timeline.
 */
final class EventTable extends TableView<Event> {

    private final AppModel model;
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private boolean syncing;

    EventTable(AppModel model) {
        this.model = model;
        setId("event-table");
        getStyleClass().add("event-table");
        setPlaceholder(new Label("No events match the filters"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, EventDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        date.setComparator(EventDate::compareTo);
        date.setPrefWidth(190);
        date.setMinWidth(120);

        TableColumn<Event, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(420);

        TableColumn<Event, EventKind> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : KindMarker.node(item, model.darkProperty().get()));
            }
        });
        kind.setComparator(java.util.Comparator.comparing(EventKind::label));
        kind.setPrefWidth(200);

        TableColumn<Event, String> actors = new TableColumn<>("Actors");
        actors.setCellValueFactory(c -> new ReadOnlyStringWrapper(actorNames(c.getValue())));
        actors.setPrefWidth(260);

        TableColumn<Event, String> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(c -> new ReadOnlyStringWrapper(sourceTitles(c.getValue())));
        sources.setPrefWidth(260);

        getColumns().setAll(java.util.List.of(date, title, kind, actors, sources));
        SortedList<Event> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getSortOrder().add(date);

        model.filteredEventsProperty().addListener((o, a, events) -> {
            syncing = true;
            rows.setAll(events);
            syncing = false;
            selectFromModel();
        });
        rows.setAll(model.getFilteredEvents());
        getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!syncing && e != null) {
                model.selectedEventProperty().set(e);
            }
        });
        model.selectedEventProperty().addListener((o, a, e) -> selectFromModel());
    }

    private void selectFromModel() {
        Event e = model.getSelectedEvent();
        syncing = true;
        if (e == null) {
            getSelectionModel().clearSelection();
        } else if (getSelectionModel().getSelectedItem() != e) {
            getSelectionModel().select(e);
            int row = getItems().indexOf(e);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        }
        syncing = false;
    }

    private String actorNames(Event e) {
        Dataset d = model.getDataset();
        return e.participants().stream()
                .map(p -> d == null ? p.actorId() : d.actor(p.actorId()).map(a -> a.name()).orElse(p.actorId()))
                .collect(Collectors.joining(", "));
    }

    private String sourceTitles(Event e) {
        Dataset d = model.getDataset();
        return e.quotes().stream().map(q -> q.sourceId()).distinct()
                .map(id -> d == null ? id : d.source(id).map(s -> s.title()).orElse(id))
                .collect(Collectors.joining("; "));
    }
}
