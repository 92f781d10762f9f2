package app.corridor.ui;

import app.corridor.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A range of whole years picked with two handles. Each year is a stretch of the track, so a
 * one-year range still shows as a bar, and the handles sit outside the range (the "from" handle
 * left of its year, the "to" handle right of its year): they meet when the range is one year and
 * never overlap. Dragging moves a handle by whole years (the year under the pointer); the wheel
 * over the slider moves the nearer handle, or the focused one, by exactly one year; a click on the
 * track brings the nearer handle there. With the keyboard, each handle moves by one year with the
 * arrows, ten with Page Up/Down, to the end with Home/End. Labels under the track are spaced so
 * they never collide.
 */
final class YearRangeSlider extends Region {

    private static final double THUMB = 16;
    private static final double TRACK = 4;
    private static final double LABEL_GAP = 4;
    private static final int[] LABEL_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};
    private static final int PAGE = 10;

    private final IntegerProperty min = new SimpleIntegerProperty(this, "min", 1950);
    private final IntegerProperty max = new SimpleIntegerProperty(this, "max", 2025);
    private final IntegerProperty low = new SimpleIntegerProperty(this, "low", 1950);
    private final IntegerProperty high = new SimpleIntegerProperty(this, "high", 2025);
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(this, "changing", false);

    private final Region track = new Region();
    private final Region range = new Region();
    private final Messages words;
    private final Thumb lowThumb;
    private final Thumb highThumb;
    private final List<Text> labels = new ArrayList<>();
    /** Never shown: it takes the labels' font from CSS, so they can be measured before they are placed. */
    private final Text probe = new Text("2000");
    private String labelsKey = "";
    /** During a drag: the pointer's distance from the dragged handle's year boundary when pressed. */
    private double grab;
    private Thumb dragged;

    /** A slider whose handles speak English to screen readers. */
    YearRangeSlider() {
        this(Messages.english());
    }

    /** A slider whose handles are named in {@code words}' language. */
    YearRangeSlider(Messages words) {
        this.words = words;
        lowThumb = new Thumb(true);
        highThumb = new Thumb(false);
        // Years run left to right like the time axis, also in a right-to-left window.
        setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        getStyleClass().add("year-range-slider");
        track.getStyleClass().add("track");
        range.getStyleClass().add("range-bar");
        track.setMouseTransparent(true);
        range.setMouseTransparent(true);
        probe.getStyleClass().add("tick-label");
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setTextOrigin(VPos.TOP);
        getChildren().addAll(probe, track, range, lowThumb, highThumb);
        for (IntegerProperty p : List.of(min, max, low, high)) {
            p.addListener((o, a, b) -> requestLayout());
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragged = null;
            changing.set(false);
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    // ---- properties --------------------------------------------------------------------------------

    IntegerProperty minProperty() {
        return min;
    }

    IntegerProperty maxProperty() {
        return max;
    }

    /** The first year of the range. */
    IntegerProperty lowProperty() {
        return low;
    }

    /** The last year of the range (inclusive). */
    IntegerProperty highProperty() {
        return high;
    }

    int getLow() {
        return low.get();
    }

    int getHigh() {
        return high.get();
    }

    /** True while a handle is being dragged: listeners may wait for the drag to end. */
    ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    /** Sets the bounds and the range at once, each kept inside the others. */
    void set(int newMin, int newMax, int newLow, int newHigh) {
        min.set(newMin);
        max.set(Math.max(newMin, newMax));
        int l = clamp(newLow, min.get(), max.get());
        int h = clamp(newHigh, l, max.get());
        low.set(l);
        high.set(h);
    }

    Region lowThumb() {
        return lowThumb;
    }

    Region highThumb() {
        return highThumb;
    }

    // ---- geometry ----------------------------------------------------------------------------------

    private int years() {
        return max.get() - min.get() + 1;
    }

    private double trackStart() {
        return snappedLeftInset() + THUMB;
    }

    private double trackEnd() {
        return getWidth() - snappedRightInset() - THUMB;
    }

    /** Pixels per year at the current width. */
    double pixelsPerYear() {
        return Math.max(0, trackEnd() - trackStart()) / years();
    }

    /** The x of the start of {@code year} (the end of a year is the start of the next). */
    double xOf(int year) {
        return trackStart() + (year - min.get()) * pixelsPerYear();
    }

    /** The year boundary nearest to {@code x}: 0 is the start of the first year. */
    private int boundaryAt(double x) {
        double ppy = pixelsPerYear();
        return ppy <= 0 ? 0 : (int) Math.round((x - trackStart()) / ppy);
    }

    private double trackY() {
        return snappedTopInset() + THUMB / 2;
    }

    @Override
    protected void layoutChildren() {
        double y = trackY();
        double x0 = trackStart();
        double x1 = trackEnd();
        track.resizeRelocate(x0, y - TRACK / 2, Math.max(0, x1 - x0), TRACK);
        double lowX = xOf(low.get());
        double highX = xOf(high.get() + 1);
        range.resizeRelocate(lowX, y - TRACK / 2, Math.max(1, highX - lowX), TRACK);
        lowThumb.resizeRelocate(lowX - THUMB, y - THUMB / 2, THUMB, THUMB);
        highThumb.resizeRelocate(highX, y - THUMB / 2, THUMB, THUMB);
        layoutLabels(y + THUMB / 2 + LABEL_GAP);
    }

    /** Year labels under the track, at a step that leaves a label's width of room between them. */
    private void layoutLabels(double top) {
        String key = getWidth() + ":" + min.get() + ":" + max.get() + ":" + probe.getFont();
        if (key.equals(labelsKey)) {
            return;
        }
        labelsKey = key;
        getChildren().removeAll(labels);
        labels.clear();
        probe.setText(Integer.toString(max.get()));
        double room = probe.getLayoutBounds().getWidth() * 1.6;
        int step = LABEL_STEPS[LABEL_STEPS.length - 1];
        for (int s : LABEL_STEPS) {
            if (s * pixelsPerYear() >= room) {
                step = s;
                break;
            }
        }
        int first = (int) Math.ceil(min.get() / (double) step) * step;
        for (int year = first; year <= max.get(); year += step) {
            Text t = new Text(Integer.toString(year));
            t.getStyleClass().add("tick-label");
            t.setMouseTransparent(true);
            t.setFont(probe.getFont());
            t.setTextOrigin(VPos.TOP);
            double w = t.getLayoutBounds().getWidth();
            double x = xOf(year) + pixelsPerYear() / 2 - w / 2;
            if (x < snappedLeftInset() || x + w > getWidth() - snappedRightInset()) {
                continue;
            }
            t.relocate(x, top);
            labels.add(t);
        }
        getChildren().addAll(labels);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * THUMB + Math.max(220, Math.min(480, years() * 6.0));
    }

    /** Room for at least three pixels a year, so the mouse can still pick every year. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * THUMB + Math.max(160, Math.min(300, years() * 3.0));
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + THUMB + LABEL_GAP + probe.getLayoutBounds().getHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    // ---- input -------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        Thumb thumb = e.getTarget() == lowThumb ? lowThumb : e.getTarget() == highThumb ? highThumb : null;
        if (thumb == null) {
            // A click on the track brings the nearer handle there.
            int boundary = boundaryAt(e.getX());
            double middle = (xOf(low.get()) + xOf(high.get() + 1)) / 2;
            thumb = e.getX() < middle ? lowThumb : highThumb;
            grab = 0;
            moveTo(thumb, boundary);
        } else {
            grab = e.getX() - (thumb.low ? xOf(low.get()) : xOf(high.get() + 1));
        }
        dragged = thumb;
        changing.set(true);
        thumb.requestFocus();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragged != null) {
            moveTo(dragged, boundaryAt(e.getX() - grab));
            e.consume();
        }
    }

    /** Moves {@code thumb} to year boundary {@code boundary} (0: the start of the first year). */
    private void moveTo(Thumb thumb, int boundary) {
        if (thumb.low) {
            low.set(clamp(min.get() + boundary, min.get(), high.get()));
        } else {
            high.set(clamp(min.get() + boundary - 1, low.get(), max.get()));
        }
    }

    private void scrolled(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta == 0) {
            return;
        }
        Thumb thumb = highThumb.isFocused() ? highThumb : lowThumb.isFocused() ? lowThumb
                : Math.abs(e.getX() - xOf(low.get())) <= Math.abs(e.getX() - xOf(high.get() + 1)) ? lowThumb : highThumb;
        thumb.step(delta > 0 ? 1 : -1);
        e.consume();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** A handle: focusable, moved by keys, and a slider to assistive technology. */
    private final class Thumb extends Region {
        private final boolean low;

        Thumb(boolean low) {
            this.low = low;
            getStyleClass().addAll("thumb", low ? "low-thumb" : "high-thumb");
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.SLIDER);
            setAccessibleText(words.get(low ? "filter.from-year" : "filter.to-year"));
            setAccessibleHelp(words.get("slider.help"));
            addEventHandler(KeyEvent.KEY_PRESSED, this::key);
            (low ? YearRangeSlider.this.low : high).addListener((o, a, b) ->
                    notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE));
        }

        private int value() {
            return low ? YearRangeSlider.this.low.get() : high.get();
        }

        void step(int years) {
            setValue(value() + years);
        }

        private void setValue(int year) {
            if (low) {
                YearRangeSlider.this.low.set(clamp(year, min.get(), high.get()));
            } else {
                high.set(clamp(year, YearRangeSlider.this.low.get(), max.get()));
            }
        }

        private void key(KeyEvent e) {
            switch (e.getCode()) {
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> step(-1);
                case RIGHT, UP, KP_RIGHT, KP_UP -> step(1);
                case PAGE_DOWN -> step(-PAGE);
                case PAGE_UP -> step(PAGE);
                case HOME -> setValue(min.get());
                case END -> setValue(max.get());
                default -> {
                    return;
                }
            }
            e.consume();
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case VALUE -> (double) value();
                case MIN_VALUE -> (double) (low ? min.get() : YearRangeSlider.this.low.get());
                case MAX_VALUE -> (double) (low ? high.get() : max.get());
                case ORIENTATION -> Orientation.HORIZONTAL;
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            switch (action) {
                case INCREMENT -> step(1);
                case DECREMENT -> step(-1);
                case BLOCK_INCREMENT -> step(PAGE);
                case BLOCK_DECREMENT -> step(-PAGE);
                case SET_VALUE -> setValue((int) Math.round((Double) parameters[0]));
                default -> super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
