package app.corridor.ui.edit;

import app.corridor.i18n.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Adding a source document: the text extracted from it, as it will be stored and quoted, beside the
 * metadata form (each field the document states with where it states it, the others "not stated").
 * Nothing is written until "Add source".
 */
public final class ImportDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImportModel model;
    private final ButtonType add;

    /**
     * @param dressed gives the dialog the window's language (mirrored for Urdu, its fonts)
     */
    public ImportDialog(Window owner, ImportModel model, Consumer<javafx.scene.control.Dialog<?>> dressed,
                        Consumer<String> onAdded) {
        this.model = model;
        Messages w = model.words();
        dialog.initOwner(owner);
        dialog.setTitle(w.get("edit.import.title"));
        dialog.setHeaderText(w.get("edit.import.header"));
        dialog.setResizable(true);
        add = new ButtonType(w.get("edit.import.add"), ButtonBar.ButtonData.OK_DONE);
        // Cancel in the window's language: JavaFX names its own buttons in the system's, and has no Urdu.
        dialog.getDialogPane().getButtonTypes().addAll(add,
                new ButtonType(w.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("import-dialog");
        dressed.accept(dialog);

        TextArea text = new TextArea();
        text.setId("import-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        // The document's own direction, whatever the window's: an English text reads left to right in Urdu.
        text.textProperty().addListener((o, a, t) -> text.setNodeOrientation(
                Boolean.TRUE.equals(app.corridor.i18n.BidiText.firstStrongIsRtl(t))
                        ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
        Label details = new Label();
        details.setId("import-details");
        details.setWrapText(true);
        details.getStyleClass().add("field-hint");
        details.textProperty().bind(model.detailsProperty());
        Label textTitle = new Label(w.get("edit.import.text"));
        textTitle.getStyleClass().add("field-label");
        VBox left = new VBox(6, textTitle, text, details);
        VBox.setVgrow(text, Priority.ALWAYS);
        ScrollPane right = new ScrollPane(new SourceFields(w, model.form(), () -> { }, "import-", false));
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("editor-refusal");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.visibleProperty().bind(model.busyProperty());
        busy.setMaxSize(48, 48);
        StackPane centre = new StackPane(split, busy);
        VBox.setVgrow(centre, Priority.ALWAYS);
        VBox content = new VBox(8, problem, centre);
        dialog.getDialogPane().setContent(content);
        // Room for the text beside the form; smaller screens get less (the dialog is resizable).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setPrefSize(Math.min(1040, screen.getWidth() - 80), Math.min(720, screen.getHeight() - 80));
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(
                Bindings.or(model.proposalProperty().isNull(), model.busyProperty()));
        // "Add source" writes in the background; the dialog closes once the source is in.
        dialog.getDialogPane().lookupButton(add).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.approve(id -> {
                dialog.setResult(add);
                dialog.close();
                onAdded.accept(id);
            });
        });
    }

    /** Shows the dialog and reads {@code file} into it. */
    public void show(Path file) {
        model.read(file);
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
