package app.corridor.ui.timeline;

import app.corridor.model.EventKind;
import app.corridor.render.Theme;
import javafx.scene.shape.Polygon;

/**
 * A kind's marker as a small shape, the timeline's own outline for the kind, coloured by the kind's
 * CSS token (see {@link KindColors}): for legends and lists. A theme switch recolours it in place.
 */
public final class KindMarker {

    private static final double RADIUS = 5.5;

    private KindMarker() {
    }

    /** The marker of {@code kind}. */
    public static Polygon node(EventKind kind) {
        return node(kind, false);
    }

    /** The marker of {@code kind}, hollow when {@code approximate} (as the timeline draws such dates). */
    public static Polygon node(EventKind kind, boolean approximate) {
        double[][] p = Theme.light().shape(kind).polygon(0, 0, RADIUS);
        Polygon shape = new Polygon();
        for (int i = 0; i < p[0].length; i++) {
            shape.getPoints().addAll(p[0][i], p[1][i]);
        }
        shape.getStyleClass().addAll("kind-marker", KindColors.styleClass(kind));
        if (approximate) {
            shape.getStyleClass().add("approximate");
        }
        shape.setAccessibleText(kind.label());
        return shape;
    }
}
