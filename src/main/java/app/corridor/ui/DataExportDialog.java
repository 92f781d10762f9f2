package app.corridor.ui;

import app.corridor.i18n.Messages;
import app.corridor.export.DataExportService;
import app.corridor.export.DataFormat;
import app.corridor.export.FileSizes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export data…: the filtered events as CSV or a Corridor dataset, or the sources they quote
 * as CSL-JSON or BibTeX; nodes bound to a {@link DataExportViewModel}.
 */
final class DataExportDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Window owner;
    private final AppModel model;
    private final Messages words;
    private final ButtonType exportType;
    private final TextField target = new TextField();
    private DataExportViewModel vm;

    DataExportDialog(Window owner, AppModel model) {
        this.owner = owner;
        this.model = model;
        this.words = model.words();
        this.exportType = new ButtonType(words.get("export.data.export"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Reads the remembered choices on the worker, then builds and shows the dialog. */
    void show() {
        Path dir = ExportDialog.settingsDir(model);
        model.background().run(() -> ExportSettings.load(dir), remembered -> {
            vm = new DataExportViewModel(model.getFilteredEvents(), model.getDataset(), model.getFilter(),
                    model.background(), Platform::runLater, new DataExportService(model.language()), remembered, dir,
                    words);
            build();
            dialog.show();
        }, failure -> model.notify(failure.getMessage()));
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    TextField targetField() {
        return target;
    }

    private void build() {
        dialog.initOwner(owner);
        UiLanguage.apply(dialog, model.language());
        dialog.setTitle(words.get("export.data.title"));
        dialog.setHeaderText(words.get("export.data.header"));
        dialog.getDialogPane().getButtonTypes().addAll(exportType,
                UiLanguage.button(words, ButtonBar.ButtonData.CANCEL_CLOSE));
        ChoiceBox<DataFormat> format = new ChoiceBox<>();
        format.setId("data-format");
        format.getItems().addAll(DataFormat.values());
        format.setConverter(ChoiceText.of(f -> f.label(words)));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        target.setId("data-target");
        target.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        target.setPrefColumnCount(34);
        target.textProperty().bindBidirectional(vm.targetProperty());
        Button choose = new Button(words.get("export.data.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> choose());
        HBox targetRow = new HBox(6, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.job().progressProperty());
        progress.visibleProperty().bind(vm.job().runningProperty());
        Region message = Paragraph.of("", model.language().rightToLeft());
        message.setId("data-message");
        Paragraph.textOf(message).bind(vm.job().messageProperty());
        GridPane grid = ExportDialogs.form();
        grid.addRow(0, new Label(words.get("export.data.format")), format);
        grid.addRow(1, new Label(words.get("export.data.target")), targetRow);
        grid.add(new Label(words.get("export.data.events", model.getFilteredEvents().size())), 0, 2, 2, 1);
        grid.add(new VBox(6, progress, message), 0, 3, 2, 1);
        ExportDialogs.showWhole(dialog, message);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);
        ExportDialogs.wire(dialog, exportType, "data-run", vm.job(), vm::export, vm::replace, vm::keep, words);
        vm.resultProperty().addListener((o, a, done) -> {
            if (done != null) {
                finished(done);
            }
        });
    }

    private void choose() {
        Path current = Path.of(target.getText()).toAbsolutePath();
        File initial = current.getParent() != null && Files.isDirectory(current.getParent())
                ? current.getParent().toFile() : null;
        File chosen;
        if (vm.formatProperty().get().isFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setInitialDirectory(initial);
            chosen = chooser.showDialog(dialog.getOwner());
            chosen = chosen == null ? null : new File(chosen, current.getFileName().toString());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(initial);
            chooser.setInitialFileName(current.getFileName().toString());
            chosen = chooser.showSaveDialog(dialog.getOwner());
        }
        if (chosen != null) {
            target.setText(chosen.toString());
        }
    }

    private void finished(DataExportService.Result done) {
        model.notify(words.get("export.dialog.exported", done.events(), done.target().toString(),
                FileSizes.human(done.bytes())));
        dialog.setResult(exportType);
        dialog.close();
    }
}
