package app.corridor.layout;

import app.corridor.model.Event;
import java.util.List;

/**
 * One event as laid out in one lane. x are canvas pixels; {@code y} is the top of its row.
 *
 * @param x0          left of the glyph (a point's centre minus its radius)
 * @param x1          right of the glyph
 * @param height      the rows it takes: one, or more when its title is wrapped onto more lines
 * @param label       the (possibly shortened) title to draw, or "" when there was no room
 * @param labelX      where the label starts
 * @param labelInside true when the label is drawn over a bar or span rather than beside it
 * @param hitLeft     left of everything the item occupies, label included (for hit tests)
 * @param hitRight    right of everything the item occupies
 * @param lines       the label broken into lines (exports write titles whole, wrapped); one line,
 *                    or none, on screen
 * @param notes       footnote numbers of the sources the event quotes, drawn as [1] [2] after the
 *                    label; empty on screen
 */
public record ItemBox(Event event, int lane, int row, ItemShape shape, double x0, double x1, double y,
                      double height, String label, double labelX, boolean labelInside, double hitLeft,
                      double hitRight, List<String> lines, List<Integer> notes) {

    public ItemBox {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** An item with a one-line label and no footnotes, as the screen lays it out. */
    public ItemBox(Event event, int lane, int row, ItemShape shape, double x0, double x1, double y, double height,
                   String label, double labelX, boolean labelInside, double hitLeft, double hitRight) {
        this(event, lane, row, shape, x0, x1, y, height, label, labelX, labelInside, hitLeft, hitRight,
                label.isEmpty() ? List.of() : List.of(label), List.of());
    }

    /** The x of a point's centre, or the middle of a bar or span. */
    public double centerX() {
        return (x0 + x1) / 2;
    }

    public boolean contains(double x, double py) {
        return x >= hitLeft && x <= hitRight && py >= y && py < y + height;
    }
}
