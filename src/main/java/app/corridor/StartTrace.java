package app.corridor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of a start goes: the app marks each step (the JVM reaching {@code main}, the
 * toolkit, the window, the store, the data, the first painted frame) and, when the system property
 * {@code corridor.trace.start} is set, prints them in one line on the standard error once the first
 * frame is painted; with the value {@code exit} it then exits, so a script can time starts:
 * <pre>CORRIDOR_JAVA_OPTS=-Dcorridor.trace.start=exit ./corridor
 * JAVA_TOOL_OPTIONS=-Dcorridor.trace.start=exit /opt/corridor/bin/corridor</pre>
 * Times are from the start of the JVM, to the millisecond (the {@code java} launcher before it
 * takes a few more).
 */
public final class StartTrace {

    /** The property that turns the trace on ({@code true}) or on and off again by exiting ({@code exit}). */
    public static final String PROPERTY = "corridor.trace.start";

    private static final List<String> STEPS = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();
    private static boolean done;

    private StartTrace() {
    }

    /** Records that {@code step} is done now (thread-safe, cheap; after the first frame, nothing more is kept). */
    public static synchronized void mark(String step) {
        if (!done) {
            STEPS.add(step);
            TIMES.add(System.nanoTime());
        }
    }

    /**
     * The first frame is painted: records it and prints the steps when asked to; returns true when
     * the process is to exit now ({@code -Dcorridor.trace.start=exit}).
     */
    public static synchronized boolean firstFrame() {
        if (done) {
            return false;
        }
        mark("first frame");
        done = true;
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return false;
        }
        // Since the JVM started (read only now: the management classes cost a start time to load).
        long now = System.nanoTime();
        double uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        List<String> line = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            line.add(String.format(Locale.ROOT, "%s %.0f ms", STEPS.get(i), uptime - (now - TIMES.get(i)) / 1e6));
        }
        System.err.println("corridor start (since the JVM started): " + String.join(" \u00b7 ", line));
        return "exit".equals(mode);
    }
}
