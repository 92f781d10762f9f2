package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.i18n.BidiText;
import app.corridor.i18n.Language;
import app.corridor.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;

/**
 * The window in Urdu and Chinese: chosen in settings (as View → Language leaves it) or switched
 * while running; Urdu mirrored, with the side panel on the left and the bars in reverse order,
 * while the timeline keeps time running left to right.
 */
class LanguageWindowTest extends StartsAppTest {

    private AppFixture start(String language) throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store);
        if (language != null) {
            Files.writeString(store.resolve(UiSettings.FILE_NAME), "{\"language\": \"" + language + "\"}",
                    StandardCharsets.UTF_8);
        }
        fx = new AppFixture(this, Fixtures.mini(dir.resolve("data")), store).start();
        return fx;
    }

    private Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void inUrduTheWindowMirrorsButTimeStillRunsLeftToRight() throws Exception {
        start("ur");
        MainWindow w = fx.window();
        assertThat(w.scene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        Node side = lookup("#side-panel").query();
        assertThat(inScene(side).getMinX()).as("the side panel is on the left")
                .isLessThan(inScene(w.timeline()).getMinX());
        Node search = lookup("#search").query();
        Node clear = lookup("#clear-filters").query();
        assertThat(inScene(search).getMinX()).as("the filter bar reads from the right: search first")
                .isGreaterThan(inScene(clear).getMinX());
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly("فائل", "ترمیم", "منظر", "مدد");
        assertThat(inScene(menus.lookup(".menu")).getMinX()).as("فائل, the first menu, on the right")
                .isGreaterThan(inScene(menus).getCenterX());

        // The timeline is not mirrored: a later event lies to the right of an earlier one.
        assertThat(w.timeline().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        var events = fx.model().getFilteredEvents().stream().sorted(java.util.Comparator.comparing(Event::date))
                .toList();
        Event first = events.get(0);
        Event last = events.get(events.size() - 1);
        double firstX = w.timeline().boundsOf(first).orElseThrow().getMinX();
        double lastX = w.timeline().boundsOf(last).orElseThrow().getMinX();
        assertThat(lastX).isGreaterThan(firstX);

        String status = lookup("#status").queryAs(Label.class).getText();
        assertThat(BidiText.strip(status)).startsWith("4 واقعات میں سے 4 · ");
        interact(() -> fx.model().selectedEventProperty().set(first));
        AppFixture.waitUntil(() -> lookup("#event-date").tryQuery().isPresent());
        assertThat(lookup("#event-date").queryAs(Label.class).getText()).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void chineseIsChosenWhileRunningKeepsTheFiltersAndIsRemembered() throws Exception {
        start(null);
        assertThat(fx.app().language()).isEqualTo(Language.ENGLISH);
        interact(() -> fx.model().filterProperty().set(fx.model().getFilter().withText("corridor")));
        AppFixture.waitUntil(() -> fx.model().getFilteredEvents().size() < 4);
        int filtered = fx.model().getFilteredEvents().size();

        interact(() -> fx.app().changeLanguage(Language.CHINESE));
        AppFixture.waitUntil(() -> lookup("#loading").tryQuery().isEmpty() && fx.timeline().isViewSettled());
        assertThat(fx.model().language()).isEqualTo(Language.CHINESE);
        assertThat(fx.model().getFilter().text()).isEqualTo("corridor");
        AppFixture.waitUntil(() -> fx.model().getFilteredEvents().size() == filtered);
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly("文件", "编辑", "视图", "帮助");
        assertThat(fx.window().scene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(lookup("#status").queryAs(Label.class).getText()).contains("个事件中的");
        // Remembered at once: the next start is in Chinese.
        AppFixture.waitUntil(() -> {
            try {
                return "zh".equals(UiSettings.load(dir.resolve("store")).language());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}
