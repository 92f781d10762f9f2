package app.corridor.ui.timeline;

import app.corridor.layout.ClusterBox;
import app.corridor.layout.EventIndex;
import app.corridor.layout.ItemBox;
import app.corridor.layout.Lane;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Maps input to timeline commands. Mouse: wheel zooms around the pointer, drag pans (and scrolls
 * lanes), click selects, double-click opens an event or zooms in, a cluster click zooms into it;
 * trackpad two-finger scroll pans and pinch zooms. Overview: drag the window to move it, its edges
 * to resize it, click elsewhere to jump. Keys: ←/→ previous/next event in time, ↑/↓ nearest event in
 * the lane above/below, +/− zoom, 0 fit, Home/End first/last, Enter open, Esc clear.
 */
final class TimelineBehavior {

    static final double WHEEL_ZOOM_PER_NOTCH = 1.25;
    private static final double DRAG_THRESHOLD = 3;
    private static final double EDGE_GRIP = 6;

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;
    private final Canvas overview;

    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressScrollY;
    private boolean dragging;

    private double windowLeft;
    private double windowRight;
    private TimeScale overviewScale;
    private OverviewDrag overviewDrag = OverviewDrag.NONE;
    private double overviewPressX;
    private double overviewPressLeft;
    private double overviewPressRight;

    private enum OverviewDrag { NONE, MOVE, LEFT, RIGHT }

    private final EventHandler<KeyEvent> keys = this::keyPressed;

    TimelineBehavior(TimelineView view, TimelineSkin skin, Canvas canvas, Canvas overview) {
        this.view = view;
        this.skin = skin;
        this.canvas = canvas;
        this.overview = overview;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> skin.hover(null));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
        overview.setOnMousePressed(this::overviewPressed);
        overview.setOnMouseDragged(this::overviewDragged);
        overview.setOnMouseReleased(e -> overviewDrag = OverviewDrag.NONE);
        overview.setOnMouseMoved(this::overviewMoved);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        for (Canvas c : new Canvas[] {canvas, overview}) {
            c.setOnMousePressed(null);
            c.setOnMouseDragged(null);
            c.setOnMouseReleased(null);
            c.setOnMouseMoved(null);
        }
        canvas.setOnMouseExited(null);
        canvas.setOnScroll(null);
        canvas.setOnZoom(null);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private double plotX(double canvasX) {
        return canvasX - LayoutStyle.standard().gutterWidth();
    }

