package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Event;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class FilterBarTest extends RunningAppTest {

    private FilterBar bar() {
        return fx.window().filterBar();
    }

    private List<String> rows(FacetPicker<?> picker) {
        return picker.list().lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.isVisible())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> (String) c.getAccessibleText()).toList();
    }

    @Test
    void actorsAreGroupedByCountryWithTheirNativeNamesAndCounts() throws Exception {
        clickOn("#actor-filter");
        AppFixture.waitUntil(() -> !rows(bar().actorPicker()).isEmpty());
        assertThat(rows(bar().actorPicker())).containsExactly(
                "China: one choice",
                "President A \u7532, 3 events",
                "Pakistan: 2 choices",
                "President B, 2 events",
                "Party C, one event");
        assertThat(lookup(".facet-list .native-name").queryAs(Label.class).getText()).isEqualTo("\u7532");
        assertThat(lookup(".facet-list .facet-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("China", "Pakistan");
        // The keyboard alone: Down into the list, Space ticks the focused actor.
        type(KeyCode.DOWN);
        type(KeyCode.SPACE);

        AppFixture.waitUntil(() -> fx.model().getFilteredEvents().size() == 3);
        assertThat(fx.model().getFilter().actors()).containsExactly("president-a");
        assertThat(rows(bar().actorPicker())).contains("President A \u7532, 3 events, chosen");
        type(KeyCode.ESCAPE);
    }

    /**
     * Ticking a choice makes the picker say so, and clearing it takes that back, without moving
     * anything else in the bar or the bar's height: the picker keeps room for its count, and its
     * ring is drawn inside it.
     */
    @Test
    void tickingAnActorAndClearingItMovesNothingInTheBar() throws Exception {
        List<Node> watched = List.of(bar(), bar().actorPicker(), bar().kindPicker(), bar().yearSlider(),
                lookup("#search").query(), lookup("#clear-filters").query());
        List<Bounds> before = inScene(watched);
        clickOn("#actor-filter");
        AppFixture.waitUntil(() -> !rows(bar().actorPicker()).isEmpty());
        type(KeyCode.DOWN);
        type(KeyCode.SPACE);
        type(KeyCode.ESCAPE);
        AppFixture.waitUntil(() -> bar().actorPicker().getText().endsWith("(1)") && laidOut(watched));
        assertThat(inScene(watched)).isEqualTo(before);

        clickOn("#clear-filters");
        AppFixture.waitUntil(() -> bar().actorPicker().getText().equals("Actors") && laidOut(watched));
        assertThat(inScene(watched)).isEqualTo(before);
    }

    private static List<Bounds> inScene(List<Node> nodes) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> nodes.stream().map(n -> n.localToScene(n.getLayoutBounds())).toList())
                .get();
    }

    private static boolean laidOut(List<Node> nodes) {
        return nodes.stream().noneMatch(n -> n instanceof javafx.scene.Parent p && p.isNeedsLayout());
    }

    /** List cells are reused as the list changes: a heading or an empty row keeps no tip of the actor it showed. */
    @Test
    void eachActorRowsTipIsItsOwnWholeNameAndHeadingsHaveNone() throws Exception {
        clickOn("#actor-filter");
        AppFixture.waitUntil(() -> rows(bar().actorPicker()).size() == 5);
        write("Party");
        AppFixture.waitUntil(() -> rows(bar().actorPicker()).equals(List.of("Pakistan: one choice", "Party C, one event")));
        javafx.css.PseudoClass heading = javafx.css.PseudoClass.getPseudoClass("heading");
        List<ListCell<?>> cells = bar().actorPicker().list().lookupAll(".list-cell").stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).toList();
        assertThat(cells).filteredOn(c -> c.getItem() != null && !c.getPseudoClassStates().contains(heading))
                .singleElement().satisfies(c -> assertThat(Tips.of(c)).isEqualTo("Party C"));
        assertThat(cells).filteredOn(c -> c.getItem() == null || c.getPseudoClassStates().contains(heading))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(Tips.of(c)).as(c.getAccessibleText()).isNull());
        type(KeyCode.ESCAPE);
    }

    @Test
    void aLongNameIsCutButItsCountShowsAndTheListNeverScrollsSideways() throws Exception {
        clickOn("#actor-filter");
        AppFixture.waitUntil(() -> !rows(bar().actorPicker()).isEmpty());
        interact(() -> {
            bar().actorPicker().list().setPrefWidth(120);
            bar().actorPicker().list().setMaxWidth(120);
        });
        AppFixture.waitUntil(() -> bar().actorPicker().list().getWidth() <= 121);
        Node list = bar().actorPicker().list();
        List<Label> counts = list.lookupAll(".facet-count").stream().filter(Node::isVisible).map(n -> (Label) n).toList();
        assertThat(counts).isNotEmpty();
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        for (Label count : counts) {
            assertThat(EventTableTest.drawnText(count)).isEqualTo(count.getText());
            assertThat(listBounds.contains(count.localToScene(count.getLayoutBounds()))).isTrue();
        }
        Label longest = list.lookupAll(".list-cell .label").stream().filter(n -> n instanceof Label l
                && "President B".equals(l.getText())).map(n -> (Label) n).findFirst().orElseThrow();
        assertThat(EventTableTest.drawnText(longest)).endsWith("...").isNotEqualTo("President B");
        assertThat(list.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .filter(s -> s.getOrientation() == Orientation.HORIZONTAL && s.isVisible())).isEmpty();
        type(KeyCode.ESCAPE);
    }

    @Test
    void aSearchThatFindsNothingSaysWhichWordsFoundNothing() throws Exception {
        clickOn("#search").write("zanzibar critical").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> lookup("#search-feedback").query().isVisible());
        assertThat(lookup("#search-feedback").queryAs(Label.class).getText()).isEqualTo("No match for \u201czanzibar\u201d");
        assertThat(lookup("#search").query().getAccessibleHelp()).startsWith("No match for \u201czanzibar\u201d");
        interact(() -> lookup("#search").queryTextInputControl().clear());
        type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> !lookup("#search-feedback").query().isVisible());
    }

    @Test
    void searchMatchesAreMarkedWithABackgroundNotInTheLinkColour() throws Exception {
        clickOn("#search").write("critical").type(KeyCode.ENTER);
        AppFixture.waitUntil(() -> fx.model().getFilteredEvents().size() == 1);
        Event visit = fx.model().getFilteredEvents().get(0);
        interact(() -> fx.model().selectedEventProperty().set(visit));
        AppFixture.waitUntil(() -> lookup(".quote-card .mark-match").tryQueryAs(Path.class)
                .map(p -> !p.getElements().isEmpty()).orElse(false));
        Text match = lookup(".quote-card .match").queryAs(Text.class);
        Text plain = lookup(".quote-card .plain").queryAs(Text.class);
        Path mark = lookup(".quote-card .mark-match").queryAs(Path.class);
        Color link = (Color) lookup(".actor-link").queryAs(Hyperlink.class).getTextFill();
        assertThat(match.getText()).isEqualTo("critical");
        assertThat(match.getFill()).as("a match is written like the text around it").isEqualTo(plain.getFill())
                .isNotEqualTo(link);
        assertThat(mark.getElements()).as("the mark is drawn").isNotEmpty();
        Bounds marked = mark.getBoundsInParent();
        Bounds word = match.getBoundsInParent();
        assertThat(marked.getMinX()).isLessThanOrEqualTo(word.getMinX() + 0.5);
        assertThat(marked.getMaxX()).isGreaterThanOrEqualTo(word.getMaxX() - 0.5);
        assertThat(((Color) mark.getFill()).getOpacity()).isGreaterThan(0);
        assertThat(mark.getFill()).isNotEqualTo(link);
    }

    @Test
    void draggingTheYearsUpdatesTheFieldsAtOnceAndTheFilterOnRelease() throws Exception {
        YearRangeSlider years = bar().yearSlider();
        assertThat(years.getLow()).isEqualTo(2020);
        Bounds thumb = years.lowThumb().localToScreen(years.lowThumb().getLayoutBounds());
        Point2D from = new Point2D(thumb.getCenterX(), thumb.getCenterY());
        double grab = from.getX() - years.localToScreen(years.xOf(2020), 0).getX();
        double to2023 = years.localToScreen(years.xOf(2023), 0).getX() + grab;
        drag(from, MouseButton.PRIMARY).moveTo(new Point2D(to2023, from.getY()));
        assertThat(lookup(".year-field").nth(0).queryTextInputControl().getText()).isEqualTo("2023");
        assertThat(fx.model().getFilter().from()).as("nothing applied mid-drag").isNull();
        release(MouseButton.PRIMARY);
        AppFixture.waitUntil(() -> fx.model().getFilter().from() != null);
        assertThat(fx.model().getFilter().from().year()).isEqualTo(2023);
        AppFixture.waitUntil(() -> fx.model().getFilteredEvents().size() == 2);
    }
}
