package app.corridor.ui;

import app.corridor.i18n.Messages;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportLayout;
import app.corridor.export.ExportRequest;
import app.corridor.export.ExportRequest.Part;
import app.corridor.export.ExportResult;
import app.corridor.export.ExportService;
import app.corridor.export.FileSizes;
import app.corridor.export.Paper;
import app.corridor.layout.TimeScale;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Export image…: the nodes of the export dialog, bound to an {@link ExportViewModel} that
 * holds its logic. The export runs in the background with a progress bar and can be cancelled; an
 * existing file is replaced only after the user confirms; a set too dense to read is drawn only
 * when the user says so.
 */
final class ExportDialog {

    /**
     * What the dialog exports: a snapshot of the window's state when it was opened. {@code dark}
     * is the app's theme; exports default to the light theme whatever it is.
     */
    record Scene(List<Event> events, Dataset dataset, AppModel model, TimeScale scale, double plotWidth,
                 boolean dark) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Window owner;
    private final Scene scene;
    private final AppModel model;
    private final TextField file = new TextField();
    private final Messages words;
    private final ButtonType exportType;
    private final Button anyway;
    private ExportViewModel vm;

    /** The dialog over {@code owner}; {@link #show()} shows it once the remembered choices are read. */
    ExportDialog(Window owner, Scene scene) {
        this.owner = owner;
        this.scene = scene;
        this.model = scene.model();
        this.words = model.words();
        this.exportType = new ButtonType(words.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        this.anyway = new Button(words.get("export.dialog.export-anyway"));
    }

    /** The settings folder: the store's directory, where {@code settings.json} lives too. */
    static Path settingsDir(AppModel model) {
        return model.store() == null ? null : model.store().file().toAbsolutePath().getParent();
    }

    /** Reads the remembered choices on the worker, then builds and shows the dialog. */
    void show() {
        Path dir = settingsDir(model);
        model.background().run(() -> ExportSettings.load(dir), remembered -> {
            build(remembered, dir);
            dialog.show();
        }, failure -> model.notify(failure.getMessage()));
    }

    private void build(ExportSettings remembered, Path settingsDir) {
        vm = new ExportViewModel(new ExportViewModel.Source(scene.events(), scene.dataset(), model.getFilter(),
                model.laneModeProperty().get(), model.actorLookup(), scene.scale().time(0),
                scene.scale().time(scene.plotWidth())), model.background(), Platform::runLater,
                new ExportService(), remembered, settingsDir, model.language());
        dialog.initOwner(owner);
        UiLanguage.apply(dialog, model.language());
        dialog.setTitle(words.get("export.dialog.title"));
        dialog.setHeaderText(words.get("export.dialog.header"));
        dialog.getDialogPane().getButtonTypes().addAll(exportType,
                UiLanguage.button(words, ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(form(scene.events().isEmpty()));
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().setPrefWidth(700);
        ExportDialogs.wire(dialog, exportType, "export-run", vm.job(), vm::export, vm::replace, vm::keep, words);
        vm.resultProperty().addListener((o, a, result) -> {
            if (result != null) {
                finished(result);
            }
        });
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    TextField fileField() {
        return file;
    }

    ExportViewModel viewModel() {
        return vm;
    }

    private GridPane form(boolean noEvents) {
        ToggleGroup formats = new ToggleGroup();
        HBox formatBox = new HBox(12);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(f == ExportFormat.MARKDOWN ? words.get("export.dialog.markdown") : f.name());
            b.setId("export-format-" + f.extension());
            b.setUserData(f);
            b.setToggleGroup(formats);
            b.setSelected(vm.formatProperty().get() == f);
            formatBox.getChildren().add(b);
        }
        formats.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.formatProperty().set((ExportFormat) t.getUserData());
            }
        });
        vm.formatProperty().addListener((o, a, f) -> formats.getToggles().stream()
                .filter(t -> t.getUserData() == f).findFirst().ifPresent(formats::selectToggle));

        ChoiceBox<ExportLayout> layout = new ChoiceBox<>();
        layout.setId("export-layout");
        layout.getItems().addAll(ExportLayout.values());
        layout.setConverter(shown(l -> l == ExportLayout.TIMELINE ? words.get("export.dialog.timeline")
                : words.get("export.dialog.chronology")));
        layout.valueProperty().bindBidirectional(vm.layoutProperty());

        ToggleGroup what = new ToggleGroup();
        RadioButton whole = new RadioButton(words.get("export.dialog.whole"));
        RadioButton visible = new RadioButton(words.get("export.dialog.visible"));
        whole.setToggleGroup(what);
        visible.setToggleGroup(what);
        whole.setSelected(vm.wholeRangeProperty().get());
        visible.setSelected(!vm.wholeRangeProperty().get());
        whole.setDisable(noEvents);
        whole.selectedProperty().bindBidirectional(vm.wholeRangeProperty());

        Spinner<Integer> width = new Spinner<>(ExportRequest.MIN_WIDTH, ExportRequest.MAX_WIDTH,
                vm.widthProperty().get(), 100);
        width.setEditable(true);
        width.getEditor().setPrefColumnCount(6);
        width.valueProperty().addListener((o, a, v) -> vm.widthProperty().set(v == null ? a : v));
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().addAll(1, 2, 3);
        scale.setConverter(shown(n -> n + "\u00d7"));
        scale.setValue(vm.scaleProperty().get());
        scale.valueProperty().addListener((o, a, v) -> vm.scaleProperty().set(v));
        scale.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.PNG));

        ChoiceBox<Paper.Size> paper = new ChoiceBox<>();
        paper.getItems().addAll(Paper.Size.values());
        paper.setConverter(shown(z -> z == Paper.Size.LETTER ? words.get("export.dialog.letter") : z.name()));
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        ChoiceBox<Paper.Orientation> orientation = new ChoiceBox<>();
        orientation.getItems().addAll(Paper.Orientation.values());
        orientation.setConverter(shown(o -> o == Paper.Orientation.LANDSCAPE ? words.get("export.dialog.landscape")
                : words.get("export.dialog.portrait")));
        orientation.valueProperty().bindBidirectional(vm.orientationProperty());

        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.setId("export-theme");
        theme.getItems().addAll("light", "dark", "print");
        theme.setConverter(shown(t -> words.get("export.dialog.theme." + t)));
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        TextField title = new TextField();
        title.setPrefColumnCount(34);
        title.textProperty().bindBidirectional(vm.titleProperty());

        VBox include = new VBox(6, check(Part.LEGEND, words.get("export.dialog.legend")), check(Part.FILTERS_LINE, words.get("export.dialog.filters-line")),
                check(Part.FOOTER, words.get("export.dialog.footer")), check(Part.TODAY, words.get("export.dialog.today")),
                check(Part.AXIS_BREAKS, words.get("export.dialog.axis-breaks")));

        file.setId("export-file");
        // A path reads left to right in any language.
        file.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        file.setPrefColumnCount(34);
        file.textProperty().bindBidirectional(vm.fileProperty());
        Button choose = new Button(words.get("export.dialog.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> choose());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = ExportDialogs.form();
        int r = 0;
        grid.addRow(r++, new Label(words.get("export.dialog.format")), formatBox);
        grid.addRow(r++, new Label(words.get("export.dialog.layout")), layout);
        grid.addRow(r++, new Label(words.get("export.dialog.what")), new HBox(12, whole, visible));
        HBox widthRow = new HBox(8, width, new Label(words.get("export.dialog.pixels-scale")), scale);
        widthRow.setAlignment(Pos.CENTER_LEFT);
        Label widthLabel = new Label(words.get("export.dialog.width"));
        widthLabel.disableProperty().bind(vm.widthAppliesProperty().not());
        widthRow.disableProperty().bind(vm.widthAppliesProperty().not());
        grid.addRow(r++, widthLabel, widthRow);
        Label paperLabel = new Label(words.get("export.dialog.paper"));
        HBox paperRow = new HBox(8, paper, orientation);
        paperLabel.disableProperty().bind(vm.paperAppliesProperty().not());
        paperRow.disableProperty().bind(vm.paperAppliesProperty().not());
        grid.addRow(r++, paperLabel, paperRow);
        grid.addRow(r++, new Label(words.get("export.dialog.theme")), theme);
        grid.addRow(r++, new Label(words.get("export.dialog.heading")), title);
        grid.addRow(r++, new Label(words.get("export.dialog.include")), include);
        grid.addRow(r++, new Label(words.get("export.dialog.file")), fileRow);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.job().progressProperty());
        progress.visibleProperty().bind(vm.job().runningProperty());
        progress.managedProperty().bind(vm.job().runningProperty());
        Region message = Paragraph.of("", model.language().rightToLeft());
        message.setId("export-message");
        message.setMaxWidth(560);
        Paragraph.textOf(message).bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.denseWarningProperty().get() != null ? vm.denseWarningProperty().get()
                        : vm.job().messageProperty().get(), vm.denseWarningProperty(), vm.job().messageProperty()));
        anyway.setId("export-anyway");
        anyway.visibleProperty().bind(vm.denseWarningProperty().isNotNull());
        anyway.managedProperty().bind(anyway.visibleProperty());
        anyway.setOnAction(e -> vm.exportAnyway());
        grid.add(new VBox(6, progress, message, anyway), 0, r, 2, 1);
        ExportDialogs.showWhole(dialog, message);
        // The choices stay put while an export runs.
        for (javafx.scene.Node node : List.copyOf(grid.getChildren())) {
            if (!node.disableProperty().isBound()) {
                node.disableProperty().bind(vm.job().runningProperty());
            }
        }
        return grid;
    }

    private CheckBox check(Part part, String label) {
        CheckBox box = new CheckBox(label);
        box.setId("export-part-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        box.selectedProperty().bindBidirectional(vm.partProperty(part));
        return box;
    }

    /** A choice box converter that only shows values, in words. */
    private static <T> StringConverter<T> shown(Function<T, String> text) {
        return ChoiceText.of(text);
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("export.dialog.chooser-title"));
        Path current = Path.of(file.getText()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        ExportFormat f = vm.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        File chosen = chooser.showSaveDialog(dialog.getOwner());
        if (chosen != null) {
            file.setText(chosen.toString());
        }
    }

    private void finished(ExportResult result) {
        model.notify(words.get("export.dialog.exported", result.events(), result.file().toString(),
                FileSizes.human(result.bytes())));
        dialog.setResult(exportType);
        dialog.close();
    }
}
