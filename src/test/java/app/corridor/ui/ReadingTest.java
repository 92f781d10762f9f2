package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.Fixtures;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import app.corridor.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.AccessibleAttribute;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window follows the reader's question: filters bring their results into view, and so on. */
class ReadingTest extends RunningAppTest {

    private TimelineView timeline() {
        return fx.timeline();
    }

    private Event event(String id) {
        return fx.model().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private double shownFrom() {
        return timeline().getScale().time(0);
    }

    private double shownTo() {
        return timeline().getScale().time(timeline().plotWidth());
    }

    private boolean wholeInView(Event e) {
        return e.date().startEpochDay() >= shownFrom() && e.date().endEpochDayExclusive() <= shownTo();
    }

    private static double day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    /** Zooms in on one spot so that most events are out of view. */
    private void zoomInOn(double epochDay) {
        interact(() -> timeline().showRange(epochDay - 20, epochDay + 20));
    }

    @Test
    void aYearFilterShowsThoseYears() throws Exception {
        zoomInOn(day(2025, 1, 15));
        interact(() -> fx.model().filterProperty().set(fx.model().getFilter()
                .withRange(PartialDate.ofYear(2020), PartialDate.ofYear(2020))));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2 && timeline().isViewSettled());
        assertThat(shownFrom()).isLessThanOrEqualTo(day(2020, 1, 1));
        assertThat(shownTo()).isGreaterThanOrEqualTo(day(2021, 1, 1));
        // The years, not decades around them.
        assertThat(shownTo() - shownFrom()).isLessThan(2 * 366);
    }

