package app.corridor.ui.edit;

import app.corridor.curate.FieldRef;
import app.corridor.curate.Validation;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The problems of the dataset being edited, as {@code corridor validate} reports them, each saying
 * which entry it is about; Enter or a click goes to the field.
 */
final class ProblemsView extends VBox {

    private final CuratorModel curator;
    private final Messages words;
    private final ListView<Validation.FieldProblem> list = new ListView<>();
    private final Label summary = new Label();

    ProblemsView(CuratorModel curator, Consumer<FieldRef> jump) {
        super(8);
        this.curator = curator;
        this.words = curator.words();
        setId("problems-view");
        summary.setWrapText(true);
        summary.getStyleClass().add("editor-state");
        summary.setId("problems-summary");
        list.setId("problems-list");
        list.setItems(curator.problems());
        list.setAccessibleHelp(words.get("edit.problems.help"));
        list.setCellFactory(v -> new ListCell<>() {
            // A wrapping label, as wide as the list: a problem is read whole, never cut with "…".
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(36));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Validation.FieldProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                text.setText(empty || p == null ? null : describe(p));
                setGraphic(empty || p == null ? null : text);
                setAccessibleText(text.getText());
            }
        });
        list.setOnMouseClicked(e -> {
            Validation.FieldProblem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() >= 1) {
                jump.accept(p.field());
            }
        });
        list.setOnKeyPressed(e -> {
            Validation.FieldProblem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.ENTER) {
                jump.accept(p.field());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // No empty box when all is well: the summary says so.
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(curator.problems()));
        list.managedProperty().bind(list.visibleProperty());
        curator.problems().addListener((javafx.collections.ListChangeListener<Validation.FieldProblem>) c -> update());
        curator.checkedProperty().addListener(o -> update());
        curator.validatingProperty().addListener(o -> update());
        getChildren().addAll(summary, list);
        update();
    }

    private void update() {
        if (!curator.checkedProperty().get()) {
            summary.setText(words.get("edit.problems.checking"));
        } else {
            summary.setText(curator.problems().isEmpty() ? words.get("edit.problems.none")
                    : words.get("edit.problems.count", curator.problems().size()));
        }
    }

    /** "Event “Talks in Lahore” · date: the date … (line 40)". */
    String describe(Validation.FieldProblem p) {
        DatasetDto d = curator.getDocument();
        FieldRef f = p.field();
        String where = switch (f.section()) {
            case EVENT -> words.get("edit.problems.where.event", name(d == null ? null : d.events(), f,
                    e -> e.id(), e -> e.title()));
            case ACTOR -> words.get("edit.problems.where.actor", name(d == null ? null : d.actors(), f,
                    a -> a.id(), a -> a.name()));
            case SOURCE -> words.get("edit.problems.where.source", name(d == null ? null : d.sources(), f,
                    s -> s.id(), s -> s.title()));
            case DATASET -> words.get("edit.problems.where.dataset");
        };
        return words.get("edit.problems.item", where, f.path().isEmpty() ? "\u2014" : f.path(),
                p.problem().message(), p.problem().line());
    }

    private static <T> String name(java.util.List<T> list, FieldRef f, java.util.function.Function<T, String> id,
                                   java.util.function.Function<T, String> title) {
        if (list != null) {
            for (T t : list) {
                if (f.id() != null && f.id().equals(id.apply(t))) {
                    String n = title.apply(t);
                    return n == null || n.isBlank() ? f.id() : n;
                }
            }
        }
        return f.id() == null ? "#" + (f.index() + 1) : f.id();
    }

    ListView<Validation.FieldProblem> list() {
        return list;
    }
}
