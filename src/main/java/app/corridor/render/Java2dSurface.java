package app.corridor.render;

import app.corridor.layout.TextStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** A surface over any Java2D {@link Graphics2D}: a PNG image, or an SVG or PDF graphics context. */
public class Java2dSurface extends AwtMeasuredSurface {

    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();

    public Java2dSurface(Graphics2D g, AwtFonts fonts) {
        super(fonts);
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    protected Graphics2D graphics() {
        return g;
    }



    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        g.setColor(awt(fill));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        g.setColor(awt(fill));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lineWidth,
                                double[] dashes) {
        g.setColor(awt(stroke));
        g.setStroke(stroke(lineWidth, dashes));
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lineWidth, double[] dashes) {
        g.setColor(awt(stroke));
        g.setStroke(stroke(lineWidth, dashes));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        g.setColor(awt(fill));
        g.fill(path(xs, ys));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lineWidth) {
        g.setColor(awt(stroke));
        g.setStroke(stroke(lineWidth, null));
        g.draw(path(xs, ys));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        g.setColor(awt(color));
        if (fonts.plain(text)) {
            g.setFont(fonts.font(style));
            g.drawString(text, (float) x, (float) y);
        } else if (!text.isEmpty()) {
            // Chinese or Urdu: each run in its bundled face, in bidi order, Urdu joined.
            fonts.layout(text, style).draw(g, (float) x, (float) y);
        }
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? new Rectangle2D.Double(-1e7, -1e7, 2e7, 2e7) : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void popClip() {
        g.setClip(clips.pop());
    }

    private static Path2D path(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    private static BasicStroke stroke(double width, double[] dashes) {
        if (dashes == null) {
            return new BasicStroke((float) width);
        }
        float[] d = new float[dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dashes[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, d, 0);
    }

    static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