    @Test
    void anActorFilterFitsItsEventsAndTheStatusCountsWhatIsDrawn() throws Exception {
        zoomInOn(day(2025, 1, 15));
        interact(() -> fx.model().filterToActor("president-b"));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2 && timeline().isViewSettled());
        assertThat(timeline().getEvents()).allSatisfy(e -> {
            assertThat(wholeInView(e)).as("%s in view", e.id()).isTrue();
            assertThat(timeline().boundsOf(e)).as("%s drawn", e.id()).isPresent();
        });
        assertThat(lookup("#status").queryLabeled().getText()).startsWith("2 of 4 events");
        assertThat(lookup("#outside-bar").query().isVisible()).isFalse();
    }

    @Test
    void aSearchFitsItsResultAtAReadableZoom() throws Exception {
        zoomInOn(day(2025, 1, 15));
        clickOn("#search").write("critical").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 1 && timeline().isViewSettled());
        Event visit = event("president-b-visit");
        assertThat(wholeInView(visit)).isTrue();
        assertThat(shownTo() - shownFrom()).as("days in view").isGreaterThanOrEqualTo(89);
    }

    @Test
    void resultsAlreadyInViewLeaveTheViewWhereItIs() throws Exception {
        interact(() -> {
            timeline().setAxisBreaks(false);
            timeline().fitAll();
        });
        double from = shownFrom();
        double to = shownTo();
        interact(() -> fx.model().filterToActor("president-a"));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 3 && timeline().isViewSettled());
        // The same span in view (the plot may have changed width with the lane names).
        assertThat(shownFrom()).isCloseTo(from, within(1.0));
        assertThat(shownTo()).isCloseTo(to, within(1.0));
    }

    @Test
    void movingAwayFromTheMatchesShowsAQuietBarThatBringsThemBack() throws Exception {
        interact(() -> fx.model().filterToActor("president-b"));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2 && timeline().isViewSettled());
        zoomInOn(day(2024, 6, 1));
        AppFixture.waitUntil(() -> lookup("#outside-bar").query().isVisible());
        assertThat(lookup("#outside-bar .label").queryLabeled().getText()).isEqualTo("1 match outside the view");
        clickOn("#show-outside");
        AppFixture.waitUntil(() -> timeline().isViewSettled() && !lookup("#outside-bar").query().isVisible());
        assertThat(timeline().getEvents()).allSatisfy(e -> assertThat(wholeInView(e)).isTrue());
    }

    @Test
    void theKeyboardTellsAScreenReaderWhereItIs() {
        clickOn(timeline());
        type(KeyCode.HOME);
        Object first = timeline().queryAccessibleAttribute(AccessibleAttribute.TEXT);
        assertThat(first).isEqualTo("President B visits Beijing, 16\u201317 March 2020, State visit, lane State visits, 1 of 4");
        type(KeyCode.RIGHT);
        assertThat(timeline().queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo(
                "Second conference, 20 August 2020, Party-to-party conference, lane Party conferences, 2 of 4");
        type(KeyCode.ESCAPE);
        assertThat(timeline().queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("Timeline, 4 events, none selected");
        assertThat(timeline().getAccessibleHelp()).contains("arrows");
    }

    @Test
    void theFirstViewBreaksTheEmptyYearsOutOfTheAxisAndAZoomMendsIt() throws Exception {
        // The mini data has nothing in 2021–2023: three whole empty years, drawn as a break.
        app.corridor.layout.TimelineLayout frame = WaitForAsyncUtils.asyncFx(
                () -> timeline().boundsOf(event("letters-2024")).isPresent() ? currentAxisBreaks() : null).get();
        assertThat(frame).isNotNull();
        assertThat(frame.axis().breaks()).extracting(b -> LocalDate.ofEpochDay((long) b.startDay()).getYear())
                .containsExactly(2021);
        assertThat(shownFrom()).isLessThan(day(2020, 3, 16));
        assertThat(shownTo()).isGreaterThan(day(2025, 2, 1));
        interact(() -> timeline().zoom(1.5));
        assertThat(WaitForAsyncUtils.asyncFx(this::currentAxisBreaks).get().axis().breaks()).isEmpty();
    }

    private app.corridor.layout.TimelineLayout currentAxisBreaks() {
        return timeline().currentLayout();
    }

    @Test
    void startUpNeverSaysNothingMatches() {
        assertThat(fx.window().windowModel().loadingProperty().get()).isFalse();
        assertThat(timeline().getEmptyText()).isEqualTo("No events match the filters");
    }

    @Test
    void anotherDatasetOpensInPlaceWithItsTitleAndIsRemembered() throws Exception {
        Path other = Fixtures.mini(dir.resolve("other"));
        Fixtures.edit(other, "\"title\": \"Mini dataset\"", "\"title\": \"Another dataset\"");
        interact(() -> fx.app().openDataset(other.getParent()));
        AppFixture.waitUntil(() -> fx.model().getDataset() != null
                && "Another dataset".equals(fx.model().getDataset().title()) && lookup("#loading").tryQuery().isEmpty());
        assertThat(fx.stage().getTitle()).isEqualTo("Corridor \u2014 Another dataset");
        assertThat(timeline().getEvents()).hasSize(4);
        assertThat(fx.app().currentSettings().recent()).containsExactly(other.toAbsolutePath().normalize().toString());
    }

    @Test
    void openingSomethingThatIsNotADatasetSaysSo() throws Exception {
        interact(() -> fx.app().openDataset(dir.resolve("nothing-here")));
        AppFixture.waitUntil(() -> lookup("#loading").tryQuery().isPresent());
        assertThat(lookup("#loading .label").queryLabeled().getText()).contains("There is no dataset at");
    }

    @Test
    void theSidePanelIsReachedAndReadByKeyboardAlone() {
        clickOn(timeline());
        type(KeyCode.HOME);
        type(KeyCode.ENTER);
        javafx.scene.Node panel = lookup("#side-panel").query();
        assertThat(panel.isFocused()).isTrue();
        assertThat(panel.queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString()
                .startsWith("Event details: President B visits Beijing, 16\u201317 March 2020, State visit")
                .endsWith("1 source quoted.");
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        javafx.scene.Node focused = fx.window().scene().getFocusOwner();
        assertThat(focused).isNotSameAs(panel);
        javafx.scene.Node up = focused;
        while (up != null && up != panel) {
            up = up.getParent();
        }
        assertThat(up).as("Tab moves through the panel's own controls").isSameAs(panel);
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(timeline().isFocused()).as("Escape goes back to the timeline").isTrue();
    }
}
