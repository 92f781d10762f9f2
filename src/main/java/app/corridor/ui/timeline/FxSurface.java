package app.corridor.ui.timeline;

import app.corridor.i18n.BidiText;
import java.text.Bidi;
import javafx.scene.text.Font;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.render.Rgba;
import app.corridor.render.Surface;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/** The screen's surface: a Canvas {@link GraphicsContext}. */
final class FxSurface implements Surface {

    private final GraphicsContext g;
    private final FxFonts fonts;

    FxSurface(GraphicsContext g, FxFonts fonts) {
        this.g = g;
        this.fonts = fonts;
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    @Override
    public TextMeasure measure() {
        return fonts.measure();
    }

    @Override
    public double baselineOffset(TextStyle style) {
        return fonts.baselineOffset(style);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        g.setFill(fx(fill));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        g.setFill(fx(fill));
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lineWidth,
                                double[] dashes) {
        prepareStroke(stroke, lineWidth, dashes);
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lineWidth, double[] dashes) {
        prepareStroke(stroke, lineWidth, dashes);
        // Half-pixel alignment keeps one-pixel lines crisp instead of smeared over two pixels.
        if (x1 == x2 && lineWidth <= 1) {
            x1 = x2 = Math.floor(x1) + 0.5;
        }
        if (y1 == y2 && lineWidth <= 1) {
            y1 = y2 = Math.floor(y1) + 0.5;
        }
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        g.setFill(fx(fill));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lineWidth) {
        prepareStroke(stroke, lineWidth, null);
        g.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        Font font = fonts.font(style, text);
        g.setFont(font);
        g.setFill(fx(color));
        if (!Boolean.TRUE.equals(BidiText.firstStrongIsRtl(text))) {
            g.fillText(text, x, y);
            return;
        }
        // An Urdu line ("3 واقعات", "2010 کی دہائی") reads right to left, but the canvas is left to
        // right (time runs that way) and JavaFX takes a text's direction from its node: lay the line
        // out by the bidi algorithm here, each run drawn in turn from the left.
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        double at = x;
        for (int i : order) {
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            g.fillText(run, at, y);
            at += fonts.width(run, font);
        }
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
    }

    private void prepareStroke(Rgba stroke, double lineWidth, double[] dashes) {
        g.setStroke(fx(stroke));
        g.setLineWidth(lineWidth);
        g.setLineDashes(dashes);
    }

    static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    static Rgba rgba(Color c) {
        return new Rgba((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }
}
