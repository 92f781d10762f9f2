package app.corridor.layout;

import app.corridor.model.Event;

/**
 * One event as laid out in one lane. x are canvas pixels; {@code y} is the top of its row.
 *
 * @param x0          left of the glyph (a point's centre minus its radius)
 * @param x1          right of the glyph
 * @param label       the (possibly shortened) title to draw, or "" when there was no room
 * @param labelX      where the label starts
 * @param labelInside true when the label is drawn over a bar or span rather than beside it
 * @param hitLeft     left of everything the item occupies, label included (for hit tests)
 * @param hitRight    right of everything the item occupies
 */
public record ItemBox(Event event, int lane, int row, ItemShape shape, double x0, double x1, double y,
                      double height, String label, double labelX, boolean labelInside, double hitLeft,
                      double hitRight) {

    /** The x of a point's centre, or the middle of a bar or span. */
    public double centerX() {
        return (x0 + x1) / 2;
    }

    public boolean contains(double x, double py) {
        return x >= hitLeft && x <= hitRight && py >= y && py < y + height;
    }
}
