package app.corridor.ui.timeline;

import app.corridor.layout.TimeScale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.animation.AnimationTimer;

/**
 * Moves a time scale smoothly to a target: zooms keep the time under the pointer fixed the whole
 * way (pixels per day change geometrically), range changes glide the window's centre and width.
 */
final class ScaleAnimator {

    private static final double DURATION_NANOS = 180e6;

    private final Consumer<TimeScale> apply;
    private final Consumer<Boolean> runningChanged;
    private boolean running;
    private DoubleFunction<TimeScale> path;
    private long startNanos;
    private TimeScale target;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Timed from the request, not from this first pulse: the first frame already moves.
            double p = Math.max(0, Math.min(1, (now - startNanos) / DURATION_NANOS));
            double eased = 1 - Math.pow(1 - p, 3);
            apply.accept(p >= 1 ? target : path.apply(eased));
            if (p >= 1) {
                ScaleAnimator.this.stop();
            }
        }
    };

    /**
     * @param apply          sets the scale, each frame
     * @param runningChanged told when an animation starts (true) and when it ends or stops (false)
     */
    ScaleAnimator(Consumer<TimeScale> apply, Consumer<Boolean> runningChanged) {
        this.apply = apply;
        this.runningChanged = runningChanged;
    }

    boolean isRunning() {
        return running;
    }

    /** The scale an animation is heading for, or null when idle. */
    TimeScale target() {
        return path == null ? null : target;
    }

    /** Animates from {@code from} to {@code to}, keeping the time at {@code anchorX} in place. */
    void zoom(TimeScale from, TimeScale to, double anchorX) {
        double anchorTime = from.time(anchorX);
        double logFrom = Math.log(from.pxPerDay());
        double logTo = Math.log(to.pxPerDay());
        start(to, p -> {
            double px = Math.exp(logFrom + (logTo - logFrom) * p);
            return new TimeScale(anchorTime - anchorX / px, px);
        });
    }

    /** Animates from {@code from} to {@code to} for a plot {@code width} wide, gliding the visible window. */
    void glide(TimeScale from, TimeScale to, double width) {
        double c0 = from.time(width / 2);
        double c1 = to.time(width / 2);
        double logW0 = Math.log(from.visibleDays(width));
        double logW1 = Math.log(to.visibleDays(width));
        start(to, p -> {
            double days = Math.exp(logW0 + (logW1 - logW0) * p);
            double centre = c0 + (c1 - c0) * p;
            double px = width / days;
            return new TimeScale(centre - days / 2, px);
        });
    }

    void stop() {
        timer.stop();
        path = null;
        setRunning(false);
    }

    private void setRunning(boolean value) {
        if (running != value) {
            running = value;
            runningChanged.accept(value);
        }
    }

    private void start(TimeScale to, DoubleFunction<TimeScale> newPath) {
        target = to;
        path = newPath;
        // Pulse times are System.nanoTime() (the toolkit's primary timer).
        startNanos = System.nanoTime();
        timer.start();
        setRunning(true);
    }
}
