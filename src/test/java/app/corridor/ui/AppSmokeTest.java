package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import app.corridor.ui.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AppSmokeTest extends FxRobot {

    @TempDir
    Path dir;

    private javafx.application.Application app;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowListsTheDatasetsEvents() throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CorridorApp.class, "--dataset=" + data, "--store-dir=" + dir.resolve("store"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#loading").tryQuery().isEmpty());
        TimelineView timeline = lookup("#timeline").queryAs(TimelineView.class);
        assertThat(timeline.getEvents()).hasSize(4);
    }
}
