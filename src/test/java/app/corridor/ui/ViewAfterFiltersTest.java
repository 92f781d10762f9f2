package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.ui.timeline.TimelineView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Where the view goes as filters come and go, on the curated data (75 years, with a long empty stretch). */
class ViewAfterFiltersTest extends CuratedAppTest {

    private String status() {
        return lookup("#status").queryAs(Label.class).getText();
    }

    /** The months in view, as the status bar names them ("Jan 1950 – Jan 2027"). */
    private String range() {
        return status().substring(status().indexOf('\u00b7') + 1).strip();
    }

    /**
     * Clearing a search goes back to the overview the app opened on (Fit all, with the 1952–2011
     * break), not to a continuous fit of 75 years that squeezes the recent events to the right.
     */
    @Test
    void clearingASearchGoesBackToTheViewTheAppOpenedOn() throws Exception {
        TimelineView timeline = fx.timeline();
        interact(() -> timeline.setAnimated(false));
        AppFixture.waitUntil(() -> timeline.isViewSettled() && status().startsWith("38 of 38 events"));
        String opened = range();

        clickOn("#search").write("Shehbaz").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> status().startsWith("7 of 38 events") && timeline.isViewSettled());
        assertThat(range()).as("the search's results brought into view").isNotEqualTo(opened);

        clickOn("#clear-filters");
        AppFixture.waitUntil(() -> status().startsWith("38 of 38 events") && timeline.isViewSettled());
        assertThat(range()).isEqualTo(opened);
    }
}
