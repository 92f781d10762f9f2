package app.corridor.ui;

import app.corridor.layout.LaneMode;
import app.corridor.model.Event;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real window in a few states to PNG files, headless: the README's screenshot and
 * pictures to look at after a UI change. Not part of the test suite (no "Test" in the name); run it
 * with {@code ./mvnw test -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code target/screenshots/*.png} and {@code docs/screenshot.png}.
 */
class ReadmeScreenshots extends FxRobot {

    @TempDir
    Path dir;

    @Test
    void render() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        AppFixture fx = new AppFixture(this, Path.of("data", "events.json").toAbsolutePath(), dir.resolve("store"))
                .start();
        try {
            interact(() -> {
                fx.stage().setWidth(1600);
                fx.stage().setHeight(960);
                fx.timeline().todayProperty().set(LocalDate.of(2026, 11, 23));
            });
            Event visit = event(fx, "shehbaz-sharif-visit-china-2024-06");
            interact(() -> {
                fx.timeline().showRange(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2026, 7, 1).toEpochDay());
                fx.model().selectedEventProperty().set(visit);
            });
            settle();
            save(fx.window().scene(), out.resolve("main-light.png"));
            save(fx.window().scene(), Path.of("docs", "screenshot.png"));

            interact(() -> {
                fx.model().darkProperty().set(true);
                fx.model().laneModeProperty().set(LaneMode.ACTOR);
                fx.model().selectedEventProperty().set(event(fx, "cpec-political-parties-jcm-second-conference-2020-08-20"));
            });
            settle();
            save(fx.window().scene(), out.resolve("main-dark-actors.png"));

            interact(() -> {
                fx.model().darkProperty().set(false);
                fx.model().laneModeProperty().set(LaneMode.COUNTRY);
                fx.model().tableShownProperty().set(true);
            });
            settle();
            save(fx.window().scene(), out.resolve("table.png"));

            interact(() -> {
                fx.model().tableShownProperty().set(false);
                fx.timeline().fitAll();
            });
            settle();
            save(fx.window().scene(), out.resolve("fit-all-country.png"));

            interact(() -> fx.window().showInSource(fx.model().getDataset().source("zhao-shiren-diplomatic-insight-2024")
                    .orElseThrow(), event(fx, "belt-and-road-forum-3-2023-10").quotes().get(1)));
            settle();
            save(fx.window().sourceViewer().stage().getScene(), out.resolve("source-viewer.png"));
            interact(() -> fx.window().sourceViewer().stage().close());

            interact(() -> fx.window().showExport());
            settle();
            save(fx.window().exportDialog().dialog().getDialogPane().getScene(), out.resolve("export-dialog.png"));
            interact(() -> fx.window().exportDialog().dialog().close());
        } finally {
            fx.stop();
        }
    }

    private static Event event(AppFixture fx, String id) {
        return fx.model().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Scene scene, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage buffered = toBuffered(image);
        ImageIO.write(buffered, "png", file.toFile());
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }
}
