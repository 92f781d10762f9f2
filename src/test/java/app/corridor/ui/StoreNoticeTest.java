package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/** A store file the app cannot use: the window says where it went and still shows the events. */
class StoreNoticeTest extends RunningAppTest {

    private static final String USERS_FILE = "not a database, a file the user must not lose ";

    @Override
    void beforeStart() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("store")).resolve("corridor.db"), USERS_FILE.repeat(50));
    }

    @Test
    void aDamagedStoreIsMovedAsideTheBannerSaysWhereAndTheEventsShow() throws Exception {
        List<Path> aside = brokenFiles();
        assertThat(aside).hasSize(1);
        assertThat(Files.readString(aside.get(0))).isEqualTo(USERS_FILE.repeat(50));
        HBox banner = lookup("#store-notice").queryAs(HBox.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(((Label) banner.getChildren().get(0)).getText()).contains(aside.get(0).toString())
                .contains("A new store was built");
        assertThat(fx.timeline().getEvents()).hasSize(4);

        interact(((Button) banner.getChildren().get(2))::fire);
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void theNextStartUsesTheRebuiltStoreWithoutABanner() throws Exception {
        fx.stop();
        fx = new AppFixture(this, fx.data, fx.store).start();
        assertThat(lookup("#store-notice").query().isVisible()).isFalse();
        assertThat(brokenFiles()).hasSize(1);
        assertThat(fx.timeline().getEvents()).hasSize(4);
    }

    private List<Path> brokenFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("corridor.db.broken-")).toList();
        }
    }
}
