package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ExportDialogTest extends RunningAppTest {

    private void exportTo(Path target) throws Exception {
        clickOn(fx.timeline());
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        AppFixture.waitUntil(() -> lookup("#export-file").tryQuery().isPresent());
        clickOn("#export-format-svg");
        interact(() -> fx.window().exportDialog().fileField().setText(target.toString()));
        clickOn("#export-run");
    }

    @Test
    void ctrlEExportsTheTimelineAsTheChosenFormatAndSaysWhereItWent() throws Exception {
        Path target = dir.resolve("out").resolve("timeline.svg");
        Files.createDirectories(target.getParent());
        exportTo(target);
        AppFixture.waitUntil(() -> Files.exists(target) && !fx.window().exportDialog().dialog().isShowing());
        String svg = Files.readString(target);
        assertThat(svg).startsWith("<?xml").contains("President B visits Beijing").contains("Airport opens");
        assertThat(lookup("#notice").queryAs(Label.class).getText()).startsWith("Exported 4 events to ")
                .contains("timeline.svg");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterTheUserConfirms() throws Exception {
        Path target = dir.resolve("existing.svg");
        Files.writeString(target, "keep me");
        exportTo(target);
        AppFixture.waitUntil(() -> lookup("Replace the existing file?").tryQuery().isPresent());
        clickOn("Cancel");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        clickOn("#export-run");
        AppFixture.waitUntil(() -> lookup("Replace the existing file?").tryQuery().isPresent());
        clickOn("OK");
        AppFixture.waitUntil(() -> target.toFile().length() > "keep me".length());
        assertThat(Files.readString(target)).contains("<svg");
    }

    /**
     * A message longer than a line (here a failure to write, naming the file) is shown whole, and
     * the dialog grows to hold it, moving up from the bottom of the screen: it was cut to one line
     * ending in an ellipsis, with the buttons pushed out of the window.
     */
    @Test
    void aLongMessageIsShownWholeWithTheButtonsStillInTheWindowAndOnTheScreen() throws Exception {
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "a file, not a folder");
        Path target = notAFolder.resolve("timeline-of-high-level-exchanges-".repeat(3) + ".svg");
        clickOn(fx.timeline());
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        AppFixture.waitUntil(() -> lookup("#export-file").tryQuery().isPresent()
                && fx.window().exportDialog().dialog().isShowing());
        javafx.stage.Window window = fx.window().exportDialog().dialog().getDialogPane().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        interact(() -> {
            window.setY(screen.getMaxY() - window.getHeight()); // its bottom on the screen's
            fx.window().exportDialog().fileField().setText(target.toString());
        });
        clickOn("#export-format-svg");
        interact(() -> lookup("#export-run").queryButton().fire());
        Label message = lookup("#export-message").queryAs(Label.class);
        javafx.scene.control.Button run = lookup("#export-run").queryButton();
        AppFixture.waitUntil(() -> !fx.window().exportDialog().viewModel().job().runningProperty().get()
                && message.getText().contains(target.getFileName().toString())
                && message.getHeight() > 2 * message.getFont().getSize()
                && message.getHeight() + 0.5 >= message.prefHeight(message.getWidth())
                && run.localToScene(run.getBoundsInLocal()).getMaxY() <= run.getScene().getHeight()
                && window.getY() + window.getHeight() <= screen.getMaxY() + 0.5);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder");
    }

    /** The theme holds a dialog to 600 px: the form's labels and buttons still show their whole words. */
    @Test
    void bothExportDialogsShowTheirLabelsAndButtonsWhole() throws Exception {
        interact(() -> fx.window().showExportData());
        AppFixture.waitUntil(() -> lookup("#data-target").tryQuery().isPresent());
        assertWhole(fx.window().exportDataDialog().dialog().getDialogPane());
        interact(() -> fx.window().exportDataDialog().dialog().close());

        clickOn(fx.timeline());
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        AppFixture.waitUntil(() -> lookup("#export-file").tryQuery().isPresent());
        assertWhole(fx.window().exportDialog().dialog().getDialogPane());
        interact(() -> fx.window().exportDialog().dialog().close());
    }

    private void assertWhole(javafx.scene.Node pane) throws Exception {
        java.util.List<String> cut = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> java.util.stream.Stream.concat(
                        pane.lookupAll(".label").stream(), pane.lookupAll(".button").stream())
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> (javafx.scene.control.Labeled) n)
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()
                        && l.getWidth() + 0.5 < l.prefWidth(-1))
                .map(l -> l.getText() + " (" + l.getWidth() + " of " + l.prefWidth(-1) + " px)").toList()).get();
        assertThat(cut).as("labels and buttons cut short").isEmpty();
    }

    @Test
    void fileExportDataWritesTheFilteredEventsAsCsv() throws Exception {
        Path target = dir.resolve("events.csv");
        interact(() -> fx.window().showExportData());
        AppFixture.waitUntil(() -> lookup("#data-target").tryQuery().isPresent());
        interact(() -> fx.window().exportDataDialog().targetField().setText(target.toString()));
        clickOn("#data-run");
        AppFixture.waitUntil(() -> Files.exists(target) && !fx.window().exportDataDialog().dialog().isShowing());
        assertThat(Files.readString(target)).contains("\"President B visits Beijing\"");
        assertThat(lookup("#notice").queryAs(Label.class).getText()).startsWith("Exported 4 events to ");
    }
}
