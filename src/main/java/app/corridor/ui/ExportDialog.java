package app.corridor.ui;

import app.corridor.export.ExportCancelledException;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportNames;
import app.corridor.export.ExportProgress;
import app.corridor.export.ExportRange;
import app.corridor.export.ExportRequest;
import app.corridor.export.ExportResult;
import app.corridor.export.ExportService;
import app.corridor.export.FilterDescription;
import app.corridor.export.Paper;
import app.corridor.export.TargetExistsException;
import app.corridor.layout.TimeScale;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.render.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
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
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export image…: PNG, SVG or PDF of the visible window or the whole filtered range, at a
 * size (pixels, PNG scale, or paper), in the light, dark or print theme, with optional title,
 * legend, filters line and source credits. The export runs in the background with a progress bar
 * and can be cancelled; an existing file is replaced only after the user confirms.
 */
final class ExportDialog {

    /** What the dialog exports: a snapshot of the window's state when it was opened. */
    record Scene(List<Event> events, Dataset dataset, AppModel model, TimeScale scale, double plotWidth,
                 boolean dark) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Scene scene;
    private final ToggleGroup formats = new ToggleGroup();
    private final RadioButton visible = new RadioButton("Visible window");
    private final RadioButton whole = new RadioButton("Whole filtered range");
    private final Spinner<Integer> width = new Spinner<>(ExportRequest.MIN_WIDTH, ExportRequest.MAX_WIDTH, 1600, 100);
    private final ChoiceBox<Integer> scale = new ChoiceBox<>();
    private final ChoiceBox<Paper.Size> paper = new ChoiceBox<>();
    private final ChoiceBox<Paper.Orientation> orientation = new ChoiceBox<>();
    private final ChoiceBox<String> theme = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final CheckBox legend = new CheckBox("Legend of kinds");
    private final CheckBox filtersLine = new CheckBox("Line describing the filters");
    private final CheckBox footer = new CheckBox("Footer crediting the sources");
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final ButtonType exportType = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    private Task<ExportResult> running;
    /** True while the file field holds exactly what the file chooser returned (it confirmed any replacement). */
    private boolean chooserConfirmed;
    private Path chooserPath;

    ExportDialog(Window owner, Scene scene) {
        this.scene = scene;
        dialog.initOwner(owner);
        dialog.setTitle("Export image");
        dialog.setHeaderText("Export the timeline as an image for a paper or a slide");
        dialog.getDialogPane().getButtonTypes().addAll(exportType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().setPrefWidth(660);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(exportType);
        exportButton.setId("export-run");
        // Export runs in the background; keep the dialog open until it is done.
        exportButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            start(false);
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (running != null) {
                e.consume();
                running.cancel();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (running != null) {
                e.consume();
            }
        });
        updateDefaults();
    }

