package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Event;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;

/** The source viewer, opened as a reader does: select an event, "Show in source" on one of its quotes. */
class SourceViewerTest extends RunningAppTest {

    private Event event(String id) {
        return fx.model().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Selects {@code eventId} and presses "Show in source" on its quote card number {@code card}. */
    private SourceViewer open(String eventId, int card) throws Exception {
        interact(() -> fx.model().selectedEventProperty().set(event(eventId)));
        clickOn(lookup(".show-in-source").nth(card).queryButton());
        SourceViewer viewer = fx.window().sourceViewer();
        AppFixture.waitUntil(() -> viewer.stage().isShowing() && viewer.stage().isFocused());
        targetWindow(viewer.stage());
        return viewer;
    }

    /** The drawn row of line {@code line}, with its number label. */
    private ListCell<?> row(SourceViewer viewer, int line) {
        return viewer.lines().lookupAll(".source-line").stream().map(n -> (ListCell<?>) n)
                .filter(c -> Integer.valueOf(line).equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
    }

    private static Path mark(ListCell<?> row, String styleClass) {
        return (Path) row.lookupAll(".text-mark").stream().filter(n -> n.getStyleClass().contains(styleClass))
                .findFirst().orElseThrow(() -> new AssertionError("no " + styleClass + " mark on the row"));
    }

    @Test
    void theCitedQuoteHasABackgroundMarkInBothThemesAndTheOtherQuotesAQuieterOne() throws Exception {
        Event conference = event("second-conference");
        SourceViewer viewer = open("second-conference", 1);
        assertThat(viewer.highlightedText()).isEqualTo("Both sides\u2002agreed to deepen cooperation.");
        assertThat(viewer.markedRuns(SourceDocument.OTHER)).containsExactly(conference.quotes().get(0).text(),
                event("president-b-visit").quotes().get(0).text());
        for (boolean dark : new boolean[] {false, true}) {
            interact(() -> {
                fx.model().darkProperty().set(dark);
                viewer.stage().getScene().getRoot().pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("dark"), dark);
                viewer.stage().getScene().getRoot().applyCss();
                viewer.stage().getScene().getRoot().layout();
            });
            ListCell<?> row = row(viewer, 3);
            Path target = mark(row, SourceDocument.TARGET);
            Path other = mark(row, SourceDocument.OTHER);
            assertThat(target.getElements()).as("the cited quote's mark is drawn").isNotEmpty();
            Color targetFill = (Color) target.getFill();
            Color otherFill = (Color) other.getFill();
            Color background = (Color) ((javafx.scene.layout.Region) row).getBackground().getFills().get(0).getFill();
            // The mark stands out from the page more than the other quotes' marks do.
            assertThat(contrast(targetFill, background)).as("dark=%s", dark)
                    .isGreaterThan(contrast(otherFill, background) * 1.5);
            assertThat(target.getBoundsInParent().getWidth()).isGreaterThan(100);
        }
    }

    /** How far a translucent fill moves the page's colour, summed over the channels. */
    private static double contrast(Color fill, Color page) {
        double a = fill.getOpacity();
        return Math.abs(fill.getRed() - page.getRed()) * a + Math.abs(fill.getGreen() - page.getGreen()) * a
                + Math.abs(fill.getBlue() - page.getBlue()) * a;
    }

    @Test
    void lineNumbersAreTheOnesTheQuoteCardCites() throws Exception {
        interact(() -> fx.model().selectedEventProperty().set(event("president-b-visit")));
        String cited = lookup(".source-place").queryAs(Label.class).getText();
        assertThat(cited).startsWith("Line 4, characters ");
        SourceViewer viewer = open("president-b-visit", 0);
        ListCell<?> row = row(viewer, 4);
        assertThat(((Label) row.lookup(".line-number")).getText()).isEqualTo("4");
        assertThat(row.lookupAll(".text-mark").stream().anyMatch(n -> n.getStyleClass().contains(
                SourceDocument.TARGET))).isTrue();
        assertThat(lookup("#viewer-place").queryAs(Label.class).getText()).isEqualTo(cited);
        assertThat(row(viewer, 1).lookup(".line-number")).extracting(n -> ((Label) n).getText()).isEqualTo("1");
    }

    @Test
    void theHeaderNamesTheEventAndPreviousNextWalkTheQuotes() throws Exception {
        SourceViewer viewer = open("second-conference", 0);
        assertThat(lookup("#viewer-event").queryAs(Label.class).getText())
                .isEqualTo("Cited for: Second conference (20 August 2020)");
        clickOn("#next-quote");
        clickOn("#next-quote");
        assertThat(viewer.highlightedText()).isEqualTo(event("president-b-visit").quotes().get(0).text());
        assertThat(lookup("#viewer-event").queryAs(Label.class).getText())
                .isEqualTo("Cited for: President B visits Beijing (16\u201317 March 2020)");
        assertThat(lookup("#next-quote").queryButton().isDisabled()).isTrue();
        press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(viewer.highlightedText()).isEqualTo("Both sides\u2002agreed to deepen cooperation.");
    }

    @Test
    void escapeAndCtrlWCloseTheViewer() throws Exception {
        SourceViewer viewer = open("second-conference", 0);
        type(KeyCode.ESCAPE);
        AppFixture.waitUntil(() -> !viewer.stage().isShowing());
        open("second-conference", 0);
        press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        AppFixture.waitUntil(() -> !viewer.stage().isShowing());
    }

    @Test
    void ctrlFFindsInTheTextWithACountAndWalksTheMatches() throws Exception {
        SourceViewer viewer = open("second-conference", 0);
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(lookup("#find-field").queryTextInputControl().isFocused()).isTrue();
        write("the");
        // "the second conference" and "The President": case is ignored.
        assertThat(lookup("#find-count").queryAs(Label.class).getText()).isEqualTo("1 of 2");
        assertThat(viewer.markedRuns(SourceDocument.FOUND_CURRENT)).containsExactly("the");
        type(KeyCode.F3);
        assertThat(lookup("#find-count").queryAs(Label.class).getText()).isEqualTo("2 of 2");
        assertThat(viewer.markedRuns(SourceDocument.FOUND_CURRENT)).containsExactly("The");
        assertThat(viewer.markedRuns(SourceDocument.FOUND)).containsExactly("the");
        assertThat(viewer.lines().getSelectionModel().getSelectedItem()).isEqualTo(4);
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(lookup("#find-count").queryAs(Label.class).getText()).isEqualTo("1 of 2");
        assertThat(viewer.lines().getSelectionModel().getSelectedItem()).isEqualTo(3);
        // A typed space finds the source's en space.
        interact(() -> lookup("#find-field").queryTextInputControl().clear());
        write("sides agreed");
        assertThat(viewer.markedRuns(SourceDocument.FOUND_CURRENT)).containsExactly("sides\u2002agreed");
        interact(() -> lookup("#find-field").queryTextInputControl().clear());
        write("zanzibar");
        assertThat(lookup("#find-count").queryAs(Label.class).getText()).isEqualTo("No match");
        assertThat(viewer.markedRuns(SourceDocument.FOUND)).isEmpty();
        // The first Esc closes the find bar, the second the window.
        type(KeyCode.ESCAPE);
        assertThat(lookup("#find-bar").query().isVisible()).isFalse();
        assertThat(viewer.stage().isShowing()).isTrue();
        type(KeyCode.ESCAPE);
        AppFixture.waitUntil(() -> !viewer.stage().isShowing());
    }

    @Test
    void aScreenReaderHearsEachLineWithItsNumberAndTheControlsHaveNamesAndHelp() throws Exception {
        SourceViewer viewer = open("second-conference", 1);
        assertThat(viewer.lines().isFocused()).isTrue();
        assertThat(viewer.lines().getAccessibleText()).isEqualTo("Text of Speech on friendship");
        assertThat(viewer.lines().getAccessibleHelp()).contains("Up and Down", "Ctrl+F", "Esc");
        ListCell<?> focused = row(viewer, 3);
        assertThat((String) focused.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .startsWith("Line 3, holds the cited quote: On 20 Aug 2020");
        type(KeyCode.DOWN);
        assertThat(viewer.lines().getFocusModel().getFocusedItem()).isEqualTo(4);
        assertThat((String) row(viewer, 4).queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("Line 4: The President visited Beijing in March 2020 at a critical moment.");
        for (String id : List.of("#previous-quote", "#next-quote", "#find-next", "#find-previous", "#find-close")) {
            Node button = lookup(id).query();
            assertThat((String) button.queryAccessibleAttribute(AccessibleAttribute.TEXT)).as(id).isNotBlank();
            assertThat((String) button.queryAccessibleAttribute(AccessibleAttribute.HELP)).as(id).isNotBlank();
        }
    }

    @Test
    void theViewerIsScrolledToTheCitedQuote() throws Exception {
        SourceViewer viewer = open("second-conference", 1);
        ListCell<?> row = row(viewer, 3);
        Bounds mark = mark(row, SourceDocument.TARGET).localToScene(
                mark(row, SourceDocument.TARGET).getBoundsInLocal());
        Bounds list = viewer.lines().localToScene(viewer.lines().getLayoutBounds());
        assertThat(list.contains(mark)).isTrue();
    }
}
