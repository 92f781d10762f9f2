package app.corridor.ui.edit;

import app.corridor.curate.FieldRef;
import app.corridor.curate.Validation;
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
    /** Names of the entries the problems are about, found when a problem is first shown after a change. */
    private EntryNames names;

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
        curator.problems().addListener((javafx.collections.ListChangeListener<Validation.FieldProblem>) c -> {
            names = null;
            update();
        });
        curator.documentProperty().addListener(o -> names = null);
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
        if (names == null) {
            names = EntryNames.of(curator.getDocument(), curator.problems().stream()
                    .map(Validation.FieldProblem::field).toList());
        }
        FieldRef f = p.field();
        String where = switch (f.section()) {
            case EVENT -> words.get("edit.problems.where.event", names.of(f));
            case ACTOR -> words.get("edit.problems.where.actor", names.of(f));
            case SOURCE -> words.get("edit.problems.where.source", names.of(f));
            case DATASET -> words.get("edit.problems.where.dataset");
        };
        return words.get("edit.problems.item", where, f.path().isEmpty() ? "\u2014" : f.path(),
                p.problem().message(), p.problem().line());
    }

    ListView<Validation.FieldProblem> list() {
        return list;
    }
}
