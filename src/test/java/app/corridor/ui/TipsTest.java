package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made on the first hover: shown as before, kept in step with their text, never made unseen. */
@ExtendWith(ApplicationExtension.class)
class TipsTest extends FxRobot {

    private Button fit;
    private Label away;

    @Start
    void start(Stage stage) {
        fit = new Button("Fit all");
        fit.setId("fit");
        away = new Label("elsewhere");
        away.setMinSize(200, 60);
        stage.setScene(new Scene(new VBox(40, away, fit), 320, 240));
        stage.show();
    }

    /** The text of the tooltip showing now, or null when none shows. */
    private static String showingTip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse(null);
    }

    private void awaitTip(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(showingTip()));
    }

    /** JavaFX shows tooltips through one shared behaviour: a tooltip left showing would delay the next test's. */
    @AfterEach
    void noTipLeftShowing() throws Exception {
        moveTo(away);
        interact(() -> Window.getWindows().stream().filter(w -> w instanceof Tooltip).toList()
                .forEach(Window::hide));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingTip() == null);
    }

    @Test
    void aTipIsMadeOnlyWhenThePointerComesOverItsControlAndThenShows() throws Exception {
        interact(() -> {
            // A list cell is given a tip at each update: none of them makes a tooltip window.
            for (int i = 0; i < 1000; i++) {
                Tips.set(fit, "Fit every event (" + i + ")");
            }
            Tips.set(fit, "Fit every event");
        });
        assertThat(fit.getTooltip()).isNull();
        assertThat(fit.getAccessibleHelp()).as("what screen readers had from the tooltip").isEqualTo("Fit every event");

        moveTo(away);
        moveTo(fit);
        awaitTip("Fit every event");
        assertThat(fit.getTooltip()).isNotNull();
    }

    @Test
    void aLongTipWrapsWithinTheScreenInsteadOfRunningOffIt() throws Exception {
        String help = "Shows the events whose title, summary or quotes contain every word typed (as the start of "
                + "a word); matches are highlighted in the side panel. Ctrl+F comes back here from anywhere.";
        interact(() -> Tips.set(fit, help));
        moveTo(away);
        moveTo(fit);
        awaitTip(help);
        Window shown = Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).findFirst()
                .orElseThrow();
        double twoLines = 2.5 * javafx.scene.text.Font.getDefault().getSize();
        // The tip's window takes the height of its wrapped text in a layout pass after it shows
        // (read at once, a loaded machine saw one line's): waited for, then asserted.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Tooltip) shown).getHeight() > twoLines);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what the height was
        }
        assertThat(shown.getWidth()).as("within the widest a tip is, its frame and padding included")
                .isLessThanOrEqualTo(Tips.MAX_WIDTH + 40);
        assertThat(((Tooltip) shown).getHeight()).as("on more than one line").isGreaterThan(twoLines);
    }

    @Test
    void aTipMadeFollowsItsTextAndGoesWhenItHasNone() throws Exception {
        interact(() -> Tips.set(fit, "Fit every event"));
        moveTo(away);
        moveTo(fit);
        awaitTip("Fit every event");

        interact(() -> Tips.set(fit, "Show all 38 events"));
        assertThat(fit.getTooltip().getText()).isEqualTo("Show all 38 events");
        assertThat(fit.getAccessibleHelp()).isEqualTo("Show all 38 events");

        moveTo(away);
        interact(() -> Tips.set(fit, null));
        assertThat(fit.getTooltip()).isNull();
        assertThat(fit.getAccessibleHelp()).isNull();
        assertThat(Tips.of(fit)).isNull();

        interact(() -> Tips.set(fit, "Back again"));
        moveTo(fit);
        awaitTip("Back again");
    }

    @Test
    void aTipMadeByItsOwnRecipeIsMadeOnceOnTheFirstHover() throws Exception {
        int[] made = {0};
        interact(() -> Tips.onFirstHover(away, () -> {
            made[0]++;
            Tooltip t = new Tooltip("The whole message");
            t.setWrapText(true);
            return t;
        }));
        assertThat(away.getTooltip()).isNull();
        moveTo(fit);
        moveTo(away);
        awaitTip("The whole message");
        moveTo(fit);
        moveTo(away);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made[0]).isEqualTo(1);
        assertThat(away.getTooltip().isWrapText()).isTrue();
    }
}
