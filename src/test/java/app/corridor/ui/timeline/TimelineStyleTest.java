package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.SyntheticEvents;
import app.corridor.model.EventKind;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas takes the kinds' colours from the same CSS tokens as the legend and lists. */
class TimelineStyleTest extends FxRobot {

    private ViewOnStage shown;
    private StackPane root;
    private TimelineView view;

    @BeforeEach
    void show() throws Exception {
        shown = ViewOnStage.show(SyntheticEvents.generate(40, 3), 800, 400, KindColors.stylesheet());
        view = shown.view;
        root = shown.root;
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    @Test
    void theRootsTokensReachTheCanvasAndFollowTheDarkTheme() {
        assertThat(view.kindColor(EventKind.SUMMIT)).isEqualTo(fx(Theme.light().color(EventKind.SUMMIT)));
        interact(() -> root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.kindColor(EventKind.SUMMIT)).isEqualTo(fx(Theme.dark().color(EventKind.SUMMIT)));
    }

    @Test
    void theCanvasColoursFollowTheThemesOwnTokens() throws Exception {
        ViewOnStage themed = ViewOnStage.show(SyntheticEvents.generate(40, 3), 800, 400, KindColors.stylesheet(),
                TimelineView.class.getResource("/app/corridor/ui/corridor.css").toExternalForm());
        try {
            interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(themed.view.backgroundColor().getBrightness()).as("light").isGreaterThan(0.9);
            interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(themed.view.backgroundColor().getBrightness()).as("dark background").isLessThan(0.2);
            assertThat(themed.view.textColor().getBrightness()).as("dark theme's text").isGreaterThan(0.7);
        } finally {
            interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
            themed.close();
        }
    }

    @Test
    void overridingOneTokenRecoloursThatKindOnTheCanvas() {
        interact(() -> root.setStyle("-corridor-kind-summit: #ff00ff;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.kindColor(EventKind.SUMMIT)).isEqualTo(Color.web("#ff00ff"));
        assertThat(view.kindColor(EventKind.CALL)).isEqualTo(fx(Theme.light().color(EventKind.CALL)));
    }
}
