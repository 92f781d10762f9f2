package app.corridor.render;

import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Records the text drawn and the groups opened; draws nothing. */
public final class RecordingSurface implements Surface {
    final List<String> texts = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    /** The band kept (see {@link Surface#shows}): everything by default. */
    double keptTop = Double.NEGATIVE_INFINITY;
    double keptBottom = Double.POSITIVE_INFINITY;

    @Override
    public double keptTop() {
        return keptTop;
    }

    @Override
    public double keptBottom() {
        return keptBottom;
    }

    @Override
    public TextMeasure measure() {
        return SyntheticEvents.MONO;
    }

    @Override
    public double baselineOffset(TextStyle style) {
        return 4;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lw,
                                double[] dashes) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lw, double[] dashes) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lw) {
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        texts.add(text);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
    }

    @Override
    public void popClip() {
    }

    @Override
    public void beginGroup(String id, String cssClass, String title) {
        groups.add(cssClass + ":" + id);
    }
}
