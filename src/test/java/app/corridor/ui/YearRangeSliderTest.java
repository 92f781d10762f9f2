package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The year range on its own, at the narrowest it gets (three pixels a year over 1951–2026). */
@ExtendWith(ApplicationExtension.class)
class YearRangeSliderTest extends FxRobot {

    private YearRangeSlider slider;
    private StackPane root;

    @Start
    void start(Stage stage) {
        slider = new YearRangeSlider();
        slider.set(1951, 2026, 1951, 2026);
        root = new StackPane(slider);
        root.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stage.setScene(new Scene(new StackPane(root), 600, 120));
        stage.getScene().getStylesheets().add(YearRangeSlider.class.getResource("corridor.css").toExternalForm());
        stage.show();
    }

    @BeforeEach
    void narrowest() {
        resize(slider.minWidth(-1));
    }

    /** Sets the slider's width and lays the scene out at once, so what follows reads the new geometry. */
    private void resize(double width) {
        interact(() -> {
            root.setPrefWidth(width);
            root.setMaxWidth(width);
            layoutNow();
        });
    }

    private void layoutNow() {
        slider.getScene().getRoot().applyCss();
        slider.getScene().getRoot().layout();
    }

    /** The screen point of the year boundary {@code year} (the start of that year), on the track. */
    private Point2D boundary(int year) {
        return slider.localToScreen(slider.xOf(year), slider.lowThumb().getBoundsInParent().getCenterY());
    }

    private static Bounds box(javafx.scene.layout.Region r) {
        return new javafx.geometry.BoundingBox(r.getLayoutX(), r.getLayoutY(), r.getWidth(), r.getHeight());
    }

    private Point2D centre(Node n) {
        Bounds b = n.localToScreen(n.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void draggingAHandlePicksEveryYearExactly() {
        assertThat(slider.pixelsPerYear()).isBetween(2.9, 4.0);
        for (int year : List.of(1960, 1961, 1962, 1999, 2000, 2001)) {
            Point2D from = centre(slider.lowThumb());
            // The from handle hangs left of its year: grab it where it is, move the grab point by whole years.
            double grab = from.getX() - slider.localToScreen(slider.xOf(slider.getLow()), 0).getX();
            drag(from, MouseButton.PRIMARY).moveTo(new Point2D(boundary(year).getX() + grab, from.getY()))
                    .release(MouseButton.PRIMARY);
            assertThat(slider.getLow()).isEqualTo(year);
        }
        Point2D to = centre(slider.highThumb());
        double grab = to.getX() - slider.localToScreen(slider.xOf(slider.getHigh() + 1), 0).getX();
        drag(to, MouseButton.PRIMARY).moveTo(new Point2D(boundary(2020).getX() + grab, to.getY()))
                .release(MouseButton.PRIMARY);
        // The to handle hangs right of its year: the boundary at the start of 2020 ends 2019.
        assertThat(slider.getHigh()).isEqualTo(2019);
    }

    @Test
    void theHandlesMeetButNeverOverlapWhenTheRangeIsOneYear() {
        interact(() -> {
            slider.set(1951, 2026, 2000, 2000);
            layoutNow();
        });
        // Layout bounds, not the painted ones: a focused handle's ring may reach past its edge.
        Bounds low = box(slider.lowThumb());
        Bounds high = box(slider.highThumb());
        assertThat(low.getMaxX()).isLessThanOrEqualTo(high.getMinX());
        assertThat(high.getMinX() - low.getMaxX()).as("one year's width apart").isEqualTo(slider.pixelsPerYear(),
                org.assertj.core.api.Assertions.within(0.5));
        // Dragging the from handle past the to handle stops it at the same year.
        drag(centre(slider.lowThumb()), MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        assertThat(slider.getLow()).isEqualTo(2000);
        assertThat(box(slider.lowThumb()).getMaxX()).isLessThanOrEqualTo(box(slider.highThumb()).getMinX());
    }

    @Test
    void theWheelMovesTheNearerHandleByOneYear() {
        Point2D near = slider.localToScene(slider.xOf(slider.getLow()) + 2, 8);
        for (int notches : new int[] {1, 1, -1}) {
            interact(() -> javafx.event.Event.fireEvent(slider, new ScrollEvent(ScrollEvent.SCROLL, near.getX(),
                    near.getY(), near.getX(), near.getY(), false, false, false, false, false, false, 0, 40 * notches,
                    0, 40 * notches, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null)));
        }
        assertThat(slider.getLow()).isEqualTo(1952);
        assertThat(slider.getHigh()).isEqualTo(2026);
    }

    @Test
    void aClickOnTheTrackBringsTheNearerHandle() {
        clickOn(boundary(1970));
        assertThat(slider.getLow()).isEqualTo(1970);
        assertThat(slider.getHigh()).isEqualTo(2026);
        clickOn(boundary(2021));
        assertThat(slider.getHigh()).isEqualTo(2020);
        assertThat(slider.getLow()).isEqualTo(1970);
    }

    @Test
    void theKeysMoveTheFocusedHandleAndAssistiveTechnologyHearsASlider() {
        clickOn(slider.lowThumb());
        type(KeyCode.RIGHT);
        assertThat(slider.getLow()).isEqualTo(1952);
        type(KeyCode.PAGE_UP);
        assertThat(slider.getLow()).isEqualTo(1962);
        type(KeyCode.END);
        assertThat(slider.getLow()).isEqualTo(2026);
        type(KeyCode.HOME);
        assertThat(slider.getLow()).isEqualTo(1951);
        Node thumb = slider.highThumb();
        assertThat(thumb.getAccessibleRole()).isEqualTo(AccessibleRole.SLIDER);
        assertThat(thumb.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("To year");
        assertThat(thumb.queryAccessibleAttribute(AccessibleAttribute.VALUE)).isEqualTo(2026.0);
        assertThat((String) thumb.queryAccessibleAttribute(AccessibleAttribute.HELP)).contains("one year");
        interact(() -> thumb.executeAccessibleAction(AccessibleAction.DECREMENT));
        assertThat(slider.getHigh()).isEqualTo(2025);
        assertThat(thumb.queryAccessibleAttribute(AccessibleAttribute.MIN_VALUE)).isEqualTo(1951.0);
    }

    @Test
    void yearLabelsNeverCollideAtAnyWidth() {
        for (double width : new double[] {slider.minWidth(-1), 400, 900}) {
            resize(width);
            List<Bounds> labels = slider.lookupAll(".tick-label").stream().filter(Node::isVisible)
                    .map(Node::getBoundsInParent).sorted(java.util.Comparator.comparingDouble(Bounds::getMinX)).toList();
            assertThat(labels.size()).as("width %s", width).isGreaterThanOrEqualTo(3);
            for (int i = 1; i < labels.size(); i++) {
                assertThat(labels.get(i).getMinX()).as("width %s", width).isGreaterThan(labels.get(i - 1).getMaxX());
            }
        }
    }
}
