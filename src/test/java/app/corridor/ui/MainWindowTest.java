package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.layout.LaneMode;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends RunningAppTest {

    private TimelineView timeline() {
        return fx.timeline();
    }

    /** These tests read a continuous axis: the mini data's 2021–2023 gap would otherwise be broken out. */
    @org.junit.jupiter.api.BeforeEach
    void continuousAxis() {
        interact(() -> {
            timeline().setAxisBreaks(false);
            timeline().fitAll();
        });
    }

    private Event event(String id) {
        return fx.model().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A point on the timeline's plot, {@code plotX} pixels right of the lane names, below the axis. */
    private Point2D plotPoint(double plotX, double y) {
        return timeline().localToScreen(timeline().plotLeft() + plotX, y);
    }

    private Point2D centreOf(Event e) {
        Bounds b = timeline().boundsOf(e).orElseThrow(() -> new AssertionError(e.id() + " not in view"));
        return timeline().localToScreen(b.getMinX() + 6, b.getCenterY());
    }

    private String status() {
        return lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void theWindowShowsEveryEventAndSaysHowMany() {
        assertThat(timeline().getEvents()).hasSize(4);
        assertThat(status()).startsWith("4 of 4 events \u00b7 ");
        for (Event e : timeline().getEvents()) {
            assertThat(timeline().boundsOf(e)).as("fit all shows %s", e.id()).isPresent();
        }
    }

    @Test
    void theWindowMakesNoTooltipUntilThePointerComesOverAControlThenShowsItsHelp() throws Exception {
        javafx.scene.control.Button fit = lookup("#fit-all").queryButton();
        List<javafx.scene.control.Control> withTooltips = lookup(n -> n instanceof javafx.scene.control.Control c
                && c.getTooltip() != null).queryAllAs(javafx.scene.control.Control.class).stream().toList();
        assertThat(withTooltips).as("tooltip windows made while the window was built").isEmpty();
        String help = Tips.of(fit);
        assertThat(help).startsWith("Show every event");

        moveTo(fit);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows()
                .stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && w.isShowing()
                        && help.equals(t.getText())));
    }

    /**
     * A mouse-wheel turn of {@code notches} (positive: away from the user) at plot x {@code plotX}.
     * Fired directly: Monocle's robot reverses the wheel's sign compared with desktop platforms.
     */
    private void wheel(double plotX, double y, double notches) {
        javafx.scene.Node canvas = lookup(".timeline-canvas").query();
        double x = timeline().plotLeft() + plotX;
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y);
        interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 0, 40 * notches, 0, 40 * notches, 40, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null)));
    }

    /** The scale just before and just after a wheel turn, read in the same pulse as the turn. */
    private TimeScale[] wheelFrom(double plotX, double notches) throws Exception {
        javafx.scene.Node canvas = lookup(".timeline-canvas").query();
        return WaitForAsyncUtils.asyncFx(() -> {
            TimeScale before = timeline().getScale();
            double x = timeline().plotLeft() + plotX;
            Point2D screen = canvas.localToScreen(x, 300);
            Point2D scene = canvas.localToScene(x, 300);
            javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 0, 40 * notches, 0, 40 * notches, 40, 40,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null));
            return new TimeScale[] {before, timeline().getScale()};
        }).get();
    }

    @Test
    void theWheelZoomsAroundThePointer() throws Exception {
        double plotX = 300;
        TimeScale[] in = wheelFrom(plotX, 3);
        assertThat(in[1].pxPerDay()).isCloseTo(in[0].pxPerDay() * Math.pow(1.25, 3), within(1e-9));
        assertThat(in[1].time(plotX)).isCloseTo(in[0].time(plotX), within(1e-6));
        TimeScale[] out = wheelFrom(plotX, -2);
        assertThat(out[1].pxPerDay()).isCloseTo(out[0].pxPerDay() / Math.pow(1.25, 2), within(1e-9));
        assertThat(out[1].time(plotX)).isCloseTo(out[0].time(plotX), within(1e-6));
    }

    @Test
    void zoomStopsAtFiveDaysAndAtTheEventsSpan() {
        for (int i = 0; i < 40; i++) {
            wheel(300, 300, 3);
        }
        double plotWidth = timeline().plotWidth();
        assertThat(timeline().getScale().visibleDays(plotWidth)).isCloseTo(5, within(0.01));
        for (int i = 0; i < 40; i++) {
            wheel(300, 300, -3);
        }
        TimeScale zoomedOut = timeline().getScale();
        // Zoomed out all the way is Fit all: the events and their labels, no empty decades around them.
        interact(() -> timeline().fitAll());
        assertThat(zoomedOut.pxPerDay()).isCloseTo(timeline().getScale().pxPerDay(), within(1e-9));
        assertThat(zoomedOut.t0()).isCloseTo(timeline().getScale().t0(), within(1e-6));
    }

    @Test
    void draggingPansTheViewAndStopsAtTheEvents() {
        wheel(300, 300, 6);
        TimeScale before = timeline().getScale();
        Point2D from = plotPoint(100, 400);
        drag(from, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        TimeScale after = timeline().getScale();
        assertThat(after.pxPerDay()).isEqualTo(before.pxPerDay());
        assertThat(after.t0()).isCloseTo(before.t0() - 60 / before.pxPerDay(), within(3 / before.pxPerDay()));
        // However far it is dragged, the first event stays in view.
        drag(plotPoint(100, 400), MouseButton.PRIMARY).moveBy(700, 0).release(MouseButton.PRIMARY);
        Event first = timeline().indexProperty().get().get(0);
        assertThat(timeline().getScale().x(first.date().startEpochDay())).isBetween(0.0, 100.0);
    }

    @Test
    void zeroFitsAllAfterZoomingIn() {
        clickOn(timeline());
        for (int i = 0; i < 6; i++) {
            type(KeyCode.EQUALS);
        }
        long visible = timeline().getEvents().stream().filter(e -> timeline().boundsOf(e).isPresent()).count();
        assertThat(visible).isLessThan(4);
        type(KeyCode.DIGIT0);
        assertThat(timeline().getEvents()).allSatisfy(e -> assertThat(timeline().boundsOf(e)).isPresent());
    }

    @Test
    void clickingAnEventSelectsItAndTheSidePanelShowsItsSources() {
        Event visit = event("president-b-visit");
        clickOn(centreOf(visit));
        assertThat(fx.model().getSelectedEvent()).isEqualTo(visit);
        assertThat(textOf("#event-title")).isEqualTo("President B visits Beijing");
        assertThat(lookup("#event-date").queryAs(Label.class).getText()).isEqualTo("16\u201317 March 2020");
        assertThat(lookup(".quote-card").queryAll()).hasSize(1);
        assertThat(timeline().getAccessibleText())
                .isEqualTo("President B visits Beijing, 16\u201317 March 2020, State visit, lane State visits, 1 of 4");
    }

    @Test
    void theKeyboardMovesTheSelectionThroughTime() {
        clickOn(timeline());
        type(KeyCode.HOME);
        assertThat(fx.model().getSelectedEvent().id()).isEqualTo("president-b-visit");
        type(KeyCode.RIGHT);
        assertThat(fx.model().getSelectedEvent().id()).isEqualTo("second-conference");
        type(KeyCode.RIGHT);
        type(KeyCode.LEFT);
        assertThat(fx.model().getSelectedEvent().id()).isEqualTo("second-conference");
        type(KeyCode.END);
        assertThat(fx.model().getSelectedEvent().id()).isEqualTo("airport-opens");
        assertThat(textOf("#event-title")).isEqualTo("Airport opens");
        type(KeyCode.ESCAPE);
        assertThat(fx.model().getSelectedEvent()).isNull();
    }

    @Test
    void upAndDownMoveBetweenLanes() {
        clickOn(timeline());
        type(KeyCode.HOME);
        String lane0 = fx.model().getSelectedEvent().kind().code();
        type(KeyCode.DOWN);
        assertThat(fx.model().getSelectedEvent().kind().code()).isNotEqualTo(lane0);
        type(KeyCode.UP);
        assertThat(fx.model().getSelectedEvent().kind().code()).isEqualTo(lane0);
    }

    @Test
    void theActorFilterNarrowsTheEventsAndTheCounts() throws Exception {
        clickOn("#actor-filter");
        clickOn(choice("President B"));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2);
        assertThat(timeline().getEvents()).extracting(Event::id).containsExactlyInAnyOrder("president-b-visit",
                "letters-2024");
        assertThat(status()).startsWith("2 of 4 events");
        assertThat(fx.model().kindCountsProperty().get()).containsEntry(EventKind.STATE_VISIT, 1)
                .containsEntry(EventKind.LETTER, 1).doesNotContainKey(EventKind.PARTY_CONFERENCE);
        assertThat(fx.window().filterBar().actorPicker().getText()).isEqualTo("Actors (1)");
        type(KeyCode.ESCAPE);
        clickOn("#clear-filters");
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 4);
    }

    @Test
    void theKindFilterCombinesWithOrInsideAndAndAcross() throws Exception {
        clickOn("#kind-filter");
        clickOn(choice("State visit"));
        clickOn(choice("Letter / message"));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2);
        type(KeyCode.ESCAPE);
        clickOn("#actor-filter");
        clickOn(choice("Party C"));
        AppFixture.waitUntil(() -> timeline().getEvents().isEmpty());
        assertThat(status()).startsWith("0 of 4 events");
    }

    @Test
    void typedYearsFilterTheRange() throws Exception {
        TimelineView t = timeline();
        var from = lookup(".year-field").nth(0).queryTextInputControl();
        clickOn(from);
        interact(from::selectAll);
        write("2024").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> t.getEvents().size() == 2);
        assertThat(t.getEvents()).extracting(Event::id).containsExactlyInAnyOrder("letters-2024", "airport-opens");
        assertThat(fx.window().filterBar().yearSlider().getLow()).isEqualTo(2024);
        assertThat(fx.model().getFilter().from().year()).isEqualTo(2024);
    }

    @Test
    void textSearchFindsAQuoteAndTheSidePanelHighlightsIt() throws Exception {
        clickOn("#search").write("critical").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 1);
        assertThat(timeline().getEvents().get(0).id()).isEqualTo("president-b-visit");
        clickOn(centreOf(timeline().getEvents().get(0)));
        List<Text> matches = lookup(".quote-card .match").queryAllAs(Text.class).stream().toList();
        assertThat(matches).extracting(Text::getText).containsExactly("critical");
    }

    @Test
    void whenNothingMatchesTheTimelineIsEmptyAndTheTableSaysSo() throws Exception {
        clickOn("#search").write("zanzibar").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> timeline().getEvents().isEmpty());
        clickOn("#show-table");
        assertThat(lookup("No match for \u201czanzibar\u201d").tryQuery()).isPresent();
    }

    @Test
    void showInSourceHighlightsTheQuotesSpanInTheFullText() throws Exception {
        Event conference = event("second-conference");
        clickOn(centreOf(conference));
        clickOn(lookup(".show-in-source").nth(1).queryButton());
        SourceViewer viewer = fx.window().sourceViewer();
        AppFixture.waitUntil(() -> viewer.stage().isShowing());
        // The card's quote was typed with plain spaces; the source has U+2002, and so does the highlight.
        assertThat(viewer.highlightedText()).isEqualTo(conference.quotes().get(1).text())
                .isEqualTo("Both sides\u2002agreed to deepen cooperation.");
        String full = fx.model().getDataset().sourceTexts().get("speech");
        assertThat(full.substring(conference.quotes().get(1).start(), conference.quotes().get(1).end()))
                .isEqualTo(viewer.highlightedText());
        interact(() -> viewer.stage().close());
    }

    @Test
    void theTableSharesTheSelectionBothWays() {
        Event letters = event("letters-2024");
        clickOn("#show-table");
        TableView<?> table = lookup("#event-table").queryTableView();
        clickOn("Exchange of letters");
        assertThat(fx.model().getSelectedEvent()).isEqualTo(letters);
        clickOn("#show-timeline");
        assertThat(timeline().getSelectedEvent()).isEqualTo(letters);
        clickOn(timeline());
        type(KeyCode.HOME);
        clickOn("#show-table");
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(event("president-b-visit"));
    }

    /** Pressing the segment already pressed keeps it pressed (a toggle group would let it go, leaving none). */
    @Test
    void theTimelineAndTableSwitchAlwaysShowsWhichIsOn() {
        ToggleButton timelineButton = lookup("#show-timeline").queryAs(ToggleButton.class);
        ToggleButton tableButton = lookup("#show-table").queryAs(ToggleButton.class);
        clickOn(timelineButton);
        assertThat(timelineButton.isSelected()).isTrue();
        assertThat(fx.model().tableShownProperty().get()).isFalse();
        clickOn(tableButton);
        clickOn(tableButton);
        assertThat(tableButton.isSelected()).as("pressed again, still pressed").isTrue();
        assertThat(timelineButton.isSelected()).isFalse();
        assertThat(fx.model().tableShownProperty().get()).isTrue();
        ToggleButton byKind = lookup("#lanes-kind").queryAs(ToggleButton.class);
        clickOn(timelineButton);
        clickOn(byKind);
        assertThat(byKind.isSelected()).isTrue();
    }

    @Test
    void clickingAnActorInTheSidePanelFiltersToThatActor() throws Exception {
        clickOn(centreOf(event("letters-2024")));
        clickOn("President B");
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2);
        assertThat(fx.model().getFilter().actors()).containsExactly("president-b");
    }

    @Test
    void aFilterThatKeepsTheEventLeavesTheSidePanelWhereTheReaderIsUntilTheSearchWordsChange() throws Exception {
        clickOn(centreOf(event("letters-2024")));
        javafx.scene.Node title = lookup("#event-title").query();
        javafx.scene.control.ScrollPane panel = lookup("#side-panel").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> panel.setVvalue(0.5));
        clickOn("President B");
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 2);
        javafx.scene.Node titleNow = lookup("#event-title").query();
        assertThat(titleNow).as("the same panel, not built again").isSameAs(title);
        assertThat(panel.getVvalue()).isEqualTo(0.5);
        interact(() -> fx.model().filterProperty().set(fx.model().getFilter().withText("letters")));
        AppFixture.waitUntil(() -> !lookup("#event-title .match").queryAll().isEmpty());
        assertThat(lookup("#event-title .match").queryAs(Text.class).getText()).isEqualTo("letters");
        assertThat(panel.getVvalue()).as("highlighting the search keeps the place").isEqualTo(0.5);
    }

    /** Clearing a filter brings back the lanes of every event themselves: nothing grouped or packed anew. */
    @Test
    void clearingAFilterBringsBackTheSameLanes() throws Exception {
        List<app.corridor.layout.Lane> all = timeline().lanes();
        interact(() -> fx.model().filterProperty().set(
                app.corridor.store.EventFilter.all().withKinds(java.util.Set.of(EventKind.LETTER))));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 1);
        assertThat(timeline().lanes()).hasSize(1);
        interact(() -> fx.model().filterProperty().set(app.corridor.store.EventFilter.all()));
        AppFixture.waitUntil(() -> timeline().getEvents().size() == 4);
        assertThat(timeline().lanes()).isSameAs(all);
    }

    @Test
    void lanesSwitchToActors() {
        assertThat(timeline().lanes()).extracting(l -> l.label()).doesNotContain("President B");
        clickOn("#lanes-actor");
        assertThat(fx.model().laneModeProperty().get()).isEqualTo(LaneMode.ACTOR);
        // One lane per actor, busiest first; the letters sit in both correspondents' lanes.
        List<String> names = timeline().lanes().stream().map(l -> l.label()).toList();
        assertThat(names).contains("President B");
        app.corridor.layout.Lane presidentB = timeline().lanes().stream()
                .filter(l -> l.label().equals("President B")).findFirst().orElseThrow();
        assertThat(presidentB.events().all()).extracting(Event::id)
                .containsExactlyInAnyOrder("president-b-visit", "letters-2024");
        assertThat(timeline().boundsOf(event("letters-2024"))).isPresent();
    }

    /** The entry of an open facet drop-down whose name is {@code name}. */
    private javafx.scene.Node choice(String name) {
        return lookup(".facet-list .label").match(n -> n instanceof Label l && l.getText().equals(name)).query();
    }

    private String textOf(String query) {
        StringBuilder sb = new StringBuilder();
        lookup(query).queryAs(javafx.scene.text.TextFlow.class).getChildren()
                .forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
