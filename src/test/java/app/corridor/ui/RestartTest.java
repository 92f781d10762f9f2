package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.Fixtures;
import app.corridor.layout.LaneMode;
import app.corridor.layout.TimeScale;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What survives closing and starting the app again. */
class RestartTest extends StartsAppTest {

    @Test
    void windowThemeLanesFiltersAndTheVisibleRangeAreRemembered() throws Exception {
        fx = new AppFixture(this, dir).start();
        interact(() -> {
            fx.stage().setWidth(1300);
            fx.stage().setHeight(820);
            fx.model().darkProperty().set(true);
            fx.model().laneModeProperty().set(LaneMode.COUNTRY);
            fx.model().tableShownProperty().set(false);
            fx.model().filterProperty().set(fx.model().getFilter()
                    .withKinds(Set.of(EventKind.STATE_VISIT, EventKind.LETTER))
                    .withRange(PartialDate.ofYear(2020), null));
            fx.window().split().setDividerPositions(0.62);
        });
        AppFixture.waitUntil(() -> fx.timeline().getEvents().size() == 2);
        interact(() -> fx.timeline().zoom(2));
        TimeScale shown = fx.timeline().getScale();
        double plotWidth = fx.timeline().plotWidth();
        double start = shown.time(0);
        double end = shown.time(plotWidth);
        double divider = fx.window().split().getDividerPositions()[0];
        fx.stop();

        fx = new AppFixture(this, fx.data, fx.store).start();
        assertThat(fx.stage().getWidth()).isEqualTo(1300);
        assertThat(fx.stage().getHeight()).isEqualTo(820);
        assertThat(fx.model().darkProperty().get()).isTrue();
        assertThat(fx.model().laneModeProperty().get()).isEqualTo(LaneMode.COUNTRY);
        assertThat(fx.model().getFilter().kinds()).containsExactlyInAnyOrder(EventKind.STATE_VISIT, EventKind.LETTER);
        assertThat(fx.model().getFilter().from()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(fx.timeline().getEvents()).hasSize(2);
        assertThat(fx.window().split().getDividerPositions()[0]).isCloseTo(divider, within(0.01));
        TimeScale restored = fx.timeline().getScale();
        double days = end - start;
        assertThat(restored.time(0)).isCloseTo(start, within(days * 0.01));
        assertThat(restored.time(fx.timeline().plotWidth())).isCloseTo(end, within(days * 0.01));
    }

    /**
     * Closed at Fit all on the curated data, the app opens again on Fit all with its break, not on
     * the same span drawn continuously (where 60 empty years squeeze the recent events right).
     */
    @Test
    void closedAtFitAllItOpensAtFitAllWithItsBreak() throws Exception {
        Path curated = Path.of("data", "events.json").toAbsolutePath();
        fx = new AppFixture(this, curated, dir.resolve("store")).start();
        AppFixture.waitUntil(() -> fx.timeline().isViewSettled() && fx.timeline().isAxisBroken());
        assertThat(breaks()).hasSize(1);
        fx.stop();

        fx = new AppFixture(this, curated, dir.resolve("store")).start();
        AppFixture.waitUntil(fx.timeline()::isViewSettled);
        assertThat(fx.timeline().isAxisBroken()).as("opened again at Fit all, with its break").isTrue();
        assertThat(breaks()).hasSize(1);

        interact(() -> fx.timeline().zoom(2));
        AppFixture.waitUntil(() -> fx.timeline().isViewSettled() && !fx.timeline().isAxisBroken());
        TimeScale zoomed = fx.timeline().getScale();
        fx.stop();

        fx = new AppFixture(this, curated, dir.resolve("store")).start();
        AppFixture.waitUntil(fx.timeline()::isViewSettled);
        assertThat(fx.timeline().isAxisBroken()).as("a view zoomed into comes back as it was").isFalse();
        assertThat(fx.timeline().getScale().pxPerDay()).isCloseTo(zoomed.pxPerDay(), within(zoomed.pxPerDay() * 0.01));
    }

    /** The axis breaks of the frame drawn now (laid out on the UI thread). */
    private java.util.List<?> breaks() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fx.timeline().currentLayout().axis().breaks()).get();
    }

    @Test
    void aWindowRememberedFarOffTheScreenOpensOnIt() throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path store = dir.resolve("store");
        java.nio.file.Files.createDirectories(store);
        java.nio.file.Files.writeString(store.resolve(UiSettings.FILE_NAME),
                "{\"x\": 1e308, \"y\": -1e308, \"width\": 1e9, \"height\": 1e9, \"divider\": 0.7}");
        fx = new AppFixture(this, data, store).start();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(fx.stage().getX()).isBetween(screen.getMinX(), screen.getMaxX() - fx.stage().getWidth());
        assertThat(fx.stage().getY()).isBetween(screen.getMinY(), screen.getMaxY() - fx.stage().getHeight());
        assertThat(fx.stage().getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(fx.stage().getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(fx.timeline().getEvents()).hasSize(4);
    }

    @Test
    void theLegendStartsFoldedOnAShortScreenUnlessTheReaderOpenedIt() throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Path store = dir.resolve("store");
        java.nio.file.Files.createDirectories(store);
        java.nio.file.Files.writeString(store.resolve(UiSettings.FILE_NAME), "{\"width\": 1024, \"height\": 700}");
        fx = new AppFixture(this, data, store).start();
        assertThat(fx.window().legend().expandedProperty().get()).as("a 700-pixel window, nothing chosen").isFalse();
        interact(() -> fx.window().legend().expandedProperty().set(true));
        fx.stop();

        fx = new AppFixture(this, data, store).start();
        assertThat(fx.window().legend().expandedProperty().get()).as("opened by the reader, remembered").isTrue();
    }

    @Test
    void aBrokenDatasetKeepsTheLastGoodStoreAndTheWindowSaysWhatIsWrong() throws Exception {
        fx = new AppFixture(this, dir).start();
        fx.stop();
        Fixtures.edit(fx.data, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");

        fx = new AppFixture(this, fx.data, fx.store).start();
        assertThat(fx.timeline().getEvents()).hasSize(4);
        assertThat(fx.model().problems()).extracting(p -> p.pointer()).containsExactly("/events/3/kind");
        assertThat(lookup("#problems-banner").query().isVisible()).isTrue();
        assertThat(lookup(".problems-banner .label").queryLabeled().getText())
                .contains("1 problem").contains("last good version");
    }

    @Test
    void aBrokenDatasetWithNoEarlierStoreLeavesNoWordOfLoading() throws Exception {
        Path data = Fixtures.mini(dir.resolve("data"));
        Fixtures.edit(data, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        fx = new AppFixture(this, data, dir.resolve("store")).startUnshowable();
        assertThat(lookup(".problems-banner .label").queryLabeled().getText()).contains("no earlier good copy");
        // startUnshowable waited for the status bar to say "No events": it said "Loading…" for good.
    }
}
