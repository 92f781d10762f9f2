package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.LabeledSkinBase;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The filter bar and the view bar at a laptop's 1024×700, at 1600×1000 and at the window's minimum
 * size, light and dark, on the curated data (75 years, long actor names): every control is whole.
 */
class EverySizeTest extends CuratedAppTest {

    private static final double[][] SIZES = {{1024, 700}, {1600, 1000}, {900, 560}};

    private void resize(double width, double height, boolean dark) throws Exception {
        interact(() -> {
            fx.stage().setWidth(width);
            fx.stage().setHeight(height);
            fx.model().darkProperty().set(dark);
        });
        AppFixture.waitUntil(() -> fx.window().scene().getWidth() == width);
        interact(() -> {
            fx.window().scene().getRoot().applyCss();
            fx.window().scene().getRoot().layout();
        });
    }

    private List<Region> bars() {
        return List.of(fx.window().filterBar(), lookup(".view-bar").queryAs(ViewBar.class));
    }

    /** Every visible node under {@code root}, skins' insides included. */
    private static List<Node> visibleNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n.isVisible()) {
                out.add(n);
                if (n instanceof Parent p) {
                    out.addAll(visibleNodes(p));
                }
            }
        }
        return out;
    }

    @Test
    void everyLabelButtonAndFieldOfTheBarsShowsItsWholeTextAtEverySizeInBothThemes() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            for (double[] size : SIZES) {
                resize(size[0], size[1], dark);
                String where = (int) size[0] + "\u00d7" + (int) size[1] + (dark ? " dark" : " light");
                for (Region bar : bars()) {
                    assertThat(bar.getHeight()).as("%s: %s not squeezed", where, bar.getStyleClass())
                            .isGreaterThanOrEqualTo(bar.prefHeight(bar.getWidth()) - 0.5);
                    Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
                    for (Node n : visibleNodes(bar)) {
                        // A menu button draws its text through a label inside its skin: that label is checked.
                        if (n instanceof Labeled l && l.getSkin() instanceof LabeledSkinBase<?> && l.getText() != null
                                && !l.getText().isEmpty() && !l.isWrapText()) {
                            assertThat(EventTableTest.drawnText(l)).as("%s: %s", where, l.getText()).isEqualTo(l.getText());
                        }
                        if (n instanceof TextField f && !f.getText().isEmpty()) {
                            Text probe = new Text(f.getText());
                            probe.setFont(f.getFont());
                            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                            assertThat(probe.getLayoutBounds().getWidth()).as("%s: field showing %s", where,
                                    f.getText()).isLessThanOrEqualTo(room);
                        }
                        if (n instanceof javafx.scene.control.Control c) {
                            Bounds b = c.localToScene(c.getLayoutBounds());
                            assertThat(barBounds.contains(b)).as("%s: %s inside its bar", where, c).isTrue();
                        }
                    }
                }
                assertThat(fx.window().filterBar().yearSlider().getWidth()).as(where)
                        .isGreaterThanOrEqualTo(fx.window().filterBar().yearSlider().minWidth(-1) - 0.5);
                // Year fields hold four digits.
                assertThat(lookup(".year-field").queryAllAs(TextField.class)).extracting(TextField::getText)
                        .containsExactly("1951", "2026");
            }
        }
    }

    @Test
    void everyControlOfTheBarsHasANameAndHelpForScreenReaders() throws Exception {
        resize(1024, 700, false);
        List<Node> controls = new ArrayList<>(fx.window().filterBar().controls());
        controls.addAll(lookup(".view-bar").queryAs(ViewBar.class).controls());
        controls.remove(fx.window().filterBar().yearSlider());
        controls.add(fx.window().filterBar().yearSlider().lowThumb());
        controls.add(fx.window().filterBar().yearSlider().highThumb());
        for (Node c : controls) {
            Object name = c.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertThat(name).as("name of %s", c).isInstanceOf(String.class);
            assertThat((String) name).as("name of %s", c).isNotBlank();
            assertThat((String) c.queryAccessibleAttribute(AccessibleAttribute.HELP)).as("help of %s", c).isNotBlank();
        }
        assertThat(lookup("#zoom-out").query().queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Zoom out");
        assertThat(fx.window().filterBar().actorPicker().queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("Actors filter, none chosen");
        assertThat(fx.window().filterBar().yearSlider().lowThumb().queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("From year");
    }

    @Test
    void theTableShowsEveryDateWholeAndGivesTheTitleTheMostRoom() throws Exception {
        for (double[] size : SIZES) {
            resize(size[0], size[1], false);
            interact(() -> fx.model().tableShownProperty().set(true));
            EventTable table = lookup("#event-table").queryAs(EventTable.class);
            AppFixture.waitUntil(() -> !table.lookupAll(".table-row-cell .table-cell").isEmpty());
            String where = (int) size[0] + "\u00d7" + (int) size[1];
            for (Node n : table.lookupAll(".table-row-cell .table-cell")) {
                javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
                if (cell.isVisible() && cell.getText() != null && "date-column".equals(cell.getTableColumn().getId())) {
                    assertThat(EventTableTest.drawnText(cell)).as(where).isEqualTo(cell.getText());
                }
            }
            if (size[0] >= 1600) {
                double title = table.getColumns().get(1).getWidth();
                assertThat(table.getColumns()).as(where).allSatisfy(c ->
                        assertThat(title).isGreaterThanOrEqualTo(c.getWidth()));
            }
        }
    }
}
