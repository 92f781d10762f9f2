package app.corridor.render;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;

/**
 * A surface that measures text with the bundled fonts through Java2D: the PNG, SVG and PDF
 * surfaces, so every export lays text out with the same widths.
 */
abstract class AwtMeasuredSurface implements Surface {

    protected final AwtFonts fonts;

    AwtMeasuredSurface(AwtFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public TextMeasure measure() {
        return fonts.measure();
    }

    @Override
    public double baselineOffset(TextStyle style) {
        return fonts.baselineOffset(style);
    }
}
