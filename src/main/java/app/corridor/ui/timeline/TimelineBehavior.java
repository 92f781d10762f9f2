package app.corridor.ui.timeline;

import app.corridor.layout.ClusterBox;
import app.corridor.layout.EventIndex;
import app.corridor.layout.ItemBox;
import app.corridor.layout.Lane;
import app.corridor.layout.TimeScale;
import app.corridor.model.Event;
import java.util.List;
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
 * Maps input to timeline commands, by the conventions of map and timeline tools. Over the plot the
 * wheel zooms around the pointer, Shift+wheel and sideways scrolling move in time, a drag pans
 * (and scrolls lanes); over the lane headers the wheel scrolls the lanes and the headers' right
 * edge can be dragged to resize them. Click selects, double-click opens an event or zooms in, a
 * cluster click zooms into it; trackpads pan with two fingers and zoom with a pinch. Keys come
 * from {@link KeyBindings}.
 */
final class TimelineBehavior {

    private static final double DRAG_THRESHOLD = 3;
    /** How near the lane headers' right edge the pointer grabs it. */
    private static final double HEADER_GRIP = 4;
    /** Pixels the lanes scroll per wheel notch. */
    private static final double LANE_SCROLL_PER_NOTCH = 40;

    private enum Drag { NONE, PAN, HEADER }

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;

    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressScrollY;
    private double pressHeaderWidth;
    private Drag drag = Drag.NONE;
    private boolean moved;

    private final EventHandler<KeyEvent> keys = this::keyPressed;

    TimelineBehavior(TimelineView view, TimelineSkin skin, Canvas canvas) {
        this.view = view;
        this.skin = skin;
        this.canvas = canvas;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> skin.hover(null));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        canvas.setOnMousePressed(null);
        canvas.setOnMouseDragged(null);
        canvas.setOnMouseReleased(null);
        canvas.setOnMouseMoved(null);
        canvas.setOnMouseExited(null);
        canvas.setOnScroll(null);
        canvas.setOnZoom(null);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private double plotX(double canvasX) {
        return canvasX - skin.headerWidth();
    }

    private boolean onHeaderEdge(double canvasX) {
        return Math.abs(canvasX - skin.headerWidth()) <= HEADER_GRIP;
    }

