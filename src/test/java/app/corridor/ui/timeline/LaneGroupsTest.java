package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.LaneBox;
import app.corridor.layout.LaneMode;
import app.corridor.layout.Lanes;
import app.corridor.layout.SyntheticEvents;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A change of lane mode over many events is grouped in the background: the window goes on
 * showing the same events in the lanes it had, not settled, until the lanes asked for are ready;
 * over a few events, and for a mode grouped before, the lanes change in the frame that follows.
 */
class LaneGroupsTest extends FxRobot {

    private static final Map<String, Actor> ACTORS = SyntheticEvents.ACTORS.stream()
            .collect(Collectors.toMap(Actor::id, a -> a));
    private static final Function<String, Actor> LOOKUP = ACTORS::get;

    /** Events enough to be grouped in the background. */
    private static final int MANY = 25_000;

    private ViewOnStage shown;

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    private TimelineView show(int events) throws Exception {
        assertThat(MANY).isGreaterThanOrEqualTo(LaneGroups.IN_BACKGROUND_FROM);
        List<Event> all = SyntheticEvents.generate(events, 11);
        shown = ViewOnStage.show(all, 1000, 600);
        interact(() -> shown.view.actorsProperty().set(LOOKUP));
        WaitForAsyncUtils.waitForFxEvents();
        return shown.view;
    }

    /** The keys of the lanes laid out now (laid out first, if asked for). */
    private static List<String> lanesLaidOut(TimelineView view) {
        view.layout();
        return view.currentLayout().lanes().stream().map(LaneBox::lane).map(l -> l.key()).toList();
    }

    private static List<String> grouped(TimelineView view, LaneMode mode) {
        return Lanes.build(view.getEvents(), mode, LOOKUP).stream().map(l -> l.key()).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private void awaitSettled(TimelineView view) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, view::isViewSettled);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void manyEventsKeepTheLanesShownUntilTheLanesAskedForAreGrouped() throws Exception {
        TimelineView view = show(MANY);
        List<String> byKind = grouped(view, LaneMode.KIND);
        assertThat(onFx(() -> lanesLaidOut(view))).isEqualTo(byKind);
        List<Object> meanwhile = onFx(() -> {
            view.setLaneMode(LaneMode.ACTOR);
            return List.of(lanesLaidOut(view), view.isViewSettled());
        });
        assertThat(meanwhile.get(0)).as("the frame right after the change").isEqualTo(byKind);
        assertThat(meanwhile.get(1)).as("settled meanwhile").isEqualTo(false);
        awaitSettled(view);
        assertThat(onFx(() -> lanesLaidOut(view))).isEqualTo(grouped(view, LaneMode.ACTOR));
        // Back to a mode grouped before: at once.
        assertThat(onFx(() -> {
            view.setLaneMode(LaneMode.KIND);
            return lanesLaidOut(view);
        })).isEqualTo(byKind);
        assertThat(view.isViewSettled()).isTrue();
    }

    @Test
    void aModeChosenWhileAnotherIsGroupedIsTheOneShown() throws Exception {
        TimelineView view = show(MANY);
        boolean settledMeanwhile = onFx(() -> {
            view.setLaneMode(LaneMode.ACTOR);
            lanesLaidOut(view);
            view.setLaneMode(LaneMode.COUNTRY);
            lanesLaidOut(view);
            return view.isViewSettled();
        });
        assertThat(settledMeanwhile).isFalse();
        awaitSettled(view);
        assertThat(onFx(() -> lanesLaidOut(view))).isEqualTo(grouped(view, LaneMode.COUNTRY));
        // The lanes by actor, grouped meanwhile, come at once when asked for.
        assertThat(onFx(() -> {
            view.setLaneMode(LaneMode.ACTOR);
            return lanesLaidOut(view);
        })).isEqualTo(grouped(view, LaneMode.ACTOR));
    }

    @Test
    void aFilterWhileTheLanesAreGroupedShowsWhatItKeeps() throws Exception {
        TimelineView view = show(MANY);
        // As the window filters: the result is cut from the index of every event, the context.
        app.corridor.layout.EventIndex every = view.indexProperty().get();
        List<Event> all = every.all();
        List<Event> kept = every.subset(java.util.stream.IntStream.range(0, every.size())
                .filter(i -> every.get(i).kind() == every.get(0).kind()).toArray()).all();
        List<String> meanwhile = onFx(() -> {
            view.setContextEvents(all);
            view.setLaneMode(LaneMode.ACTOR);
            lanesLaidOut(view);
            view.setEvents(kept);
            return lanesLaidOut(view);
        });
        assertThat(meanwhile).as("the kept events, in the lanes by kind").containsExactly(all.get(0).kind().code());
        awaitSettled(view);
        assertThat(onFx(() -> lanesLaidOut(view))).isEqualTo(grouped(view, LaneMode.ACTOR));
    }

    @Test
    void fewEventsAreGroupedInTheFrameThatFollows() throws Exception {
        TimelineView view = show(500);
        assertThat(onFx(() -> {
            view.setLaneMode(LaneMode.ACTOR);
            return lanesLaidOut(view);
        })).isEqualTo(grouped(view, LaneMode.ACTOR));
        assertThat(view.isViewSettled()).isTrue();
    }

    /**
     * The lanes by actor have wider headers than those by kind, and the plot is narrower with
     * them: the span in view stays, whether the lanes come in the next frame or from the
     * background. (At Fit all, fitting the narrower plot again moved its end by decades: room for
     * the last labels.)
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2_000, MANY})
    void aLaneModeChangeKeepsTheSpanInView(int events) throws Exception {
        app.corridor.model.Dataset data = app.corridor.dataset.DatasetGenerator.generate(events, 1);
        shown = ViewOnStage.show(data.events(), 1200, 700);
        TimelineView view = shown.view;
        Map<String, Actor> actors = data.actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
        interact(() -> {
            view.actorsProperty().set(actors::get);
            view.fitAll();
        });
        awaitSettled(view);
        double[] before = onFx(() -> span(view));
        // Laid out in the same turn: the grouping has begun (the view unsettled) before the wait.
        interact(() -> {
            view.setLaneMode(LaneMode.ACTOR);
            view.layout();
        });
        awaitSettled(view);
        assertThat(onFx(() -> lanesLaidOut(view).get(0))).startsWith("actor-");
        double[] after = onFx(() -> span(view));
        assertThat(after[2]).as("a narrower plot").isLessThan(before[2] - 50);
        double tolerance = (before[1] - before[0]) / 200;
        assertThat(after[0]).as("start").isCloseTo(before[0], org.assertj.core.data.Offset.offset(tolerance));
        assertThat(after[1]).as("end").isCloseTo(before[1], org.assertj.core.data.Offset.offset(tolerance));
    }

    /** The first and last day in view, and the plot's width. */
    private static double[] span(TimelineView view) {
        view.layout();
        return new double[] {view.getScale().time(0), view.getScale().time(view.plotWidth()), view.plotWidth()};
    }
}