    void show() {
        dialog.show();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    TextField fileField() {
        return file;
    }

    private GridPane form() {
        HBox formatBox = new HBox(12);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(f.name());
            b.setId("export-format-" + f.name().toLowerCase(Locale.ROOT));
            b.setUserData(f);
            b.setToggleGroup(formats);
            formatBox.getChildren().add(b);
        }
        formats.selectToggle(formats.getToggles().get(0));
        ToggleGroup what = new ToggleGroup();
        visible.setToggleGroup(what);
        whole.setToggleGroup(what);
        visible.setSelected(true);
        whole.setDisable(scene.events().isEmpty());
        scale.getItems().addAll(1, 2, 3);
        scale.setValue(1);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + "\u00d7";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("\u00d7", ""));
            }
        });
        paper.getItems().addAll(Paper.Size.values());
        paper.setValue(Paper.Size.A4);
        orientation.getItems().addAll(Paper.Orientation.values());
        orientation.setValue(Paper.Orientation.LANDSCAPE);
        theme.getItems().addAll("light", "dark", "print");
        width.setEditable(true);
        width.getEditor().setPrefColumnCount(6);
        title.setText(scene.dataset().title());
        title.setPrefColumnCount(34);
        legend.setSelected(true);
        filtersLine.setSelected(!scene.model().getFilter().isEmpty());
        footer.setSelected(true);
        file.setId("export-file");
        file.setPrefColumnCount(34);
        file.textProperty().addListener((o, a, b) -> chooserConfirmed = chooserPath != null
                && chooserPath.toString().equals(b));
        Button choose = new Button("Choose\u2026");
        choose.setOnAction(e -> choose());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        choose.setMinWidth(Button.USE_PREF_SIZE);
        paper.setConverter(words(z -> z == Paper.Size.LETTER ? "Letter" : z.name()));
        orientation.setConverter(words(o -> o == Paper.Orientation.LANDSCAPE ? "Landscape" : "Portrait"));
        theme.setConverter(words(t -> t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1)));
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        int r = 0;
        grid.addRow(r++, new Label("Format"), formatBox);
        grid.addRow(r++, new Label("What"), new HBox(12, visible, whole));
        Label widthLabel = new Label("Width");
        HBox widthRow = new HBox(8, width, new Label("pixels   Scale"), scale);
        widthRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(r++, widthLabel, widthRow);
        Label paperLabel = new Label("Paper");
        HBox paperRow = new HBox(8, paper, orientation);
        grid.addRow(r++, paperLabel, paperRow);
        grid.addRow(r++, new Label("Theme"), theme);
        grid.addRow(r++, new Label("Title"), title);
        grid.addRow(r++, new Label("Include"), new VBox(6, legend, filtersLine, footer));
        grid.addRow(r++, new Label("File"), fileRow);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        message.setWrapText(true);
        message.setMaxWidth(520);
        grid.add(new VBox(6, progress, message), 0, r, 2, 1);

        formats.selectedToggleProperty().addListener((o, a, b) -> updateDefaults());
        visible.selectedProperty().addListener((o, a, b) -> updateDefaults());
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            boolean pdf = format() == ExportFormat.PDF;
            widthLabel.setDisable(pdf);
            widthRow.setDisable(pdf);
            paperLabel.setDisable(!pdf);
            paperRow.setDisable(!pdf);
            scale.setDisable(format() != ExportFormat.PNG);
        });
        paperLabel.setDisable(true);
        paperRow.setDisable(true);
        return grid;
    }

    /** A choice box converter that only shows values, in words. */
    private static <T> javafx.util.StringConverter<T> words(java.util.function.Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
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

    private ExportFormat format() {
        return (ExportFormat) formats.getSelectedToggle().getUserData();
    }

    private ExportRange range() {
        if (whole.isSelected()) {
            return ExportRange.spanning(scene.events());
        }
        return ExportRange.window(scene.scale().time(0), scene.scale().time(scene.plotWidth()));
    }

    /** Width, theme and file name follow the format and the range until the user changes the file. */
    private void updateDefaults() {
        ExportFormat f = format();
        theme.setValue(f == ExportFormat.PDF ? "print" : scene.dark() ? "dark" : "light");
        if (visible.isSelected()) {
            width.getValueFactory().setValue((int) Math.max(ExportRequest.MIN_WIDTH,
                    Math.round(scene.plotWidth() + app.corridor.layout.LayoutStyle.standard().gutterWidth())));
        }
        Path folder = currentFolder();
        String name = ExportNames.defaultFileName(f, range(), scene.model().getFilter());
        file.setText(folder.resolve(name).toString());
    }

    private Path currentFolder() {
        String text = file.getText();
        if (text != null && !text.isBlank()) {
            Path parent = Path.of(text).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export image as");
        Path current = Path.of(file.getText()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        ExportFormat f = format();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name() + " image", "*." + f.extension()));
        File chosen = chooser.showSaveDialog(dialog.getOwner());
        if (chosen != null) {
            chooserPath = chosen.toPath();
            file.setText(chosen.toString());
            chooserConfirmed = true;
        }
    }

    private ExportRequest request() {
        int w = width.getValue() == null ? ExportRequest.DEFAULT_WIDTH : width.getValue();
        return ExportRequest.of(format(), range())
                .withLanes(scene.model().laneModeProperty().get())
                .withWidth(Math.max(ExportRequest.MIN_WIDTH, Math.min(ExportRequest.MAX_WIDTH, w)))
                .withScale(scale.getValue())
                .withPaper(new Paper(paper.getValue(), orientation.getValue()))
                .withTheme(Theme.named(theme.getValue()))
                .withTitle(title.getText())
                .withLegend(legend.isSelected())
                .withFiltersLine(filtersLine.isSelected())
                .withFooter(footer.isSelected());
    }

    /** Runs the export in the background; {@code overwrite} once the user agreed to replace the file. */
    private void start(boolean overwrite) {
        if (running != null) {
            return;
        }
        Path target;
        ExportRequest request;
        try {
            target = Path.of(file.getText().strip());
            request = request();
        } catch (RuntimeException e) {
            message.setText("Cannot export: " + e.getMessage());
            return;
        }
        boolean replace = overwrite || chooserConfirmed;
        String filters = FilterDescription.of(scene.model().getFilter(), scene.model().actorLookup(),
                scene.events().size());
        Task<ExportResult> task = new Task<>() {
            @Override
            protected ExportResult call() throws Exception {
                Task<ExportResult> self = this;
                return new ExportService().export(request, scene.events(), scene.model().actorLookup(),
                        scene.dataset().sources(), filters, target, replace, new ExportProgress() {
                            @Override
                            public void update(double fraction, String text) {
                                updateProgress(fraction, 1);
                                updateMessage(text);
                            }

                            @Override
                            public boolean isCancelled() {
                                return self.isCancelled();
                            }
                        });
            }
        };
        running = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        setFormDisabled(true);
        task.setOnSucceeded(e -> {
            finished();
            ExportResult result = task.getValue();
            scene.model().notify("Exported " + result.events() + " events to " + result.file() + " ("
                    + humanSize(result.bytes()) + ")");
            dialog.setResult(exportType);
            dialog.close();
        });
        task.setOnCancelled(e -> {
            finished();
            message.setText("Export cancelled; nothing was written.");
        });
        task.setOnFailed(e -> {
            finished();
            Throwable failure = task.getException();
            if (failure instanceof TargetExistsException && confirmReplace(target)) {
                start(true);
            } else if (failure instanceof ExportCancelledException) {
                message.setText("Export cancelled; nothing was written.");
            } else if (!(failure instanceof TargetExistsException)) {
                message.setText(failure.getMessage());
            }
        });
        Thread thread = new Thread(task, "corridor-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished() {
        running = null;
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        progress.setVisible(false);
        setFormDisabled(false);
    }

    private void setFormDisabled(boolean disabled) {
        dialog.getDialogPane().getContent().setDisable(disabled);
        dialog.getDialogPane().lookupButton(exportType).setDisable(disabled);
    }

    private boolean confirmReplace(Path target) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, target + " already exists. Replace it?",
                ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.setHeaderText("Replace the existing file?");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
