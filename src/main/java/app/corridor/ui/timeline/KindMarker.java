package app.corridor.ui.timeline;

import app.corridor.model.EventKind;
import app.corridor.render.Theme;
import app.corridor.render.TimelinePainter;
import javafx.scene.canvas.Canvas;

/** A kind's marker as a small node, drawn by the timeline's own painter: for legends and lists. */
public final class KindMarker {

    private static final double SIZE = 16;

    private KindMarker() {
    }

    /** The marker of {@code kind} in the light or dark theme's colours. */
    public static Canvas node(EventKind kind, boolean dark) {
        Canvas canvas = new Canvas(SIZE, SIZE);
        Theme theme = dark ? Theme.dark() : Theme.light();
        // Markers draw no text, so the surface needs no fonts.
        new TimelinePainter().paintMarker(new FxSurface(canvas.getGraphicsContext2D(), null), theme, kind,
                SIZE / 2, SIZE / 2, 5.5);
        canvas.getStyleClass().add("kind-marker");
        return canvas;
    }
}
