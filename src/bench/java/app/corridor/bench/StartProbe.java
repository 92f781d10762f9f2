package app.corridor.bench;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Times a real start of the app from outside, for any version of it: runs {@code app.corridor.Launcher}
 * with the given arguments and, from another thread, watches the window until the first layout pass
 * after which the timeline shows events and no loading overlay; prints the time since the JVM
 * started (window shown, first painted frame) and exits. Run it in place of the launcher's main
 * class, with the same class and module path (see {@code packaging/measure-start.sh}).
 */
public final class StartProbe {

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(StartProbe::watch, "start-probe");
        watcher.setDaemon(true);
        watcher.start();
        Class.forName("app.corridor.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    /** Milliseconds since the JVM started (a process's own start time, as Linux reports it, is not reliable). */
    private static double sinceStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void watch() {
        try {
            while (true) {
                try {
                    Platform.runLater(StartProbe::attach);
                    return;
                } catch (IllegalStateException notYet) {
                    Thread.sleep(5);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double windowAt = Double.NaN;

    /** On the UI thread: finds the main window's scene (retrying until it is shown) and watches its layout passes. */
    private static void attach() {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (w.isShowing() && scene != null && scene.lookup("#timeline") != null) {
                windowAt = sinceStart();
                scene.addPostLayoutPulseListener(() -> check(scene));
                Platform.requestNextPulse();
                return;
            }
        }
        new Thread(() -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(StartProbe::attach);
        }).start();
    }

    private static boolean reported;

    private static void check(Scene scene) {
        if (reported) {
            return;
        }
        Node timeline = scene.lookup("#timeline");
        if (scene.lookup("#loading") == null && timeline instanceof app.corridor.ui.timeline.TimelineView view
                && !view.getEvents().isEmpty()) {
            reported = true;
            System.out.println(String.format(Locale.ROOT, "probe: window %.0f ms, first frame %.0f ms (since the JVM "
                    + "started); first frame at epoch %d ms", windowAt, sinceStart(), System.currentTimeMillis()));
            System.out.flush();
            System.exit(0);
        }
    }
}
