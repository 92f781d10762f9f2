package app.corridor.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Tests against the app running on the mini dataset, started fresh for each test. */
abstract class RunningAppTest extends FxRobot {

    @TempDir
    Path dir;

    AppFixture fx;

    @BeforeEach
    void startApp() throws Exception {
        beforeStart();
        fx = new AppFixture(this, dir).start();
    }

    /** What a test class sets up in {@code dir} before the app starts (e.g. a store it finds there). */
    void beforeStart() throws Exception {
    }

    @AfterEach
    void stopApp() throws Exception {
        fx.stop();
    }
}
