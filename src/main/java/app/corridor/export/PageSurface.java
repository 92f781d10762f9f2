package app.corridor.export;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.render.Rgba;
import app.corridor.render.Surface;

/**
 * A surface that moves everything drawn on it down by {@code dy} (the timeline sits below the
 * page's header) and asks a checkpoint every few hundred primitives, so a long export can be
 * cancelled while it draws.
 */
final class PageSurface implements Surface {

    private static final int CHECK_EVERY = 64;

    /** Text reaches this far above and below its baseline, generously. */
    private static final double TEXT_REACH = 24;

    private final Surface inner;
    private final double dy;
    private final Runnable checkpoint;
    private final double visibleTop;
    private final double visibleBottom;
    private int count;

    PageSurface(Surface inner, double dy, Runnable checkpoint) {
        this(inner, dy, checkpoint, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * A surface that leaves out text and shapes wholly outside {@code [visibleTop, visibleBottom)}
     * (in the target's coordinates): a PDF sheet showing one band of a tall page then holds only
     * that band's text, so searching or copying it finds nothing hidden.
     */
    PageSurface(Surface inner, double dy, Runnable checkpoint, double visibleTop, double visibleBottom) {
        this.inner = inner;
        this.dy = dy;
        this.checkpoint = checkpoint;
        this.visibleTop = visibleTop;
        this.visibleBottom = visibleBottom;
    }

    /** The same target, moved down by {@code by} more. */
    PageSurface shifted(double by) {
        return new PageSurface(inner, dy + by, checkpoint, visibleTop, visibleBottom);
    }

    private boolean hidden(double top, double bottom) {
        return bottom + dy < visibleTop || top + dy > visibleBottom;
    }

    private boolean hidden(double[] ys) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        return hidden(min, max);
    }

    /** Text drawn above it by its baseline may still reach into the band, so the band reaches that much further. */
    @Override
    public double keptTop() {
        return Math.max(visibleTop, inner.keptTop()) - dy - TEXT_REACH;
    }

    @Override
    public double keptBottom() {
        return Math.min(visibleBottom, inner.keptBottom()) - dy + TEXT_REACH;
    }

    private void tick() {
        if (++count % CHECK_EVERY == 0) {
            checkpoint.run();
        }
    }

    private double[] shift(double[] ys) {
        if (dy == 0) {
            return ys;
        }
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = ys[i] + dy;
        }
        return out;
    }

    @Override
    public TextMeasure measure() {
        return inner.measure();
    }

    @Override
    public double baselineOffset(TextStyle style) {
        return inner.baselineOffset(style);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        tick();
        if (!hidden(y, y + h)) {
            inner.fillRect(x, y + dy, w, h, fill);
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        tick();
        if (!hidden(y, y + h)) {
            inner.fillRoundRect(x, y + dy, w, h, arc, fill);
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lineWidth,
                                double[] dashes) {
        tick();
        if (!hidden(y, y + h)) {
            inner.strokeRoundRect(x, y + dy, w, h, arc, stroke, lineWidth, dashes);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lineWidth, double[] dashes) {
        tick();
        if (!hidden(Math.min(y1, y2), Math.max(y1, y2))) {
            inner.line(x1, y1 + dy, x2, y2 + dy, stroke, lineWidth, dashes);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        tick();
        if (!hidden(ys)) {
            inner.fillPolygon(xs, shift(ys), fill);
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lineWidth) {
        tick();
        if (!hidden(ys)) {
            inner.strokePolygon(xs, shift(ys), stroke, lineWidth);
        }
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        tick();
        if (!hidden(y - TEXT_REACH, y + TEXT_REACH)) {
            inner.text(text, x, y + dy, style, color);
        }
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        inner.pushClip(x, y + dy, w, h);
    }

    @Override
    public void popClip() {
        inner.popClip();
    }

    @Override
    public void beginGroup(String id, String cssClass, String title) {
        inner.beginGroup(id, cssClass, title);
    }

    @Override
    public void endGroup() {
        inner.endGroup();
    }

    @Override
    public void beginLink(String target) {
        inner.beginLink(target);
    }

    @Override
    public void endLink() {
        inner.endLink();
    }

    @Override
    public void beginAnchor(String id) {
        inner.beginAnchor(id);
    }

    @Override
    public void endAnchor() {
        inner.endAnchor();
    }
}
