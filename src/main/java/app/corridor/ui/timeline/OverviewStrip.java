package app.corridor.ui.timeline;

import app.corridor.layout.EventIndex;
import app.corridor.layout.Overview;
import app.corridor.layout.TimeScale;
import app.corridor.render.OverviewPainter;
import app.corridor.render.Theme;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The strip under the timeline: the density of events over the whole span and the main view's
 * window as a handle. Drag the window to move it, its grips to resize it; a click elsewhere moves
 * the window there. A drag that starts outside the window does nothing: a stray drag must not
 * fling the view across decades.
 */
final class OverviewStrip {

    /** The strip's height when shown. */
    static final double HEIGHT = 64;
    private static final double GRIP = 7;
    private static final double DRAG_THRESHOLD = 3;
    /** The narrowest the window can be resized to, in strip pixels. */
    private static final double MIN_WINDOW = 6;

    private enum Grip { NONE, MOVE, LEFT, RIGHT }

    private final TimelineSkin skin;
    private final Canvas canvas = new Canvas();
    private final OverviewPainter painter = new OverviewPainter();
    private Overview overview;
    /** What {@link #overview} counted as every event: a filter change keeps its columns. */
    private EventIndex countedAll;
    /** Only the filtered events changed since {@link #overview} was made. */
    private boolean matchesStale;
    private double windowLeft = Double.NaN;
    private double windowRight = Double.NaN;

    private Grip grip = Grip.NONE;
    private double pressX;
    private double pressLeft;
    private double pressRight;
    private boolean dragged;

    OverviewStrip(TimelineSkin skin) {
        this.skin = skin;
        canvas.getStyleClass().add("timeline-overview");
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> canvas.setCursor(cursorFor(gripAt(e.getX()))));
    }

    Canvas canvas() {
        return canvas;
    }

    /** The histogram must be counted again: the events, the filters or the width changed. */
    void invalidate() {
        overview = null;
    }

    /** Only the filtered events changed: every event's columns and the axis stand. */
    void matchesChanged() {
        matchesStale = true;
    }

    /** The overview as last built, for tests. */
    Overview overview() {
        return overview;
    }

    void dispose() {
        canvas.setOnMousePressed(null);
        canvas.setOnMouseDragged(null);
        canvas.setOnMouseReleased(null);
        canvas.setOnMouseMoved(null);
    }

    void paint(EventIndex all, EventIndex matching, TimeScale main, double plotWidth, Theme theme, FxFonts fonts,
               app.corridor.i18n.CalendarWords words, java.time.LocalDate today) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        // Without any event, the strip's span is the matches': nothing stands.
        if (overview == null || overview.width() != w || all != countedAll || matchesStale && all.size() == 0) {
            overview = Overview.build(all, matching, w, fonts.measure(), today, words);
        } else if (matchesStale) {
            overview = overview.withMatching(matching);
        }
        countedAll = all;
        matchesStale = false;
        boolean empty = all.size() == 0 && matching.size() == 0;
        windowLeft = empty ? Double.NaN : overview.scale().x(main.time(0));
        windowRight = empty ? Double.NaN : overview.scale().x(main.time(plotWidth));
        painter.paint(overview, new FxSurface(canvas.getGraphicsContext2D(), fonts), theme, h, windowLeft, windowRight);
    }

    // ---- input ------------------------------------------------------------------------------------

    private Grip gripAt(double x) {
        if (overview == null || Double.isNaN(windowLeft)) {
            return Grip.NONE;
        }
        // A narrow window keeps a middle to grab: the grips give way to it.
        double grip = Math.min(GRIP, Math.max(2, (windowRight - windowLeft) / 3));
        if (Math.abs(x - windowLeft) <= grip) {
            return Grip.LEFT;
        }
        if (Math.abs(x - windowRight) <= grip) {
            return Grip.RIGHT;
        }
        return x > windowLeft && x < windowRight ? Grip.MOVE : Grip.NONE;
    }

    private static Cursor cursorFor(Grip g) {
        return switch (g) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.OPEN_HAND;
            case NONE -> Cursor.HAND;
        };
    }

    private void pressed(MouseEvent e) {
        skin.getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        grip = gripAt(e.getX());
        pressX = e.getX();
        pressLeft = windowLeft;
        pressRight = windowRight;
        dragged = false;
        if (grip == Grip.MOVE) {
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        if (!dragged && Math.abs(dx) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        switch (grip) {
            case MOVE -> show(pressLeft + dx, pressRight + dx);
            case LEFT -> show(Math.min(pressLeft + dx, pressRight - MIN_WINDOW), pressRight);
            case RIGHT -> show(pressLeft, Math.max(pressRight + dx, pressLeft + MIN_WINDOW));
            case NONE -> { } // started outside the window: not a gesture we act on
        }
    }

    private void released(MouseEvent e) {
        canvas.setCursor(cursorFor(gripAt(e.getX())));
        if (e.getButton() == MouseButton.PRIMARY && !dragged && grip == Grip.NONE && overview != null
                && !Double.isNaN(windowLeft)) {
            // A click beside the window moves the window there, at the same zoom.
            double half = (windowRight - windowLeft) / 2;
            skin.showOverviewWindow(overview.scale().time(e.getX() - half), overview.scale().time(e.getX() + half),
                    true);
        }
        grip = Grip.NONE;
        dragged = false;
    }

    private void show(double left, double right) {
        if (overview != null) {
            skin.showOverviewWindow(overview.scale().time(left), overview.scale().time(right), false);
        }
    }
}
