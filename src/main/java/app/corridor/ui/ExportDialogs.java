package app.corridor.ui;

import app.corridor.i18n.Messages;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/** What the export dialogs share: a run button that keeps the dialog open, cancelling, asking before replacing. */
final class ExportDialogs {


    private ExportDialogs() {
    }

    /**
     * The grid of an export dialog's form: its labels in the first column, never cut short, and
     * its edges in line with the header's text (the theme gives the header 1em each side and
     * custom content none).
     */
    static GridPane form() {
        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 14, 4, 14));
        return grid;
    }

    /**
     * Shows {@code message} (made by {@link Paragraph#of}) whole: it takes as many lines as it
     * needs, and the dialog's window grows to hold them, moving up if it would reach past the
     * bottom of the screen. A dialog keeps the size it was shown at, so a long message (a refusal
     * and its advice) was cut to one line ending in an ellipsis, and the buttons below it were
     * pushed out of the window.
     */
    static void showWhole(Dialog<?> dialog, Region message) {
        message.setMinHeight(Region.USE_PREF_SIZE);
        Paragraph.textOf(message).addListener((o, a, b) -> Platform.runLater(() -> {
            Scene scene = dialog.getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window == null || !window.isShowing()) {
                return;
            }
            window.sizeToScene();
            Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight())
                    .stream().findFirst().map(Screen::getVisualBounds).ifPresent(screen -> {
                        if (window.getY() + window.getHeight() > screen.getMaxY()) {
                            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
                        }
                    });
        }));
    }

    /**
     * Wires {@code dialog}'s buttons to {@code job}: {@code run} (given {@code runId}) starts the
     * work without closing the dialog and is disabled while it runs; Cancel and closing the window
     * stop a running export instead of closing; a replace question is asked, answered by
     * {@code replace} or {@code keep}.
     */
    static void wire(Dialog<ButtonType> dialog, ButtonType run, String runId, ExportJob job, Runnable start,
                     Runnable replace, Runnable keep, Messages words) {
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId(runId);
        runButton.disableProperty().bind(job.runningProperty());
        runButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            start.run();
        });
        ButtonType cancelType = dialog.getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (job.runningProperty().get()) {
                e.consume();
                job.cancel();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (job.runningProperty().get()) {
                e.consume();
            }
        });
        job.replaceQuestionProperty().addListener((o, a, path) -> {
            if (path != null) {
                Platform.runLater(() -> {
                    if (askReplace(dialog, path, words)) {
                        replace.run();
                    } else {
                        keep.run();
                    }
                });
            }
        });
    }

    private static boolean askReplace(Dialog<ButtonType> dialog, Path path, Messages words) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, words.get("export.replace", path.toString()),
                UiLanguage.button(words, ButtonBar.ButtonData.CANCEL_CLOSE),
                UiLanguage.button(words, ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.setHeaderText(words.get("export.replace.header"));
        UiLanguage.apply(alert, words.language());
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}
