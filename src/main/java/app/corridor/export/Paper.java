package app.corridor.export;

import java.util.Locale;
import java.util.Objects;

/**
 * A sheet for the PDF export: a size and an orientation, measured in PostScript points (1/72 inch).
 */
public record Paper(Size size, Orientation orientation) {

    /** ISO and US sheet sizes, portrait, in points. */
    public enum Size {
        A4(595.276, 841.890), A3(841.890, 1190.551), LETTER(612, 792);

        private final double shortSide;
        private final double longSide;

        Size(double shortSide, double longSide) {
            this.shortSide = shortSide;
            this.longSide = longSide;
        }

        /** The size called {@code name} ({@code a4}, {@code A3}, {@code letter}). */
        public static Size named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Landscape suits a timeline (long time axis); portrait suits many lanes over a short span. */
    public enum Orientation { LANDSCAPE, PORTRAIT }

    /** A4 landscape: the default sheet. */
    public static final Paper A4_LANDSCAPE = new Paper(Size.A4, Orientation.LANDSCAPE);

    public Paper {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** Width of the sheet in points. */
    public double widthPt() {
        return orientation == Orientation.LANDSCAPE ? size.longSide : size.shortSide;
    }

    /** Height of the sheet in points. */
    public double heightPt() {
        return orientation == Orientation.LANDSCAPE ? size.shortSide : size.longSide;
    }

    @Override
    public String toString() {
        return size.name() + " " + orientation.name().toLowerCase(Locale.ROOT);
    }
}
