package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Mouse conventions on a timeline with more lanes than fit: headers, wheel, overview. */
class TimelineInputTest extends FxRobot {

    private ViewOnStage shown;
    private TimelineView view;
    private List<Event> events;

    @BeforeEach
    void showAView() throws Exception {
        events = SyntheticEvents.generate(200, 11);
        shown = ViewOnStage.show(events, 1000, 520);
        view = shown.view;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    /** The screen point of canvas point (x, y). */
    private Point2D canvasPoint(double x, double y) {
        return lookup(".timeline-canvas").query().localToScreen(x, y);
    }

    /** A wheel turn of {@code notches} at canvas point (x, y), fired directly (Monocle's robot reverses the sign). */
    private void wheel(double x, double y, double notches, boolean shift) {
        Node canvas = lookup(".timeline-canvas").query();
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y);
        interact(() -> javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(),
                scene.getY(), screen.getX(), screen.getY(), shift, false, false, false, false, false, 0,
                40 * notches, 0, 40 * notches, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null)));
    }

    @Test
    void theWheelOverTheLaneHeadersScrollsTheLanesInsteadOfZooming() {
        TimeScale before = view.getScale();
        wheel(view.plotLeft() / 2, 200, -3, false);
        assertThat(view.getScale()).isEqualTo(before);
        assertThat(view.scrollYProperty().get()).isEqualTo(120);
        wheel(view.plotLeft() / 2, 200, 5, false);
        assertThat(view.scrollYProperty().get()).isZero();
    }

    @Test
    void overThePlotTheWheelZoomsAndShiftWheelMovesInTime() {
        wheel(view.plotLeft() + 300, 200, 4, false);
        TimeScale zoomed = view.getScale();
        assertThat(zoomed.pxPerDay()).isGreaterThan(0);
        wheel(view.plotLeft() + 300, 200, 2, true);
        TimeScale panned = view.getScale();
        assertThat(panned.pxPerDay()).isEqualTo(zoomed.pxPerDay());
        assertThat(panned.t0()).isCloseTo(zoomed.t0() - 80 / zoomed.pxPerDay(), within(1e-6));
    }

    @Test
    void laneHeadersAreResizedByDraggingTheirEdgeAndFitTheNamesByDefault() {
        double edge = view.plotLeft();
        assertThat(edge).isBetween(TimelineSkin.MIN_HEADER_WIDTH, 1000 * TimelineSkin.MAX_HEADER_SHARE);
        drag(view.localToScreen(edge, 200), MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        assertThat(view.plotLeft()).isCloseTo(edge + 80, within(2.0));
        assertThat(view.getLaneHeaderWidth()).isCloseTo(edge + 80, within(2.0));
    }

    @Test
    void aClickInTheOverviewMovesTheWindowThereAndAStrayDragDoesNothing() {
        double middle = (events.stream().mapToDouble(e -> e.date().startEpochDay()).min().orElseThrow()
                + events.stream().mapToDouble(e -> e.date().startEpochDay()).max().orElseThrow()) / 2;
        interact(() -> view.showRange(middle - 400, middle + 400));
        Node strip = lookup(".timeline-overview").query();
        double width = strip.getLayoutBounds().getWidth();
        TimeScale before = view.getScale();
        Point2D right = strip.localToScreen(width - 30, 20);
        drag(right, MouseButton.PRIMARY).moveBy(-300, 0).release(MouseButton.PRIMARY);
        assertThat(view.getScale()).as("a drag from outside the window").isEqualTo(before);
        clickOn(right);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getScale().pxPerDay()).isCloseTo(before.pxPerDay(), within(1e-9));
        assertThat(view.getScale().time(0)).isGreaterThan(before.time(0) + 2000);
    }

    @Test
    void theOverviewCountsEveryEventAndPicksOutTheShownOnes() throws Exception {
        interact(() -> {
            view.setContextEvents(events);
            view.setEvents(events.subList(0, 50));
        });
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        WaitForAsyncUtils.waitForFxEvents();
        app.corridor.layout.Overview overview = skin.overviewStrip().overview();
        assertThat(java.util.Arrays.stream(overview.all()).sum()).isEqualTo(200);
        assertThat(java.util.Arrays.stream(overview.matching()).sum()).isEqualTo(50);
        assertThat(overview.axis().minor()).anyMatch(t -> !t.label().isEmpty());
        // Another filter: the matches are counted again, every event's columns are kept.
        interact(() -> view.setEvents(events.subList(0, 120)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> java.util.Arrays.stream(skin.overviewStrip().overview().matching()).sum() == 120);
        assertThat(skin.overviewStrip().overview().all()).isSameAs(overview.all());
    }

    @Test
    void fitAllBreaksALongEmptyStretchOutOfTheAxisAndAZoomMendsIt() throws Exception {
        List<Event> lonely = new java.util.ArrayList<>(events.stream()
                .filter(e -> e.date().startEpochDay() > java.time.LocalDate.of(2000, 1, 1).toEpochDay()).toList());
        lonely.add(new Event("far-back", "Relations established", app.corridor.model.EventKind.DIPLOMATIC_MILESTONE,
                app.corridor.model.EventDate.parse("1951-05-21"), null, List.of(), "", null, List.of()));
        interact(() -> {
            view.setEvents(lonely);
            view.fitAll();
        });
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        app.corridor.layout.TimelineLayout frame = onFx(skin::currentLayout);
        assertThat(frame.axis().breaks()).hasSize(1);
        app.corridor.layout.TimeAxis.Break gap = frame.axis().breaks().get(0);
        assertThat(java.time.LocalDate.ofEpochDay((long) gap.startDay()).getYear()).isEqualTo(1952);
        // Both ends of the data are in view, and the period since 2000 takes most of the plot.
        assertThat(view.getScale().time(0)).isLessThanOrEqualTo(java.time.LocalDate.of(1951, 5, 21).toEpochDay());
        double lastEnd = lonely.stream().mapToDouble(e -> e.date().endEpochDayExclusive()).max().orElseThrow();
        assertThat(view.getScale().time(view.plotWidth())).isGreaterThanOrEqualTo(lastEnd);
        double since2000 = frame.items().stream().filter(b -> !b.event().id().equals("far-back"))
                .mapToDouble(b -> b.x0()).min().orElseThrow();
        assertThat(since2000 - view.plotLeft()).isLessThan(view.plotWidth() * 0.25);

        // A click selects the event under it and leaves the view as it is, breaks and all.
        Event recent = frame.items().stream().map(app.corridor.layout.ItemBox::event)
                .filter(e -> !e.id().equals("far-back") && view.boundsOf(e).filter(b -> b.getMaxY() < 300).isPresent())
                .findFirst().orElseThrow();
        javafx.geometry.Bounds at = view.boundsOf(recent).orElseThrow();
        TimeScale broken = view.getScale();
        clickOn(view.localToScreen(at.getMinX() + 4, at.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedEvent()).isEqualTo(recent);
        assertThat(view.getScale()).isEqualTo(broken);
        assertThat(onFx(skin::currentLayout).axis().breaks()).as("still Fit all's broken axis").hasSize(1);

        // A drag leaves it, the time pressed staying under the pointer.
        double pressX = view.plotWidth() * 0.6;
        double timePressed = onFx(() -> skin.brokenAxis().time(pressX - app.corridor.layout.ViewBounds.LEFT_MARGIN));
        drag(canvasPoint(view.plotLeft() + pressX, 30), MouseButton.PRIMARY).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(skin::currentLayout).axis().breaks()).as("a dragged view is continuous").isEmpty();
        assertThat(view.getScale().time(pressX + 40)).isCloseTo(timePressed, within(2.0));
        interact(view::fitAll);
        frame = onFx(skin::currentLayout);
        assertThat(frame.axis().breaks()).hasSize(1);

        // The time under the pointer stays under it as the zoom leaves the broken axis.
        double anchorX = view.plotWidth() * 0.6;
        double timeAtAnchor = onFx(() -> skin.brokenAxis().time(anchorX - app.corridor.layout.ViewBounds.LEFT_MARGIN));
        wheel(view.plotLeft() + anchorX, 200, 1, false);
        app.corridor.layout.TimelineLayout zoomed = onFx(skin::currentLayout);
        assertThat(zoomed.axis().breaks()).as("a zoomed view is continuous").isEmpty();
        assertThat(view.getScale().time(anchorX)).isCloseTo(timeAtAnchor, within(2.0));
    }
}
