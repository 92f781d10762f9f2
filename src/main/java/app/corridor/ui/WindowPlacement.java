package app.corridor.ui;

import java.util.Comparator;
import java.util.List;

/**
 * Where the main window opens: the remembered bounds when they still make sense, brought onto a
 * screen when they do not. A settings file can hold anything (a window 10⁹ pixels wide at
 * x = 10³⁰⁸, a monitor since unplugged), and a window that opens off every screen leaves the user
 * nothing to click. Plain arithmetic, no toolkit: screens come in as rectangles.
 */
final class WindowPlacement {

    /** A rectangle in screen coordinates. */
    record Rect(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        double overlap(Rect o) {
            double w = Math.min(right(), o.right()) - Math.max(x, o.x);
            double h = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** How much of the window's title bar must lie on a screen for it to count as reachable. */
    private static final double REACHABLE = 80;
    /** Share of the screen a window takes when nothing (usable) is remembered. */
    private static final double DEFAULT_SHARE = 0.9;

    private WindowPlacement() {
    }

    /**
     * The bounds to open with.
     *
     * @param saved    the remembered bounds (null entries: nothing remembered)
     * @param preferred the size to use when none is remembered
     * @param minimum  the window's minimum size
     * @param screens  the screens' usable areas; the first is the primary one
     */
    static Rect place(Double x, Double y, Double width, Double height, Rect preferred, Rect minimum,
                      List<Rect> screens) {
        Rect primary = screens.get(0);
        double w = usable(width) && width > 0 ? width : Math.min(preferred.width(), primary.width() * DEFAULT_SHARE);
        double h = usable(height) && height > 0 ? height : Math.min(preferred.height(), primary.height() * DEFAULT_SHARE);
        boolean hasPosition = usable(x) && usable(y);
        Rect wanted = new Rect(hasPosition ? x : primary.x(), hasPosition ? y : primary.y(), w, h);
        // The screen the window would mostly be on; off every screen: the primary one.
        Rect screen = screens.stream().filter(s -> s.overlap(wanted) > 0)
                .max(Comparator.comparingDouble(s -> s.overlap(wanted))).orElse(primary);
        w = clamp(w, Math.min(minimum.width(), screen.width()), screen.width());
        h = clamp(h, Math.min(minimum.height(), screen.height()), screen.height());
        if (!hasPosition || !reachable(wanted, screens)) {
            // Centred on its screen, as a window manager would place a new window.
            return new Rect(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
        }
        double left = clamp(x, screen.x(), screen.right() - w);
        double top = clamp(y, screen.y(), screen.bottom() - h);
        return new Rect(left, top, w, h);
    }

    /** True when a strip of the window's top edge lies on some screen, so it can be grabbed and moved. */
    private static boolean reachable(Rect window, List<Rect> screens) {
        Rect titleBar = new Rect(window.x(), window.y(), Math.max(1, window.width()), 1);
        return screens.stream().anyMatch(s -> {
            double visible = Math.min(titleBar.right(), s.right()) - Math.max(titleBar.x(), s.x());
            return visible >= Math.min(REACHABLE, window.width()) && window.y() >= s.y() && window.y() < s.bottom();
        });
    }

    private static boolean usable(Double v) {
        return v != null && Double.isFinite(v) && Math.abs(v) < 1e6;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
