package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.EventKind;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import app.corridor.store.EventFilter;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.Test;

/** Kinds' colours are CSS tokens: a theme switch recolours the legend in place, and the canvas follows. */
class KindColorsTest extends RunningAppTest {

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    private Shape legendMarker(EventKind kind) {
        return (Shape) lookup("#legend .legend-kind").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(kind.label())).findFirst().orElseThrow().getGraphic();
    }

    @Test
    void theLegendTakesTheKindsColoursFromTheTokensAndRecoloursOnAThemeSwitch() throws Exception {
        Shape marker = legendMarker(EventKind.STATE_VISIT);
        assertThat(marker.getFill()).isEqualTo(fx(Theme.light().color(EventKind.STATE_VISIT)));
        interact(() -> fx.model().darkProperty().set(true));
        AppFixture.waitUntil(() -> legendMarker(EventKind.STATE_VISIT).getFill()
                .equals(fx(Theme.dark().color(EventKind.STATE_VISIT))));
        assertThat(legendMarker(EventKind.STATE_VISIT)).as("recoloured in place, not rebuilt").isSameAs(marker);
    }

    @Test
    void aStylesheetThatOverridesAKindsTokenRecoloursItEverywhere() throws Exception {
        interact(() -> fx.window().scene().getRoot().setStyle("-corridor-kind-state-visit: #ff00ff;"));
        AppFixture.waitUntil(() -> Color.web("#ff00ff").equals(legendMarker(EventKind.STATE_VISIT).getFill()));
        interact(() -> fx.window().scene().getRoot().setStyle(""));
        AppFixture.waitUntil(() -> fx(Theme.light().color(EventKind.STATE_VISIT))
                .equals(legendMarker(EventKind.STATE_VISIT).getFill()));
    }

    /** The legend's entries a reader sees, in their order. */
    private List<Node> shownEntries() {
        Node first = lookup("#legend .legend-entry").query();
        return first.getParent().getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged())
                .toList();
    }

    @Test
    void aFilterHidesTheEntriesItsEventsDoNotUseAndClearingItShowsTheSameOnesAgain() throws Exception {
        List<Node> all = shownEntries();
        interact(() -> fx.model().filterProperty().set(EventFilter.all().withKinds(Set.of(EventKind.LETTER))));
        AppFixture.waitUntil(() -> fx.timeline().getEvents().size() == 1);
        assertThat(shownEntries()).extracting(n -> ((Label) n).getText())
                .containsExactly("Letter / message", "known only to the month or year");
        interact(() -> fx.model().filterProperty().set(EventFilter.all()));
        AppFixture.waitUntil(() -> fx.timeline().getEvents().size() == 4);
        assertThat(shownEntries()).as("the same entries, in the same order, none built again")
                .containsExactlyElementsOf(all);
    }

    @Test
    void theLegendListsOnlyTheKindsAndEncodingsShownAndFoldsAway() throws Exception {
        List<String> entries = lookup("#legend .legend-entry").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        // Mini data: a day (point), a day range (bar), a month and a year (spans); nothing approximate.
        assertThat(entries).contains("State visit", "Letter / message", "known day", "known first and last days",
                "known only to the month or year").doesNotContain("approximate date", "uncertain date", "Call");
        clickOn("#legend-toggle");
        Node first = lookup("#legend .legend-entry").query();
        assertThat(first.getParent().isVisible()).isFalse();
        assertThat(first.getParent().isManaged()).as("folded away, taking no room").isFalse();
        assertThat(fx.app().currentSettings().legendShown()).isFalse();
    }
}
