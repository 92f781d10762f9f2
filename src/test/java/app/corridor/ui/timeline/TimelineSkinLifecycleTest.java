package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The skin lives by the skin lifecycle: swapping skins leaves one set of children, the old skin
 * never draws (or throws) again, commands reach whichever skin is installed, and a disposed skin
 * can be garbage collected (as OpenJFX's own skin-leak tests check).
 */
class TimelineSkinLifecycleTest extends FxRobot {

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private ViewOnStage shown;
    private TimelineView view;
    private List<Event> events;

    @BeforeEach
    void showAView() throws Exception {
        events = SyntheticEvents.generate(60, 7);
        shown = ViewOnStage.show(events, 900, 500);
        view = shown.view;
        interact(() -> {
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
    }

    @AfterEach
    void restore() throws Exception {
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        shown.close();
    }

    @Test
    void aSwappedSkinLeavesOneSetOfChildrenAndTheOldOneNeverDrawsAgain() {
        interact(() -> view.setSkin(new TimelineSkin(view)));
        // Everything that used to schedule a redraw of the old skin.
        interact(() -> {
            view.setScale(view.getScale().pan(120));
            view.setEvents(events.subList(0, 30));
            view.setSelectedEvent(events.get(3));
            view.scrollYProperty().set(10);
            view.setStyle("-corridor-label-size: 14;");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(view.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas)).hasSize(2);
    }

    @Test
    void commandsReachTheNewSkin() {
        interact(() -> view.setSkin(new TimelineSkin(view)));
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale before = view.getScale();
        interact(() -> view.zoom(2));
        assertThat(view.getScale().pxPerDay()).isGreaterThan(before.pxPerDay() * 1.9);
        interact(view::fitAll);
        assertThat(view.getScale().pxPerDay()).isEqualTo(before.pxPerDay());
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aRequestMadeWithoutASkinWaitsForTheNextOne() {
        interact(() -> {
            view.setSkin(null);
            view.showRange(events.get(10).date().startEpochDay(), events.get(20).date().startEpochDay());
            view.setSkin(new TimelineSkin(view));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale s = view.getScale();
        double shownFrom = s.time(0);
        double shownTo = s.time(view.plotWidth());
        assertThat(shownFrom).isCloseTo(events.get(10).date().startEpochDay(), org.assertj.core.api.Assertions.within(1.0));
        assertThat(shownTo).isCloseTo(events.get(20).date().startEpochDay(), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aDisposedSkinCanBeGarbageCollected() {
        WeakReference<?>[] old = new WeakReference<?>[1];
        interact(() -> {
            old[0] = new WeakReference<>(view.getSkin());
            view.setSkin(new TimelineSkin(view));
        });
        interact(() -> view.setScale(view.getScale().pan(40)));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && old[0].get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(old[0].get()).as("the disposed skin is collectable").isNull();
    }
}
