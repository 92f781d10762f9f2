package app.corridor.render;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled fonts as Java2D fonts, and text measured with them: what the PNG, SVG and PDF exports
 * draw and lay out with. Loading a font file is slow, so faces are loaded once per process.
 */
public final class AwtFonts {

    private static final Map<String, Font> FACES = new ConcurrentHashMap<>();
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);

    public AwtFonts(Theme theme) {
        theme.fonts().forEach((style, spec) -> fonts.put(style, face(spec).deriveFont((float) spec.size())));
    }

    /** The regular or bold bundled face at size 1. */
    static Font face(FontSpec spec) {
        return FACES.computeIfAbsent(spec.resource(), resource -> {
            try (InputStream in = AwtFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + resource);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + resource, e);
            }
        });
    }

    public Font font(TextStyle style) {
        return fonts.get(style);
    }

    public TextMeasure measure() {
        return (text, style) -> fonts.get(style).getStringBounds(text, FRC).getWidth();
    }

    /** Distance from the middle of a line to its baseline: half of ascent minus descent. */
    public double baselineOffset(TextStyle style) {
        var metrics = fonts.get(style).getLineMetrics("Hg", FRC);
        return (metrics.getAscent() - metrics.getDescent()) / 2;
    }
}
