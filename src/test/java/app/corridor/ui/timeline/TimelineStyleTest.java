package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.SyntheticEvents;
import app.corridor.model.EventKind;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas takes the kinds' colours from the same CSS tokens as the legend and lists. */
class TimelineStyleTest extends FxRobot {

    private Stage stage;
    private StackPane root;
    private TimelineView view;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> {
            stage = new Stage();
            view = new TimelineView();
            view.setEvents(SyntheticEvents.generate(40, 3));
            root = new StackPane(view);
            Scene scene = new Scene(root, 800, 400);
            scene.getStylesheets().add(KindColors.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        interact(stage::close);
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
    void overridingOneTokenRecoloursThatKindOnTheCanvas() {
        interact(() -> root.setStyle("-corridor-kind-summit: #ff00ff;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.kindColor(EventKind.SUMMIT)).isEqualTo(Color.web("#ff00ff"));
        assertThat(view.kindColor(EventKind.CALL)).isEqualTo(fx(Theme.light().color(EventKind.CALL)));
    }
}