    // ---- main canvas -------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.getScale();
        pressScrollY = view.scrollYProperty().get();
        pressHeaderWidth = skin.headerWidth();
        moved = false;
        drag = e.getButton() != MouseButton.PRIMARY ? Drag.NONE : onHeaderEdge(e.getX()) ? Drag.HEADER : Drag.PAN;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (drag == Drag.NONE || !moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        if (drag == Drag.HEADER) {
            canvas.setCursor(Cursor.H_RESIZE);
            view.setLaneHeaderWidth(pressHeaderWidth + dx);
            return;
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        if (skin.brokenAxis() != null && plotX(pressX) >= 0) {
            // A drag leaves Fit all's broken axis, the time pressed staying under the pointer; a click
            // (to select an event) keeps the view as it is.
            skin.unbreak(plotX(pressX));
            pressScale = view.getScale();
        }
        skin.move(pressScale.pan(dx));
        skin.scrollLanes(pressScrollY - dy - view.scrollYProperty().get());
    }

    private void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        boolean wasDrag = moved || drag == Drag.HEADER;
        drag = Drag.NONE;
        moved = false;
        if (wasDrag || e.getButton() != MouseButton.PRIMARY || plotX(e.getX()) < 0) {
            return;
        }
        Optional<ItemBox> item = skin.itemAt(e.getX(), e.getY());
        if (e.getClickCount() >= 2) {
            if (item.isPresent()) {
                view.setSelectedEvent(item.get().event());
                view.fireOpen(item.get().event());
            } else {
                skin.zoomAround(KeyBindings.DOUBLE_CLICK_ZOOM, plotX(e.getX()));
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
            view.request(new ViewRequest.ShowRange(c.start() - pad, c.end() + pad, true));
            return;
        }
        view.setSelectedEvent(null);
    }

    private void moved(MouseEvent e) {
        if (onHeaderEdge(e.getX())) {
            skin.hover(null);
            canvas.setCursor(Cursor.H_RESIZE);
            return;
        }
        Optional<ItemBox> item = skin.itemAt(e.getX(), e.getY());
        boolean overCluster = item.isEmpty() && skin.clusterAt(e.getX(), e.getY()).isPresent();
        skin.hover(item.map(ItemBox::event).orElse(null));
        canvas.setCursor(item.isPresent() || overCluster ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        boolean trackpad = e.getTouchCount() > 0 || e.isInertia();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            // Shift+wheel: most platforms turn it sideways themselves; where they do not, do it here.
            dx = dy;
            dy = 0;
        }
        if (plotX(e.getX()) < 0) {
            // Over the lane headers: the wheel scrolls the lanes, as in any list.
            double notches = dy / Math.max(1, Math.abs(e.getMultiplierY()));
            skin.scrollLanes(trackpad ? -dy : -notches * LANE_SCROLL_PER_NOTCH);
        } else if (trackpad) {
            // Two fingers move the view: sideways moves in time, up/down scrolls the lanes.
            if (dx != 0) {
                skin.unbreak(plotX(e.getX()));
                skin.move(view.getScale().pan(dx));
            }
            if (dy != 0) {
                skin.scrollLanes(-dy);
            }
        } else if (dx != 0) {
            skin.unbreak(plotX(e.getX()));
            skin.move(view.getScale().pan(dx));
        } else if (dy != 0) {
            double notches = dy / Math.max(1, Math.abs(e.getMultiplierY()));
            skin.zoomAround(Math.pow(KeyBindings.WHEEL_ZOOM_PER_NOTCH, notches), plotX(e.getX()));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        skin.zoomAround(e.getZoomFactor(), plotX(e.getX()));
        e.consume();
    }

    // ---- keyboard ----------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        Optional<KeyBindings.Command> command = KeyBindings.commandFor(e);
        if (command.isEmpty()) {
            return;
        }
        switch (command.get()) {
            case PREVIOUS -> step(-1);
            case NEXT -> step(1);
            case LANE_ABOVE -> changeLane(-1);
            case LANE_BELOW -> changeLane(1);
            case ZOOM_IN -> skin.zoomAround(KeyBindings.ZOOM_STEP, Double.NaN);
            case ZOOM_OUT -> skin.zoomAround(1 / KeyBindings.ZOOM_STEP, Double.NaN);
            case FIT_ALL -> view.fitAll();
            case FIRST -> selectAt(0);
            case LAST -> selectAt(view.indexProperty().get().size() - 1);
            case OPEN -> {
                if (view.getSelectedEvent() != null) {
                    view.fireOpen(view.getSelectedEvent());
                }
            }
            case CLEAR_SELECTION -> view.setSelectedEvent(null);
        }
        e.consume();
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
        int at = current == null ? -1 : index.indexOf(current);
        if (at < 0) {
            int first = Math.min(index.size() - 1, index.firstEndingFrom(view.getScale().time(0)));
            select(index.get(first));
            return;
        }
        int next = Math.max(0, Math.min(index.size() - 1, at + direction));
        select(index.get(next));
    }

    /** The event in the lane above or below nearest in time to the selection. */
    private void changeLane(int direction) {
        Event current = view.getSelectedEvent();
        List<Lane> lanes = skin.lanes();
        if (current == null || lanes.isEmpty()) {
            step(1);
            return;
        }
        int laneIndex = skin.laneOf(current);
        int target = laneIndex + direction;
        if (laneIndex < 0 || target < 0 || target >= lanes.size()) {
            return;
        }
        EventIndex lane = lanes.get(target).events();
        int nearest = lane.nearestStart(current.date().startEpochDay());
        if (nearest >= 0) {
            select(lane.get(nearest));
        }
    }
}
