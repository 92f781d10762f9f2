package app.corridor.render;

import app.corridor.layout.Axis;
import app.corridor.layout.Overview;
import app.corridor.layout.TextStyle;

/**
 * Draws the overview strip: a histogram of the events over the whole span (the filters' events
 * in the accent colour, the rest muted), the axis labels under it, and the main view's window as
 * a handle with grips at both ends.
 */
public final class OverviewPainter {

    /** Height of the label row under the bars. */
    public static final double LABEL_ROW = 15;
    private static final double GRIP_HEIGHT = 12;

    /**
     * Paints {@code o} on a strip {@code height} pixels high, with the main view's window between
     * {@code windowLeft} and {@code windowRight} (strip x; NaN when there is nothing to show).
     */
    public void paint(Overview o, Surface s, Theme theme, double height, double windowLeft, double windowRight) {
        double w = o.width();
        s.fillRect(0, 0, w, height, theme.gutter());
        double barsBottom = height - LABEL_ROW;
        double barsTop = 4;
        double room = barsBottom - barsTop;
        for (Axis.Tick t : o.axis().minor()) {
            s.line(t.x(), barsTop, t.x(), height, theme.gridMinor(), 1, null);
        }
        Rgba muted = theme.mutedText().withAlpha(0.35);
        Rgba emphasis = theme.selection();
        for (int i = 0; i < o.all().length; i++) {
            double x = i * o.binWidth();
            double bw = Math.max(1, o.binWidth() - 1);
            double allHeight = room * o.barShare(o.all()[i]);
            if (allHeight > 0) {
                s.fillRect(x, barsBottom - allHeight, bw, allHeight, muted);
            }
            double matchHeight = room * o.barShare(o.matching()[i]);
            if (matchHeight > 0) {
                s.fillRect(x, barsBottom - matchHeight, bw, matchHeight, emphasis);
            }
        }
        s.line(0, barsBottom + 0.5, w, barsBottom + 0.5, theme.laneLine(), 1, null);
        double baseline = barsBottom + LABEL_ROW / 2 + s.baselineOffset(TextStyle.AXIS_MINOR);
        for (Axis.Tick t : o.axis().minor()) {
            if (!t.label().isEmpty()) {
                s.text(t.label(), t.labelX(), baseline, TextStyle.AXIS_MINOR, theme.axisText());
            }
        }
        if (Double.isNaN(windowLeft) || Double.isNaN(windowRight)) {
            return;
        }
        double left = Math.max(0, Math.min(w - 2, windowLeft));
        double right = Math.min(w, Math.max(left + 2, windowRight));
        s.fillRect(0, 0, left, height, theme.background().withAlpha(0.5));
        s.fillRect(right, 0, Math.max(0, w - right), height, theme.background().withAlpha(0.5));
        s.fillRoundRect(left, 1, right - left, height - 2, 4, theme.selection().withAlpha(0.08));
        s.strokeRoundRect(left, 1, right - left, height - 2, 4, theme.selection(), 1.5, null);
        double gripTop = (height - GRIP_HEIGHT) / 2;
        for (double gx : new double[] {left, right}) {
            s.fillRoundRect(gx - 2.5, gripTop, 5, GRIP_HEIGHT, 3, theme.selection());
        }
    }
}
