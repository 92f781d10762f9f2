package app.corridor.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Tests that start the app themselves (on data or settings of their own); it is stopped after each. */
abstract class StartsAppTest extends FxRobot {

    @TempDir
    Path dir;

    AppFixture fx;

    @AfterEach
    void stopApp() throws Exception {
        if (fx != null) {
            fx.stop();
        }
    }
}
