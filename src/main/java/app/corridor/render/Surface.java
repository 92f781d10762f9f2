package app.corridor.render;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;

/**
 * What the painter draws on: the screen's canvas, a PNG, an SVG or a PDF. Coordinates are pixels
 * with y down; text is drawn at its baseline. One painter over many surfaces keeps every output
 * looking the same.
 */
public interface Surface {

    /** Measures text the way this surface will draw it. */
    TextMeasure measure();

    /** Distance from a text line's vertical centre down to its baseline, for centring text in a row. */
    double baselineOffset(TextStyle style);

    void fillRect(double x, double y, double w, double h, Rgba fill);

    void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill);

    /** @param dashes dash and gap lengths, or null for a solid line */
    void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lineWidth,
                         double[] dashes);

    /** @param dashes dash and gap lengths, or null for a solid line */
    void line(double x1, double y1, double x2, double y2, Rgba stroke, double lineWidth, double[] dashes);

    void fillPolygon(double[] xs, double[] ys, Rgba fill);

    void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lineWidth);

    /** Draws {@code text} starting at {@code x} with its baseline at {@code y}. */
    void text(String text, double x, double y, TextStyle style, Rgba color);

    /**
     * False when nothing drawn from {@code top} down to {@code bottom} (text by its baseline) can be
     * kept: a strip of a tall PNG, or one sheet of a PDF, keeps one band of the page. A painter skips
     * what lies wholly outside it; drawing every event on every strip made a tall export's time grow
     * with the square of its events.
     */
    default boolean shows(double top, double bottom) {
        return bottom >= keptTop() && top <= keptBottom();
    }

    /** The top of the band {@link #shows} keeps; minus infinity on a surface that keeps every height. */
    default double keptTop() {
        return Double.NEGATIVE_INFINITY;
    }

    /** The bottom of the band {@link #shows} keeps; infinity on a surface that keeps every height. */
    default double keptBottom() {
        return Double.POSITIVE_INFINITY;
    }

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();

    /**
     * Starts a group of drawing that belongs to one event; vector surfaces keep it as one element
     * with {@code id} and {@code title} (so an SVG has one element per event).
     */
    default void beginGroup(String id, String cssClass, String title) {
    }

    default void endGroup() {
    }

    /**
     * Makes what is drawn until {@link #endLink()} a link to the anchor {@code target} (an SVG
     * {@code <a href="#target">}); surfaces without links ignore it.
     */
    default void beginLink(String target) {
    }

    default void endLink() {
    }

    /** Names what is drawn until {@link #endAnchor()} {@code id}, the target of links. */
    default void beginAnchor(String id) {
    }

    default void endAnchor() {
    }
}
