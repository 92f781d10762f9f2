package app.corridor.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Tests against the app running on the curated data (38 events, 75 years, long names), started fresh for each test. */
abstract class CuratedAppTest extends FxRobot {

    @TempDir
    Path dir;

    AppFixture fx;

    @BeforeEach
    void startApp() throws Exception {
        fx = new AppFixture(this, Path.of("data", "events.json").toAbsolutePath(), dir.resolve("store")).start();
    }

    @AfterEach
    void stopApp() throws Exception {
        fx.stop();
    }
}
