package app.corridor.ui;

import app.corridor.Fixtures;
import app.corridor.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless on a test dataset and store, and waits for it to show its data. */
final class AppFixture {

    private final FxRobot robot;
    private Application app;
    final Path data;
    final Path store;

    /** The mini dataset (4 events) in {@code dir}. */
    AppFixture(FxRobot robot, Path dir) {
        this(robot, Fixtures.mini(dir.resolve("data")), dir.resolve("store"));
    }

    /** {@code dataset} null: the bundled dataset. */
    AppFixture(FxRobot robot, Path dataset, Path store) {
        this.robot = robot;
        this.data = dataset;
        this.store = store;
    }

    AppFixture start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = data == null ? FxToolkit.setupApplication(CorridorApp.class, "--store-dir=" + store)
                : FxToolkit.setupApplication(CorridorApp.class, "--dataset=" + data, "--store-dir=" + store);
        waitUntil(() -> robot.lookup("#loading").tryQuery().isEmpty());
        robot.interact(() -> timeline().setAnimated(false));
        // The first view must be in place before a test reads or changes the scale.
        waitUntil(() -> timeline().isViewSettled());
        return this;
    }

    /** Starts on a dataset that cannot be shown; returns once the window says so in place of the timeline. */
    AppFixture startUnshowable() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CorridorApp.class, "--dataset=" + data, "--store-dir=" + store);
        waitUntil(() -> !model().problems().isEmpty()
                && robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText().equals("No events"));
        return this;
    }

    /** Closes the app as a user would (settings are saved). */
    void stop() throws Exception {
        if (app != null) {
            // A first start builds its store on a thread of its own, which outlives the app's stop:
            // left running, it moved the store into a folder the test was removing.
            waitUntil(() -> !model().storeBuildingProperty().get());
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    CorridorApp app() {
        return (CorridorApp) app;
    }

    AppModel model() {
        return app().model();
    }

    MainWindow window() {
        return app().window();
    }

    TimelineView timeline() {
        return window().timeline();
    }

    Stage stage() {
        return (Stage) window().scene().getWindow();
    }

    /** Waits until {@code condition}, evaluated on the UI thread (scene lookups are not thread-safe), holds. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