    // ---- main canvas -------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.getScale();
        pressScrollY = view.scrollYProperty().get();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        canvas.setCursor(Cursor.CLOSED_HAND);
        view.setScale(pressScale.pan(dx));
        view.scrollYProperty().set(Math.max(0, pressScrollY - dy));
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        Optional<ItemBox> item = skin.itemAt(e.getX(), e.getY());
        if (e.getClickCount() >= 2) {
            if (item.isPresent()) {
                view.setSelectedEvent(item.get().event());
                view.fireOpen(item.get().event());
            } else {
                skin.zoomAround(2, plotX(e.getX()));
            }
            return;
        }
        if (item.isPresent()) {
            view.setSelectedEvent(item.get().event());
            return;
        }
        Optional<ClusterBox> cluster = skin.clusterAt(e.getX(), e.getY());
        if (cluster.isPresent()) {
            ClusterBox c = cluster.get();
            double pad = Math.max(1, (c.end() - c.start()) * 0.15);
            skin.showRange(c.start() - pad, c.end() + pad);
            return;
        }
        if (plotX(e.getX()) >= 0) {
            view.setSelectedEvent(null);
        }
    }

    private void moved(MouseEvent e) {
        Optional<ItemBox> item = skin.itemAt(e.getX(), e.getY());
        boolean overCluster = item.isEmpty() && skin.clusterAt(e.getX(), e.getY()).isPresent();
        skin.hover(item.map(ItemBox::event).orElse(null));
        canvas.setCursor(item.isPresent() || overCluster ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        boolean trackpad = e.getTouchCount() > 0 || e.isInertia();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (trackpad || e.isShiftDown()) {
            // Two fingers (or Shift+wheel) move the view: sideways pans time, up/down scrolls lanes.
            if (dx != 0) {
                view.setScale(view.getScale().pan(dx));
            }
            if (dy != 0 && !e.isShiftDown()) {
                view.scrollYProperty().set(Math.max(0, view.scrollYProperty().get() - dy));
            } else if (dy != 0) {
                view.setScale(view.getScale().pan(dy));
            }
        } else if (dy != 0) {
            double notches = dy / Math.max(1, Math.abs(e.getMultiplierY()));
            skin.zoomAround(Math.pow(WHEEL_ZOOM_PER_NOTCH, notches), plotX(e.getX()));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        skin.zoomAround(e.getZoomFactor(), plotX(e.getX()));
        e.consume();
    }

    // ---- overview ----------------------------------------------------------------------------------

    /** Called after each overview paint with where the main view's window is drawn. */
    void overviewWindow(double left, double right, TimeScale scale) {
        windowLeft = left;
        windowRight = right;
        overviewScale = scale;
    }

    private OverviewDrag gripAt(double x) {
        if (Math.abs(x - windowLeft) <= EDGE_GRIP) {
            return OverviewDrag.LEFT;
        }
        if (Math.abs(x - windowRight) <= EDGE_GRIP) {
            return OverviewDrag.RIGHT;
        }
        return x > windowLeft && x < windowRight ? OverviewDrag.MOVE : OverviewDrag.NONE;
    }

    private void overviewMoved(MouseEvent e) {
        OverviewDrag grip = gripAt(e.getX());
        overview.setCursor(grip == OverviewDrag.LEFT || grip == OverviewDrag.RIGHT ? Cursor.H_RESIZE
                : grip == OverviewDrag.MOVE ? Cursor.OPEN_HAND : Cursor.HAND);
    }

    private void overviewPressed(MouseEvent e) {
        view.requestFocus();
        if (overviewScale == null) {
            return;
        }
        overviewDrag = gripAt(e.getX());
        if (overviewDrag == OverviewDrag.NONE) {
            // Jump: centre the window on the click, then drag it from there.
            double half = (windowRight - windowLeft) / 2;
            showOverviewWindow(e.getX() - half, e.getX() + half);
            overviewDrag = OverviewDrag.MOVE;
        }
        overviewPressX = e.getX();
        overviewPressLeft = windowLeft;
        overviewPressRight = windowRight;
    }

    private void overviewDragged(MouseEvent e) {
        double dx = e.getX() - overviewPressX;
        switch (overviewDrag) {
            case MOVE -> showOverviewWindow(overviewPressLeft + dx, overviewPressRight + dx);
            case LEFT -> showOverviewWindow(Math.min(overviewPressLeft + dx, overviewPressRight - 4), overviewPressRight);
            case RIGHT -> showOverviewWindow(overviewPressLeft, Math.max(overviewPressRight + dx, overviewPressLeft + 4));
            default -> { }
        }
    }

    /** Makes the main view show what lies between overview x {@code left} and {@code right}. */
    private void showOverviewWindow(double left, double right) {
        double start = overviewScale.time(left);
        double end = overviewScale.time(right);
        double px = skin.limits().clamp(skin.plotWidth() / Math.max(1e-3, end - start));
        double centre = (start + end) / 2;
        view.setScale(new TimeScale(centre - skin.plotWidth() / 2 / px, px));
    }

    // ---- keyboard ----------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> step(-1);
            case RIGHT, KP_RIGHT -> step(1);
            case UP, KP_UP -> changeLane(-1);
            case DOWN, KP_DOWN -> changeLane(1);
            case PLUS, EQUALS, ADD -> skin.zoomAround(1.5, Double.NaN);
            case MINUS, SUBTRACT -> skin.zoomAround(1 / 1.5, Double.NaN);
            case DIGIT0, NUMPAD0 -> view.fitAll();
            case HOME -> selectAt(0);
            case END -> selectAt(view.indexProperty().get().size() - 1);
            case ENTER -> {
                if (view.getSelectedEvent() != null) {
                    view.fireOpen(view.getSelectedEvent());
                }
            }
            case ESCAPE -> view.setSelectedEvent(null);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void selectAt(int i) {
        EventIndex index = view.indexProperty().get();
        if (i >= 0 && i < index.size()) {
            select(index.get(i));
        }
    }

    private void select(Event event) {
        view.setSelectedEvent(event);
        skin.reveal(event);
    }

    /** Previous or next event in time; with nothing selected, the first one in view (or the first). */
    private void step(int direction) {
        EventIndex index = view.indexProperty().get();
        if (index.size() == 0) {
            return;
        }
        Event current = view.getSelectedEvent();
        int at = current == null ? -1 : index.all().indexOf(current);
        if (at < 0) {
            double left = view.getScale().time(0);
            int first = 0;
            while (first < index.size() - 1 && index.end(first) < left) {
                first++;
            }
            select(index.get(first));
            return;
        }
        int next = Math.max(0, Math.min(index.size() - 1, at + direction));
        select(index.get(next));
    }

    /** The event in the lane above or below nearest in time to the selection. */
    private void changeLane(int direction) {
        Event current = view.getSelectedEvent();
        var lanes = skin.lanes();
        if (current == null || lanes.isEmpty()) {
            step(1);
            return;
        }
        int laneIndex = -1;
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).events().all().contains(current)) {
                laneIndex = i;
                break;
            }
        }
        int target = laneIndex + direction;
        if (laneIndex < 0 || target < 0 || target >= lanes.size()) {
            return;
        }
        Lane lane = lanes.get(target);
        double t = current.date().startEpochDay();
        Event best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Event candidate : lane.events().all()) {
            double d = Math.abs(candidate.date().startEpochDay() - t);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best != null) {
            select(best);
        }
    }
}
