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
            interact(() -> fx.timeline().todayProperty().set(LocalDate.of(2026, 11, 23)));
            for (int[] size : new int[][] {{1600, 1000}, {1024, 700}}) {
                String at = "-" + size[0] + "x" + size[1];
                resize(fx, size[0], size[1]);
                // The first view: every event, the empty decades before 2012 broken out of the axis.
                interact(() -> {
                    fx.model().clearFilters();
                    fx.timeline().fitAll();
                    fx.model().selectedEventProperty().set(event(fx, "shehbaz-sharif-visit-china-2024-06"));
                });
                settle(fx);
                save(fx.window().scene(), out.resolve("first-view" + at + ".png"), 1);
                if (size[0] == 1600) {
                    save(fx.window().scene(), Path.of("docs", "screenshot.png"), 1);
                }
                // A search brings its results into view; the side panel marks the words found.
                interact(() -> fx.model().filterProperty().set(fx.model().getFilter().withText("FOCAC")));
                settle(fx);
                save(fx.window().scene(), out.resolve("search-focac" + at + ".png"), 1);
                // A year filter shows those years.
                interact(() -> fx.model().filterProperty().set(app.corridor.store.EventFilter.all().withRange(
                        app.corridor.model.PartialDate.ofYear(2019), app.corridor.model.PartialDate.ofYear(2021))));
                settle(fx);
                save(fx.window().scene(), out.resolve("years-2019-2021" + at + ".png"), 1);
                // An actor, then the view moved away: the quiet bar offers the matches back.
                interact(() -> {
                    fx.model().clearFilters();
                    fx.model().filterToActor("li-qiang");
                });
                settle(fx);
                interact(() -> fx.timeline().showRange(LocalDate.of(2019, 1, 1).toEpochDay(),
                        LocalDate.of(2020, 6, 1).toEpochDay()));
                settle(fx);
                save(fx.window().scene(), out.resolve("outside-bar" + at + ".png"), 1);
                // Dark, lanes by actor (native names in the headers), the side panel folded away.
                interact(() -> {
                    fx.model().clearFilters();
                    fx.model().darkProperty().set(true);
                    fx.model().laneModeProperty().set(LaneMode.ACTOR);
                    fx.window().setSidePanelShown(false);
                    fx.timeline().fitAll();
                });
                settle(fx);
                save(fx.window().scene(), out.resolve("dark-actors-no-panel" + at + ".png"), 1);
                interact(() -> {
                    fx.model().darkProperty().set(false);
                    fx.model().laneModeProperty().set(LaneMode.KIND);
                    fx.window().setSidePanelShown(true);
                    fx.model().tableShownProperty().set(true);
                });
                settle(fx);
                save(fx.window().scene(), out.resolve("table" + at + ".png"), 1);
                interact(() -> fx.model().tableShownProperty().set(false));
            }
            // A 2560×1440 screen at 200%: the window at 1280×720 logical pixels, drawn twice as fine.
            resize(fx, 1280, 720);
            interact(() -> fx.timeline().fitAll());
            settle(fx);
            save(fx.window().scene(), out.resolve("hidpi-2560x1440.png"), 2);

            interact(() -> fx.window().showInSource(fx.model().getDataset().source("zhao-shiren-diplomatic-insight-2024")
                    .orElseThrow(), event(fx, "belt-and-road-forum-3-2023-10").quotes().get(1)));
            settle(fx);
            save(fx.window().sourceViewer().stage().getScene(), out.resolve("source-viewer.png"), 1);
            interact(() -> fx.window().sourceViewer().stage().close());

            interact(() -> fx.window().showExport());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window().exportDialog() != null
                    && fx.window().exportDialog().dialog().isShowing());
            settle(fx);
            save(fx.window().exportDialog().dialog().getDialogPane().getScene(), out.resolve("export-dialog.png"), 1);
            interact(() -> fx.window().exportDialog().dialog().close());
        } finally {
            fx.stop();
        }
    }

    /**
     * The window in Chinese and in Urdu (set as View → Language leaves it): the first view with a
     * visit selected, lanes by actor (names in the reader's script), the table, the export dialog and
     * the source viewer. Writes {@code target/screenshots/zh-*.png}, {@code ur-*.png} and
     * {@code docs/screenshot-zh.png}, {@code docs/screenshot-ur.png}.
     */
    @Test
    void renderLanguages() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (String language : new String[] {"zh", "ur"}) {
            Path store = dir.resolve("store-" + language);
            Files.createDirectories(store);
            Files.writeString(store.resolve(UiSettings.FILE_NAME), "{\"language\": \"" + language + "\"}");
            AppFixture fx = new AppFixture(this, Path.of("data", "events.json").toAbsolutePath(), store).start();
            try {
                interact(() -> fx.timeline().todayProperty().set(LocalDate.of(2026, 11, 23)));
                resize(fx, 1600, 1000);
                interact(() -> {
                    fx.timeline().fitAll();
                    fx.model().selectedEventProperty().set(event(fx, "shehbaz-sharif-visit-china-2024-06"));
                });
                settle(fx);
                save(fx.window().scene(), out.resolve(language + "-first-view.png"), 1);
                save(fx.window().scene(), Path.of("docs", "screenshot-" + language + ".png"), 1);
                interact(() -> {
                    fx.model().laneModeProperty().set(LaneMode.ACTOR);
                    fx.model().selectedEventProperty().set(event(fx, "zardari-state-visit-2025"));
                    fx.timeline().fitAll();
                });
                settle(fx);
                save(fx.window().scene(), out.resolve(language + "-actors.png"), 1);
                interact(() -> {
                    fx.model().laneModeProperty().set(LaneMode.KIND);
                    fx.model().tableShownProperty().set(true);
                });
                settle(fx);
                save(fx.window().scene(), out.resolve(language + "-table.png"), 1);
                interact(() -> fx.model().tableShownProperty().set(false));
                resize(fx, 1024, 700);
                settle(fx);
                save(fx.window().scene(), out.resolve(language + "-1024x700.png"), 1);
                interact(() -> fx.window().showInSource(fx.model().getDataset()
                        .source("zhao-shiren-diplomatic-insight-2024").orElseThrow(),
                        event(fx, "belt-and-road-forum-3-2023-10").quotes().get(1)));
                settle(fx);
                save(fx.window().sourceViewer().stage().getScene(), out.resolve(language + "-source-viewer.png"), 1);
                interact(() -> fx.window().sourceViewer().stage().close());
                interact(() -> fx.window().showExport());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window().exportDialog() != null
                        && fx.window().exportDialog().dialog().isShowing());
                settle(fx);
                save(fx.window().exportDialog().dialog().getDialogPane().getScene(),
                        out.resolve(language + "-export-dialog.png"), 1);
                interact(() -> fx.window().exportDialog().dialog().close());
            } finally {
                fx.stop();
            }
        }
    }

    private void resize(AppFixture fx, int width, int height) {
        interact(() -> {
            fx.stage().setX(0);
            fx.stage().setY(0);
            fx.stage().setWidth(width);
            fx.stage().setHeight(height);
        });
    }

    private static Event event(AppFixture fx, String id) {
        return fx.model().getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Waits until the filters' results are in and the view has stopped moving. */
    private static void settle(AppFixture fx) throws Exception {
        AppFixture.waitUntil(() -> !fx.model().queryingProperty().get() && fx.timeline().isViewSettled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A snapshot of {@code scene} at {@code scale} device pixels per pixel. */
    static void save(Scene scene, Path file, double scale) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            return scene.getRoot().snapshot(params, null);
        }).get();
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
