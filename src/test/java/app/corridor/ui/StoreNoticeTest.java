package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A store file the app cannot use: the window says where it went and still shows the events. */
class StoreNoticeTest extends FxRobot {

    @TempDir
    Path dir;

    private AppFixture fx;

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            fx.stop();
        }
    }

    @Test
    void aDamagedStoreIsMovedAsideTheBannerSaysWhereAndTheEventsShow() throws Exception {
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Files.writeString(storeDir.resolve("corridor.db"), "not a database, a file the user must not lose ".repeat(50));

        fx = new AppFixture(this, dir).start();

        List<Path> aside = brokenFiles(storeDir);
        assertThat(aside).hasSize(1);
        HBox banner = lookup("#store-notice").queryAs(HBox.class);
        assertThat(banner.isVisible()).isTrue();
        String text = ((Label) banner.getChildren().get(0)).getText();
        assertThat(text).contains(aside.get(0).toString()).contains("A new store was built");
        assertThat(Files.readString(aside.get(0))).startsWith("not a database, a file the user must not lose");
        assertThat(fx.timeline().getEvents()).hasSize(4);

        Button dismiss = (Button) banner.getChildren().get(2);
        interact(dismiss::fire);
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aGoodStoreShowsNoBanner() throws Exception {
        fx = new AppFixture(this, dir).start();
        assertThat(lookup("#store-notice").query().isVisible()).isFalse();
    }

    private static List<Path> brokenFiles(Path storeDir) throws Exception {
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("corridor.db.broken-")).toList();
        }
    }
}
