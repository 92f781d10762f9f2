package app.corridor.ui;

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
import javafx.geometry.Insets;
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
import javafx.scene.layout.ColumnConstraints;
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

    /** Every word the dialog shows, in one place for translation. */
    static final class Text {
        static final String TITLE = "Export image";
        static final String HEADER = "Export the timeline for a paper, a slide or an article";
        static final String EXPORT = "Export";
        static final String EXPORT_ANYWAY = "Export anyway";
        static final String FORMAT = "Format";
        static final String MARKDOWN = "Markdown";
        static final String LAYOUT = "Layout";
        static final String TIMELINE = "Timeline";
        static final String CHRONOLOGY = "Chronology (PDF, Markdown)";
        static final String WHAT = "What";
        static final String WHOLE = "Whole filtered range";
        static final String VISIBLE = "Visible window";
        static final String WIDTH = "Width";
        static final String PIXELS_SCALE = "pixels   Scale";
        static final String PAPER = "Paper";
        static final String THEME = "Theme";
        static final String HEADING = "Title";
        static final String INCLUDE = "Include";
        static final String LEGEND = "Legend of kinds and encodings";
        static final String FILTERS_LINE = "Line describing the filters";
        static final String FOOTER = "Footnotes and the list of sources";
        static final String TODAY = "Today line";
        static final String AXIS_BREAKS = "Breaks for long stretches without events";
        static final String FILE = "File";
        static final String CHOOSE = "Choose\u2026";
        static final String CHOOSER_TITLE = "Export as";
        static final String EXPORTED = "Exported %d events to %s (%s)";
        static final String LANDSCAPE = "Landscape";
        static final String PORTRAIT = "Portrait";
        static final String LETTER = "Letter";

        private Text() {
        }
    }

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
    private final ButtonType exportType = new ButtonType(Text.EXPORT, ButtonBar.ButtonData.OK_DONE);
    private final Button anyway = new Button(Text.EXPORT_ANYWAY);
    private ExportViewModel vm;

    /** The dialog over {@code owner}; {@link #show()} shows it once the remembered choices are read. */
    ExportDialog(Window owner, Scene scene) {
        this.owner = owner;
        this.scene = scene;
        this.model = scene.model();
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
                new ExportService(), remembered, settingsDir);
        dialog.initOwner(owner);
        dialog.setTitle(Text.TITLE);
        dialog.setHeaderText(Text.HEADER);
        dialog.getDialogPane().getButtonTypes().addAll(exportType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(scene.events().isEmpty()));
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().setPrefWidth(700);
        ExportDialogs.wire(dialog, exportType, "export-run", vm.job(), vm::export, vm::replace, vm::keep);
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
            RadioButton b = new RadioButton(f == ExportFormat.MARKDOWN ? Text.MARKDOWN : f.name());
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
        layout.setConverter(words(l -> l == ExportLayout.TIMELINE ? Text.TIMELINE : Text.CHRONOLOGY));
        layout.valueProperty().bindBidirectional(vm.layoutProperty());

        ToggleGroup what = new ToggleGroup();
        RadioButton whole = new RadioButton(Text.WHOLE);
        RadioButton visible = new RadioButton(Text.VISIBLE);
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
        scale.setConverter(words(n -> n + "\u00d7"));
        scale.setValue(vm.scaleProperty().get());
        scale.valueProperty().addListener((o, a, v) -> vm.scaleProperty().set(v));
        scale.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.PNG));

        ChoiceBox<Paper.Size> paper = new ChoiceBox<>();
        paper.getItems().addAll(Paper.Size.values());
        paper.setConverter(words(z -> z == Paper.Size.LETTER ? Text.LETTER : z.name()));
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        ChoiceBox<Paper.Orientation> orientation = new ChoiceBox<>();
        orientation.getItems().addAll(Paper.Orientation.values());
        orientation.setConverter(words(o -> o == Paper.Orientation.LANDSCAPE ? Text.LANDSCAPE : Text.PORTRAIT));
        orientation.valueProperty().bindBidirectional(vm.orientationProperty());

        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.setId("export-theme");
        theme.getItems().addAll("light", "dark", "print");
        theme.setConverter(words(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1)));
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        TextField title = new TextField();
        title.setPrefColumnCount(34);
        title.textProperty().bindBidirectional(vm.titleProperty());

        VBox include = new VBox(6, check(Part.LEGEND, Text.LEGEND), check(Part.FILTERS_LINE, Text.FILTERS_LINE),
                check(Part.FOOTER, Text.FOOTER), check(Part.TODAY, Text.TODAY),
                check(Part.AXIS_BREAKS, Text.AXIS_BREAKS));

        file.setId("export-file");
        file.setPrefColumnCount(34);
        file.textProperty().bindBidirectional(vm.fileProperty());
        Button choose = new Button(Text.CHOOSE);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> choose());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        int r = 0;
        grid.addRow(r++, new Label(Text.FORMAT), formatBox);
        grid.addRow(r++, new Label(Text.LAYOUT), layout);
        grid.addRow(r++, new Label(Text.WHAT), new HBox(12, whole, visible));
        HBox widthRow = new HBox(8, width, new Label(Text.PIXELS_SCALE), scale);
        widthRow.setAlignment(Pos.CENTER_LEFT);
        Label widthLabel = new Label(Text.WIDTH);
        widthLabel.disableProperty().bind(vm.widthAppliesProperty().not());
        widthRow.disableProperty().bind(vm.widthAppliesProperty().not());
        grid.addRow(r++, widthLabel, widthRow);
        Label paperLabel = new Label(Text.PAPER);
        HBox paperRow = new HBox(8, paper, orientation);
        paperLabel.disableProperty().bind(vm.paperAppliesProperty().not());
        paperRow.disableProperty().bind(vm.paperAppliesProperty().not());
        grid.addRow(r++, paperLabel, paperRow);
        grid.addRow(r++, new Label(Text.THEME), theme);
        grid.addRow(r++, new Label(Text.HEADING), title);
        grid.addRow(r++, new Label(Text.INCLUDE), include);
        grid.addRow(r++, new Label(Text.FILE), fileRow);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.job().progressProperty());
        progress.visibleProperty().bind(vm.job().runningProperty());
        progress.managedProperty().bind(vm.job().runningProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.denseWarningProperty().get() != null ? vm.denseWarningProperty().get()
                        : vm.job().messageProperty().get(), vm.denseWarningProperty(), vm.job().messageProperty()));
        anyway.setId("export-anyway");
        anyway.visibleProperty().bind(vm.denseWarningProperty().isNotNull());
        anyway.managedProperty().bind(anyway.visibleProperty());
        anyway.setOnAction(e -> vm.exportAnyway());
        grid.add(new VBox(6, progress, message, anyway), 0, r, 2, 1);
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
    private static <T> StringConverter<T> words(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice boxes are not edited");
            }
        };
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Text.CHOOSER_TITLE);
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
        model.notify(String.format(Text.EXPORTED, result.events(), result.file(), FileSizes.human(result.bytes())));
        dialog.setResult(exportType);
        dialog.close();
    }
}
